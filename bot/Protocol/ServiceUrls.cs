using System.Collections.Concurrent;
using System.Net;

namespace FrontDoor.Bot.Protocol;

/// <summary>Rules for the Bot Connector service URLs the bot will talk to.</summary>
public static class ServiceUrls
{
    /// <summary>https anywhere; plain http only to this machine (local stack and tests).</summary>
    public static bool IsAcceptable(string? serviceUrl, out Uri? uri)
    {
        uri = null;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed)
            || !string.IsNullOrEmpty(parsed.UserInfo)
            || !string.IsNullOrEmpty(parsed.Query)
            || !string.IsNullOrEmpty(parsed.Fragment))
        {
            return false;
        }
        var acceptable = parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && IsLoopback(parsed));
        uri = acceptable ? parsed : null;
        return acceptable;
    }

    public static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri);

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Comparison form: scheme and host are case-insensitive and a trailing slash is not significant.</summary>
    public static string Normalize(string serviceUrl) =>
        serviceUrl.Trim().TrimEnd('/').ToLowerInvariant();

    public static bool AreSame(string? a, string? b) =>
        a is not null && b is not null && Normalize(a) == Normalize(b);
}

/// <summary>
/// Service URLs that arrived on authenticated activities. The connector client can be told to post only
/// to these. A fresh instance (for example one sending a proactive reminder) must seed it from stored
/// conversation references, which themselves came from authenticated activities.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new();

    public void Trust(string serviceUrl) => _urls.TryAdd(ServiceUrls.Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(ServiceUrls.Normalize(serviceUrl));
}
