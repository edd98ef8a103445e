namespace FrontDoor.Bot.Protocol;

/// <summary>Credentials and endpoints for sending activities to the Bot Connector.</summary>
public sealed class ConnectorClientOptions
{
    public const string BotFrameworkTenant = "botframework.com";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    public string? AppId { get; set; }
    public string? AppPassword { get; set; }

    /// <summary>Single-tenant bots get tokens from their own tenant; multi-tenant ones from botframework.com.</summary>
    public string? TenantId { get; set; }

    /// <summary>Overrides the Microsoft Entra token endpoint (tests, sovereign clouds).</summary>
    public Uri? TokenEndpoint { get; set; }

    public string Scope { get; set; } = BotFrameworkScope;

    /// <summary>A cached token is replaced this long before it expires, so none is used at the edge of its life.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    internal bool HasCredentials => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppPassword);

    internal Uri EffectiveTokenEndpoint => TokenEndpoint ?? new Uri(
        $"https://login.microsoftonline.com/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(TenantId) ? BotFrameworkTenant : TenantId)}/oauth2/v2.0/token");
}
