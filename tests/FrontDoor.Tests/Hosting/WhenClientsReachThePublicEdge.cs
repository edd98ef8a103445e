using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Tests.Hosting;

public sealed class WhenClientsReachThePublicEdge
{
    [Fact]
    public async Task ThenTooManyRequestsFromOneClientGet429ProblemDetailsWithRetryAfter()
    {
        var (app, _, _, _) = await ProbeApp.StartAsync(new() { ["PublicEdge:PermitLimit"] = "3" });
        await using var _ = app;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await app.Client.PostAsync("/api/probe/echo", new StringContent("hello"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var rejected = await app.Client.PostAsync("/api/probe/echo", new StringContent("hello"));
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (int)JsonNode.Parse(await rejected.Content.ReadAsStringAsync())!["status"]!);
        Assert.True(rejected.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task ThenTheHealthProbeIsNeverRateLimited()
    {
        var (app, _, _, _) = await ProbeApp.StartAsync(new() { ["PublicEdge:PermitLimit"] = "1" });
        await using var _ = app;

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);
        }
    }

    [Fact]
    public async Task ThenABodyOverTheLimitGets413ProblemDetailsWhetherDeclaredOrStreamed()
    {
        var (app, _, _, _) = await ProbeApp.StartAsync(new() { ["PublicEdge:MaxRequestBodyBytes"] = "1024" });
        await using var _ = app;

        var declared = await app.Client.PostAsync("/api/probe/echo", new ByteArrayContent(new byte[4096]));
        var small = await app.Client.PostAsync("/api/probe/echo", new StringContent("small"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal("application/problem+json", declared.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5, (int)(await small.Content.ReadFromJsonAsync<JsonObject>())!["length"]!);

        // A streamed body is only found too large while it is read; the server answers 413 and
        // closes the connection, which the client may see before it reads the answer. Either way the
        // server must stop taking the body: far more is offered than any socket buffer could hold.
        using var streaming = new HttpClient { BaseAddress = app.BaseAddress };
        var body = new ChunkedStream(16 * 1024 * 1024);
        try
        {
            var streamed = await streaming.PostAsync("/api/probe/echo", new StreamContent(body));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
            Assert.Equal("application/problem+json", streamed.Content.Headers.ContentType?.MediaType);
        }
        catch (HttpRequestException e) when (e.InnerException is HttpIOException or IOException)
        {
            Assert.True(body.Remaining > 0, "the server read the whole oversized body before closing");
        }
    }

    [Fact]
    public async Task ThenAnUnknownRouteGetsProblemDetailsNotAnEmptyPage()
    {
        var (app, _, _, _) = await ProbeApp.StartAsync();
        await using var _ = app;

        var response = await app.Client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A body with no declared length, so the server only finds out its size by reading.</summary>
    private sealed class ChunkedStream(int length) : Stream
    {
        private int remaining = length;

        public int Remaining => remaining;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 512), remaining);
            Array.Fill(buffer, (byte)'x', offset, n);
            remaining -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
