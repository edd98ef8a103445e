using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FrontDoor.Bot.Protocol;

/// <summary>
/// Sends activities to the Bot Connector: replies to <c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>,
/// proactive messages to <c>{serviceUrl}/v3/conversations/{id}/activities</c>, with a bearer token.
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _httpClient;
    private readonly ConnectorTokenProvider _tokens;
    private readonly TrustedServiceUrls? _trustedServiceUrls;

    /// <param name="httpClient">A client from IHttpClientFactory (or any HttpClient); this class never disposes it.</param>
    /// <param name="trustedServiceUrls">When given, only service URLs recorded from authenticated activities are posted to.</param>
    public ConnectorClient(HttpClient httpClient, ConnectorTokenProvider tokens, TrustedServiceUrls? trustedServiceUrls = null)
    {
        _httpClient = httpClient;
        _tokens = tokens;
        _trustedServiceUrls = trustedServiceUrls;
    }

    /// <summary>Posts <paramref name="reply"/> as an answer to the activity named by its replyToId.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(reply.ReplyToId))
        {
            throw new ArgumentException("A reply needs replyToId; use SendToConversationAsync for proactive messages.", nameof(reply));
        }
        return SendAsync(reply, reply.ReplyToId, cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> into its conversation without answering a particular activity.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(activity, replyToId: null, cancellationToken);

    private async Task<ResourceResponse?> SendAsync(Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        var serviceUrl = CheckedServiceUrl(activity.ServiceUrl);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesUri(serviceUrl, conversationId, replyToId))
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (_tokens.HasCredentials)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(cancellationToken));
        }
        else if (!ServiceUrls.IsLoopback(serviceUrl))
        {
            throw new InvalidOperationException("Sending to a remote Bot Connector needs an App ID and password.");
        }

        using var response = await _httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException($"The Bot Connector rejected the activity ({(int)response.StatusCode}).", response.StatusCode);
        }
        return await ReadResourceResponseAsync(response, cancellationToken);
    }

    private Uri CheckedServiceUrl(string? serviceUrl)
    {
        if (!ServiceUrls.IsAcceptable(serviceUrl, out var uri))
        {
            throw new ArgumentException("The serviceUrl must be https (plain http only to this machine).", nameof(serviceUrl));
        }
        if (_trustedServiceUrls is not null && !_trustedServiceUrls.IsTrusted(serviceUrl!))
        {
            throw new InvalidOperationException("The serviceUrl did not arrive on an authenticated activity.");
        }
        return uri!;
    }

    internal static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"{serviceUrl.AbsoluteUri.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(replyToId is null ? path : $"{path}/{Uri.EscapeDataString(replyToId)}");
    }

    private static async Task<ResourceResponse?> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }
        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Some channels acknowledge with an empty or non-JSON body; the send still succeeded.
            return null;
        }
    }
}

/// <summary>The connector's acknowledgement: the id it gave the posted activity.</summary>
public sealed record ResourceResponse(string? Id);
