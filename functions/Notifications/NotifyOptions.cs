namespace FrontDoor.Functions.Notifications;

/// <summary>GOV.UK Notify (configuration section "Notify"). Without an API key SMS and email are off.</summary>
public sealed class NotifyOptions
{
    public const string Section = "Notify";

    /// <summary>"{key name}-{service id}-{secret}", both ids UUIDs. A secret: Key Vault in Azure.</summary>
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>SMS template id per message kind (Reminder, Confirmation, PlaceOffered, SessionCancelled).</summary>
    public Dictionary<string, string> SmsTemplates { get; set; } = [];

    /// <summary>Email template id per message kind.</summary>
    public Dictionary<string, string> EmailTemplates { get; set; } = [];

    /// <summary>The bearer token Notify sends with received text messages (its callback settings).</summary>
    public string? InboundBearerToken { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ApiKey);
}
