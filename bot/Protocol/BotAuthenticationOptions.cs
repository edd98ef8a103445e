namespace FrontDoor.Bot.Protocol;

/// <summary>Settings for checking that an inbound activity really comes from the Bot Connector.</summary>
public sealed class BotAuthenticationOptions
{
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Turning this off does not let requests through unless <see cref="AllowUnauthenticatedLocalRequests"/> is also set.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bot's Microsoft App ID: the audience every channel token must carry.</summary>
    public string? AppId { get; set; }

    /// <summary>Tenant of a single-tenant bot registration; not used for inbound channel tokens, which Bot Framework issues.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>Empty means the Bot Framework issuer only. (An empty default rather than a prefilled
    /// list, because configuration binding appends to a list instead of replacing it.)</summary>
    public List<string> AllowedIssuers { get; set; } = [];

    /// <summary>
    /// Local development only: with no App ID (or <see cref="Enabled"/> off) accept activities without a token,
    /// but only when their serviceUrl is on this machine.
    /// </summary>
    public bool AllowUnauthenticatedLocalRequests { get; set; }

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    internal IReadOnlyList<string> EffectiveIssuers => AllowedIssuers.Count > 0 ? AllowedIssuers : [BotFrameworkIssuer];

    internal bool RequiresToken => Enabled && !string.IsNullOrWhiteSpace(AppId);
}
