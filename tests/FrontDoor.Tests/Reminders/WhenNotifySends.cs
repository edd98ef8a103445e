using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Reminders;

/// <summary>
/// The Notify channels against a local stand-in for the Notify API that checks the documented
/// request: a bearer JWT (HS256, iss = the service id, iat within 30 seconds) signed with the secret
/// part of the "{name}-{service id}-{secret}" key, and the JSON body of /v2/notifications/{sms,email}.
/// </summary>
public sealed class WhenNotifySends
{
    private const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    private const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private const string ApiKey = "front-door-test-" + ServiceId + "-" + Secret;

    [Fact]
    public async Task ThenAnSmsIsPostedWithASignedTokenTheTemplateTheNumberAndThePersonalisation()
    {
        await using var notify = await FakeNotify.StartAsync();
        var channel = new NotifySmsChannel(Options(notify.BaseUrl));
        var message = MessageTexts.Compose("Reminder", "en", new MessageFacts("Stay and Play", "Oak Library", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), null), false, "ref-1");

        Assert.True(await channel.CanReachAsync(AFamily(ContactChannel.Sms), CancellationToken.None));
        await channel.SendAsync(AFamily(ContactChannel.Sms), message, CancellationToken.None);

        var request = Assert.Single(notify.Requests);
        Assert.Equal("/v2/notifications/sms", request.Path);
        Assert.Null(request.AuthProblem);
        Assert.Equal("sms-template-id", (string?)request.Body["template_id"]);
        Assert.Equal("07700900123", (string?)request.Body["phone_number"]);
        Assert.Equal("ref-1", (string?)request.Body["reference"]);
        Assert.Equal("Stay and Play", (string?)request.Body["personalisation"]!["title"]);
        Assert.Equal(message.Text, (string?)request.Body["personalisation"]!["body"]);
    }

    [Fact]
    public async Task ThenAnEmailIsPostedToTheEmailEndpoint()
    {
        await using var notify = await FakeNotify.StartAsync();
        var channel = new NotifyEmailChannel(Options(notify.BaseUrl));
        var message = MessageTexts.Compose("Confirmation", "pl", new MessageFacts("Stay and Play", "Oak Library", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), null), false, "ref-2");

        await channel.SendAsync(AFamily(ContactChannel.Email), message, CancellationToken.None);

        var request = Assert.Single(notify.Requests);
        Assert.Equal("/v2/notifications/email", request.Path);
        Assert.Null(request.AuthProblem);
        Assert.Equal("email-template-id", (string?)request.Body["template_id"]);
        Assert.Equal("parent@example.com", (string?)request.Body["email_address"]);
        Assert.StartsWith("Miejsce zarezerwowane", (string?)request.Body["personalisation"]!["body"]);
    }

    [Fact]
    public async Task ThenTheStandInRefusesATokenSignedWithAnotherSecret()
    {
        await using var notify = await FakeNotify.StartAsync();
        var wrongKey = Options(notify.BaseUrl);
        wrongKey.Value.ApiKey = "front-door-test-" + ServiceId + "-" + Guid.NewGuid();
        var channel = new NotifySmsChannel(wrongKey);
        var message = MessageTexts.Compose("Reminder", "en", new MessageFacts("Stay and Play", "Oak Library", DateTimeOffset.UtcNow, null), false, "ref-3");

        await Assert.ThrowsAsync<Notify.Exceptions.NotifyClientException>(() => channel.SendAsync(AFamily(ContactChannel.Sms), message, CancellationToken.None));
        Assert.Equal("bad signature", Assert.Single(notify.Requests).AuthProblem);
    }

    [Fact]
    public async Task ThenWithoutAnApiKeyTheChannelCannotReachAnyone()
    {
        var channel = new NotifySmsChannel(Microsoft.Extensions.Options.Options.Create(new NotifyOptions()));
        Assert.False(await channel.CanReachAsync(AFamily(ContactChannel.Sms), CancellationToken.None));
    }

    private static IOptions<NotifyOptions> Options(string baseUrl) => Microsoft.Extensions.Options.Options.Create(new NotifyOptions
    {
        ApiKey = ApiKey,
        BaseUrl = baseUrl,
        SmsTemplates = { ["Reminder"] = "sms-template-id" },
        EmailTemplates = { ["Confirmation"] = "email-template-id" },
    });

    private static Family AFamily(ContactChannel channel) => new(
        Guid.NewGuid().ToString("N"), [], [], null, "en",
        new ContactChoices(channel, "07700900123", "parent@example.com", [], SafeToLeaveMessage: true), [], DateTimeOffset.UtcNow, null);

    private sealed record SeenRequest(string Path, string? AuthProblem, JsonNode Body);

    private sealed class FakeNotify : IAsyncDisposable
    {
        private readonly WebApplication app;

        private FakeNotify(WebApplication app, string baseUrl)
        {
            this.app = app;
            BaseUrl = baseUrl;
        }

        public string BaseUrl { get; }

        public ConcurrentQueue<SeenRequest> Requests { get; } = new();

        public static async Task<FakeNotify> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            FakeNotify? self = null;
            app.MapPost("/v2/notifications/{kind}", async (HttpContext context, string kind) =>
            {
                var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
                string? problem;
                try
                {
                    problem = CheckToken(context.Request.Headers.Authorization.ToString());
                }
                catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NullReferenceException)
                {
                    problem = "unreadable token: " + e.Message;
                }

                self!.Requests.Enqueue(new SeenRequest(context.Request.Path, problem, body));
                if (problem is not null)
                {
                    return Results.Json(new { status_code = 403, errors = new[] { new { error = "AuthError", message = problem } } }, statusCode: 403);
                }

                var id = Guid.NewGuid();
                var template = new { id = (string?)body["template_id"], version = 1, uri = "https://example.invalid/template" };
                return kind == "sms"
                    ? Results.Json(new { id, reference = (string?)body["reference"], content = new { body = "sent", from_number = "GOVUK" }, uri = "https://example.invalid/n", template }, statusCode: 201)
                    : Results.Json(new { id, reference = (string?)body["reference"], content = new { body = "sent", subject = "Booking", from_email = "centre@example.invalid" }, uri = "https://example.invalid/n", template }, statusCode: 201);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            self = new FakeNotify(app, address);
            return self;
        }

        /// <summary>Null when the token is what Notify accepts, else what is wrong with it.</summary>
        private static string? CheckToken(string authorization)
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return "no bearer token";
            }

            var parts = authorization["Bearer ".Length..].Split('.');
            if (parts.Length != 3)
            {
                return "not a JWT";
            }

            var header = JsonNode.Parse(Base64Url(parts[0]))!;
            if ((string?)header["alg"] != "HS256")
            {
                return "not HS256";
            }

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2])))
            {
                return "bad signature";
            }

            var claims = JsonNode.Parse(Base64Url(parts[1]))!;
            if ((string?)claims["iss"] != ServiceId)
            {
                return "iss is not the service id";
            }

            var iat = claims["iat"]!.GetValueKind() == JsonValueKind.Number ? (double)claims["iat"]! : double.Parse((string)claims["iat"]!, System.Globalization.CultureInfo.InvariantCulture);
            return Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - iat) <= 30 ? null : "iat is not within 30 seconds";
        }

        private static byte[] Base64Url(string text)
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
