using System.Net;
using System.Text;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.ContactProof;

/// <summary>Delivers a one-time code to the phone number or email it proves. False when it cannot.</summary>
public interface IContactCodeSender
{
    Task<bool> SendAsync(ContactKey contact, OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>By SMS or email through GOV.UK Notify (template kind "ContactCode", showing ((body))).</summary>
public sealed class NotifyContactCodeSender(IEnumerable<INotificationChannel> channels) : IContactCodeSender
{
    public async Task<bool> SendAsync(ContactKey contact, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var wanted = contact.IsEmail ? ContactChannel.Email : ContactChannel.Sms;
        var channel = channels.OfType<NotifyChannel>().First(c => c.Channel == wanted);
        await channel.SendToAsync(contact.Address, message);
        return true;
    }
}

/// <summary>Where codes go when none can be sent (Notify off outside Development): nowhere, and the family is told to call.</summary>
public sealed class NoContactCodeSender : IContactCodeSender
{
    public Task<bool> SendAsync(ContactKey contact, OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(false);
}

/// <summary>
/// Development only, with Notify off: texts land in the "devoutbox" table, read at /dev/outbox, and
/// emails go to the local mail catcher when SMTP is set (else to the outbox too). Never the console.
/// </summary>
public sealed class DevelopmentOutbox(StorageClients storage, IStaffMailer mailer, TimeProvider time) : IContactCodeSender
{
    public const string TableName = "devoutbox";

    public async Task<bool> SendAsync(ContactKey contact, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (contact.IsEmail && mailer.Enabled)
        {
            await mailer.SendAsync(new StaffEmail(contact.Address, "Your code", message.Text), cancellationToken);
            return true;
        }

        var table = await storage.GetTableAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        await table.AddEntityAsync(new TableEntity("outbox", $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{Guid.NewGuid():N}")
        {
            ["To"] = contact.Address,
            ["Text"] = message.Text,
            ["At"] = now,
        }, cancellationToken);
        return true;
    }

    /// <summary>The latest messages sent to one address, newest first.</summary>
    public async Task<IReadOnlyList<string>> ForAsync(string address, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        var found = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == "outbox", maxPerPage: 100, cancellationToken: cancellationToken))
        {
            if (row.GetString("To") == address)
            {
                found.Add(row.GetString("Text"));
            }
        }

        return found;
    }

    /// <summary>GET /dev/outbox: the latest 50 messages, for a developer trying the app.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/dev/outbox", async (StorageClients storage, CancellationToken cancellationToken) =>
        {
            var table = await storage.GetTableAsync(TableName, cancellationToken);
            var html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Development outbox</title>")
                .Append("<h1>Development outbox</h1><p>Texts and emails the app would send through GOV.UK Notify. Development only.</p><table><tr><th>When</th><th>To</th><th>Message</th></tr>");
            var shown = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == "outbox", maxPerPage: 50, cancellationToken: cancellationToken))
            {
                html.Append("<tr><td>").Append(WebUtility.HtmlEncode(row.GetDateTimeOffset("At")?.ToString("u"))).Append("</td><td>")
                    .Append(WebUtility.HtmlEncode(row.GetString("To"))).Append("</td><td>").Append(WebUtility.HtmlEncode(row.GetString("Text"))).Append("</td></tr>");
                if (++shown == 50)
                {
                    break;
                }
            }

            return Results.Content(html.Append("</table></html>").ToString(), "text/html; charset=utf-8");
        });
    }
}
