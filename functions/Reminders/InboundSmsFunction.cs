using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Reminders;

/// <summary>
/// GOV.UK Notify's received-text-message callback. A reply of STOP (or NIE, or بند) opts the
/// family with that mobile number out of all further messages; START opts them back in. Notify sends the bearer token set
/// in its callback settings, configured here as Notify:InboundBearerToken; without one, the
/// endpoint refuses everything.
/// </summary>
public sealed partial class InboundSmsFunction(IFamilyDirectory families, IOptOuts optOuts, IOptions<NotifyOptions> options, ILogger<InboundSmsFunction> logger)
{
    [Function("NotifyInboundSms")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notify/inbound-sms")] HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = options.Value.InboundBearerToken;
        var given = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(expected) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes("Bearer " + expected), Encoding.UTF8.GetBytes(given)))
        {
            return Results.Unauthorized();
        }

        InboundSms? sms;
        try
        {
            sms = await JsonSerializer.DeserializeAsync<InboundSms>(request.Body, FunctionInvoker.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        var stop = StopReplies.IsStop(sms?.Content);
        if (sms is null || !(stop || StartReplies.IsStart(sms.Content)) || !ContactKey.TryFromMobile(sms.SourceNumber, out var key) ||
            await families.FindAsync(key, cancellationToken) is not { } family)
        {
            return Results.NoContent();
        }

        if (stop)
        {
            await optOuts.OptOutAsync(family.Id, cancellationToken);
            LogOptedOut(logger);
        }
        else
        {
            await optOuts.OptInAsync(family.Id, cancellationToken);
            LogOptedIn(logger);
        }

        return Results.NoContent();
    }

    /// <summary>The fields of Notify's received-text callback that matter here.</summary>
    public sealed record InboundSms(
        [property: System.Text.Json.Serialization.JsonPropertyName("source_number")] string? SourceNumber,
        [property: System.Text.Json.Serialization.JsonPropertyName("content")] string? Content);

    [LoggerMessage(LogLevel.Information, "A family replied STOP by SMS and is opted out of messages")]
    private static partial void LogOptedOut(ILogger logger);

    [LoggerMessage(LogLevel.Information, "A family replied START by SMS and is opted back in to messages")]
    private static partial void LogOptedIn(ILogger logger);
}
