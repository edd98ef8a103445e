using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Channels;

/// <summary>On the "bot-turns" queue: an authenticated activity from the Bot Connector, waiting for its turn.</summary>
public sealed record ActivityReceived(string Activity, int Version = 1);

/// <summary>
/// POST /api/messages: the Bot Connector's endpoint. Authenticates the activity, queues it and
/// answers 202 at once (channels give up after 15 s and retry); the turn runs from the queue.
/// </summary>
public sealed partial class BotMessagesFunction(BotConnectorAuthenticator authenticator, StorageClients storage, ILogger<BotMessagesFunction> logger)
{
    public const string QueueName = "bot-turns";

    [Function("BotMessages")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        Activity activity;
        try
        {
            activity = await request.ReadFromJsonAsync<Activity>(BotJson.Options, cancellationToken)
                ?? throw new System.Text.Json.JsonException("empty");
        }
        catch (System.Text.Json.JsonException)
        {
            return TypedResults.Problem(title: "The activity could not be read", statusCode: StatusCodes.Status400BadRequest);
        }

        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            LogRejected(logger, authentication.Failure);
            return TypedResults.StatusCode(authentication.HttpStatusCode);
        }

        var queue = await storage.GetSenderAsync(QueueName, cancellationToken);
        await queue.SendMessageAsync(System.Text.Json.JsonSerializer.Serialize(new ActivityReceived(activity.ToJson()), FunctionInvoker.Json), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    [LoggerMessage(LogLevel.Warning, "Bot Connector request rejected: {Failure}")]
    private static partial void LogRejected(ILogger logger, BotAuthenticationFailure failure);
}

/// <summary>Runs a queued turn and sends the replies through the Bot Connector. A redelivered activity is not answered twice.</summary>
public sealed class RunBotTurnFunction(TurnHandler turns, ConnectorClient connector, TrustedServiceUrls trustedServiceUrls)
{
    [Function("RunBotTurn")]
    public async Task Run([QueueTrigger(BotMessagesFunction.QueueName)] ActivityReceived message, CancellationToken cancellationToken)
    {
        var activity = Activity.FromJson(message.Activity);
        if (activity.ServiceUrl is { } serviceUrl)
        {
            // Only authenticated activities reach this queue; another instance may have authenticated it.
            trustedServiceUrls.Trust(serviceUrl);
        }

        foreach (var reply in await turns.HandleAsync(activity, cancellationToken))
        {
            await connector.ReplyToActivityAsync(reply, cancellationToken);
        }
    }
}
