using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FrontDoor.Functions.StaffAlerts;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "front-door@council.example";

    /// <summary>StartTls in Azure; None for the local SMTP catcher.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
}

/// <summary>A staff email: subject and text carry references and priority, never personal data.</summary>
public sealed record StaffEmail(string To, string Subject, string Body);

public interface IStaffMailer
{
    bool Enabled { get; }

    Task SendAsync(StaffEmail email, CancellationToken cancellationToken);
}

/// <summary>Sends staff email through SMTP with MailKit. Disabled (and says so once) when no host is set.</summary>
public sealed partial class SmtpStaffMailer(IOptions<SmtpOptions> options, ILogger<SmtpStaffMailer> logger) : IStaffMailer
{
    private int warned;

    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(StaffEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!Enabled)
        {
            if (Interlocked.Exchange(ref warned, 1) == 0)
            {
                LogDisabled(logger);
            }

            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };

        using var client = new SmtpClient();
        var security = settings.Port == 1025 && settings.Security == SecureSocketOptions.Auto ? SecureSocketOptions.None : settings.Security;
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Staff email is disabled: set Smtp__Host to send alert emails")]
    private static partial void LogDisabled(ILogger logger);
}
