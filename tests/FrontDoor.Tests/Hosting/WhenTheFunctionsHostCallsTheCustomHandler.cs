using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Hosting;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FrontDoor.Tests.Hosting;

/// <summary>Payloads replayed exactly as the Azure Functions host sends them to a custom handler.</summary>
public sealed class WhenTheFunctionsHostCallsTheCustomHandler
{
    private static async Task<(TestApp App, Probe Probe, string Input)> StartAsync()
    {
        var port = Azurite.FreePort();
        var (app, probe, input, _) = await ProbeApp.StartAsync(new() { [FunctionsHostingExtensions.CustomHandlerPortVariable] = port.ToString() });
        return (app, probe, input);
    }

    private static StringContent HostPayload(string dataJson, long dequeueCount = 1) => new($$"""
        {
          "Data": {{dataJson}},
          "Metadata": {
            "DequeueCount": {{dequeueCount}},
            "ExpirationTime": "2026-11-30T10:00:00+00:00",
            "Id": "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
            "InsertionTime": "2026-11-23T10:00:00+00:00",
            "NextVisibleTime": "2026-11-23T10:10:00+00:00",
            "PopReceipt": "AgAAAAMAAAAAAAAAhpPkE4Vj2gE=",
            "sys": { "MethodName": "ProbeQueue", "UtcNow": "2026-11-23T10:00:00.1234567Z", "RandGuid": "0cd0f5b8-2f8a-4b54-9d8a-18b0e0a1d4d2" }
          }
        }
        """, Encoding.UTF8, "application/json");

    [Fact]
    public async Task ThenItListensOnLoopbackOnTheGivenPortAndAnswersReadiness()
    {
        var (app, _, _) = await StartAsync();
        await using var _ = app;

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Assert.Equal("127.0.0.1", Assert.Single(addresses.Select(a => new Uri(a).Host)));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ThenAQueueItemArrivesAsAJsonStringAndItsOutputComesBackByBindingName()
    {
        var (app, probe, _) = await StartAsync();
        await using var _ = app;
        var message = JsonSerializer.Serialize(new ProbeMessage("from-host"), FunctionInvoker.Json);
        var data = new JsonObject { ["message"] = message }.ToJsonString();

        var request = new HttpRequestMessage(HttpMethod.Post, "/ProbeQueue") { Content = HostPayload(data, dequeueCount: 3) };
        request.Headers.Add("X-Azure-Functions-InvocationId", "6f2d1c1e-0000-4000-8000-000000000001");
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1036.0.0");
        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("from-host", (string?)body["Outputs"]!["output"]!["id"]);
        Assert.Equal(3, (long)body["Outputs"]!["output"]!["dequeueCount"]!);
        Assert.Empty(body["Logs"]!.AsArray());
        Assert.Null(body["ReturnValue"]);
        var invocation = Assert.Single(probe.Invocations);
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", invocation.MessageId);
        Assert.Equal("6f2d1c1e-0000-4000-8000-000000000001", invocation.InvocationId);
    }

    [Fact]
    public async Task ThenAFailingFunctionAnswersNon2xxWithNoOutputs()
    {
        var (app, _, _) = await StartAsync();
        await using var _ = app;
        var message = JsonSerializer.Serialize(new ProbeMessage("fails", FailTimes: 5), FunctionInvoker.Json);

        var response = await app.Client.PostAsync("/ProbeQueue", HostPayload(new JsonObject { ["message"] = message }.ToJsonString()));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(body["Outputs"]!.AsObject());
        Assert.DoesNotContain("fails", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThenAMessageThatIsNotTheExpectedShapeFailsTheInvocation()
    {
        var (app, _, _) = await StartAsync();
        await using var _ = app;

        var response = await app.Client.PostAsync("/ProbeQueue", HostPayload("""{ "message": "not json at all" }"""));

        Assert.False(response.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{ \"Data\": ")]
    [InlineData("null")]
    public async Task ThenABodyThatIsNotTheHostsPayloadIsA400ThatRunsNothing(string body)
    {
        var (app, probe, _) = await StartAsync();
        await using var _ = app;

        var response = await app.Client.PostAsync("/ProbeQueue", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(answer["Outputs"]!.AsObject());
        Assert.NotEmpty(answer["Logs"]!.AsArray());
        Assert.Empty(probe.Invocations);
    }

    [Fact]
    public async Task ThenATimerArrivesWithItsTimerInfo()
    {
        var (app, probe, _) = await StartAsync();
        await using var _ = app;
        var before = probe.Ticks.Count;
        var timer = """
            { "timer": { "Schedule": { "AdjustForDST": true }, "ScheduleStatus": { "Last": "2026-11-23T09:59:59Z", "Next": "2026-11-23T10:00:01Z", "LastUpdated": "2026-11-23T10:00:00Z" }, "IsPastDue": true } }
            """;

        var response = await app.Client.PostAsync("/ProbeTimer", HostPayload(timer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tick = probe.Ticks.Skip(before).Single();
        Assert.True(tick.Info.IsPastDue);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 1, DateTimeKind.Utc), tick.Info.ScheduleStatus!.Next.ToUniversalTime());
    }

    [Fact]
    public async Task ThenHttpFunctionsAreServedAtTheirApiRoutesAndTheLocalTriggerHostStaysOff()
    {
        var (app, probe, input) = await StartAsync();
        await using var _ = app;

        var health = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await app.Queue(input).CreateIfNotExistsAsync();
        await app.Queue(input).SendMessageAsync(JsonSerializer.Serialize(new ProbeMessage("left-for-the-host"), FunctionInvoker.Json));
        await Task.Delay(1500);
        Assert.Empty(probe.Invocations);
        Assert.Empty(probe.Ticks);
    }
}
