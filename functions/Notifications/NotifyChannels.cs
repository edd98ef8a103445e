using FrontDoor.Functions.Families;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace FrontDoor.Functions.Notifications;

/// <summary>
/// SMS and email through GOV.UK Notify. Each template is expected to show ((body)), the message in
/// the family's language; the facts (session, venue, time) are passed too for templates that use them.
/// </summary>
public abstract class NotifyChannel(IOptions<NotifyOptions> options) : INotificationChannel
{
    private readonly Lazy<NotificationClient?> client = new(() =>
        options.Value.IsEnabled ? new NotificationClient(options.Value.BaseUrl, options.Value.ApiKey!) : null);

    public abstract ContactChannel Channel { get; }

    protected NotifyOptions Options => options.Value;

    protected abstract IReadOnlyDictionary<string, string> Templates { get; }

    protected abstract string? AddressOf(Family family);

    public Task<bool> CanReachAsync(Family family, CancellationToken cancellationToken) =>
        Task.FromResult(Options.IsEnabled && !string.IsNullOrWhiteSpace(AddressOf(family)));

    public Task SendAsync(Family family, OutgoingMessage message, CancellationToken cancellationToken) =>
        SendToAsync(AddressOf(family)!, message);

    /// <summary>Sends to an address that need not belong to a family yet (a one-time code).</summary>
    public async Task SendToAsync(string address, OutgoingMessage message)
    {
        var notify = client.Value ?? throw new InvalidOperationException("GOV.UK Notify is not configured.");
        if (!Templates.TryGetValue(message.Kind, out var templateId))
        {
            throw new InvalidOperationException($"No Notify {Channel} template is configured for {message.Kind}.");
        }

        var personalisation = new Dictionary<string, dynamic>(message.Personalisation.Select(p => new KeyValuePair<string, dynamic>(p.Key, p.Value)))
        {
            ["body"] = message.Text,
        };
        await SendAsync(notify, address, templateId, personalisation, message.Reference);
    }

    protected abstract Task SendAsync(NotificationClient notify, string address, string templateId, Dictionary<string, dynamic> personalisation, string reference);
}

public sealed class NotifySmsChannel(IOptions<NotifyOptions> options) : NotifyChannel(options)
{
    public override ContactChannel Channel => ContactChannel.Sms;

    protected override IReadOnlyDictionary<string, string> Templates => Options.SmsTemplates;

    protected override string? AddressOf(Family family) => family.Contact.Mobile;

    protected override Task SendAsync(NotificationClient notify, string address, string templateId, Dictionary<string, dynamic> personalisation, string reference) =>
        notify.SendSmsAsync(address, templateId, personalisation, reference);
}

public sealed class NotifyEmailChannel(IOptions<NotifyOptions> options) : NotifyChannel(options)
{
    public override ContactChannel Channel => ContactChannel.Email;

    protected override IReadOnlyDictionary<string, string> Templates => Options.EmailTemplates;

    protected override string? AddressOf(Family family) => family.Contact.Email;

    protected override Task SendAsync(NotificationClient notify, string address, string templateId, Dictionary<string, dynamic> personalisation, string reference) =>
        notify.SendEmailAsync(address, templateId, personalisation, reference);
}

/// <summary>Says once, at start-up, when SMS and email are off.</summary>
public sealed partial class NotifyStartupCheck(IOptions<NotifyOptions> options, ILogger<NotifyStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            LogDisabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "GOV.UK Notify is off: Notify:ApiKey is not set, so no SMS or email reminders, confirmations or offers will be sent (chat still works).")]
    private static partial void LogDisabled(ILogger logger);
}
