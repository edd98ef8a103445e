using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.ContactProof;

public enum CodeIssue
{
    Issued,
    TooMany,
}

public enum CodeCheck
{
    Proven,
    Wrong,
    Expired,
    Locked,
}

/// <summary>A new code (to send, never to log or store) or why none was made.</summary>
public sealed record IssuedCode(CodeIssue Result, string? Code);

public sealed record CheckedCode(CodeCheck Result, int TriesLeft);

/// <summary>
/// Six-digit one-time codes in the "contactcodes" table. A row per contact, keyed by the contact's
/// keyed hash, holds only a keyed hash of the live code, its expiry, the wrong tries on it and when
/// codes were sent (for the limits); a row per client holds its recent sends. A code is used once;
/// too many wrong tries lock the contact for a while. Rows are changed with ETags, so two guesses
/// at once both count.
/// </summary>
public sealed class OneTimeCodes(StorageClients storage, PrivacyKeys keys, IOptions<ContactProofOptions> options, TimeProvider time)
{
    public const string TableName = "contactcodes";
    private const string ContactRow = "code";
    private const string ClientRow = "sends";
    private const int MaxAttempts = 10;

    private ContactProofOptions Options => options.Value;

    public async Task<IssuedCode> IssueAsync(ContactKey contact, string client, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        if (!await TryCountSendAsync(table, ClientPartition(client), now, [(TimeSpan.FromHours(1), Options.CodesPerClientPerHour)], cancellationToken))
        {
            return new IssuedCode(CodeIssue.TooMany, null);
        }

        var partition = ContactPartition(contact);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (row, etag) = await ReadAsync(table, partition, ContactRow, cancellationToken);
            var sends = Sends(row, now);
            if (row.GetDateTimeOffset("LockedUntil") > now ||
                sends.Count(s => now - s < TimeSpan.FromMinutes(15)) >= Options.CodesPerQuarterHour ||
                sends.Count >= Options.CodesPerDay)
            {
                return new IssuedCode(CodeIssue.TooMany, null);
            }

            var code = RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            row["CodeHash"] = CodeHash(partition, code);
            row["ExpiresAt"] = now + Options.CodeLifetime;
            row["Tries"] = 0;
            row["Sends"] = Join([.. sends, now]);
            if (await TryWriteAsync(table, row, etag, cancellationToken))
            {
                return new IssuedCode(CodeIssue.Issued, code);
            }
        }

        throw new InvalidOperationException("The code record kept changing; try again.");
    }

    public async Task<CheckedCode> CheckAsync(ContactKey contact, string code, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        var partition = ContactPartition(contact);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var (row, etag) = await ReadAsync(table, partition, ContactRow, cancellationToken);
            if (row.GetDateTimeOffset("LockedUntil") > now)
            {
                return new CheckedCode(CodeCheck.Locked, 0);
            }

            if (row.GetString("CodeHash") is not { } expected || !(row.GetDateTimeOffset("ExpiresAt") > now))
            {
                return new CheckedCode(CodeCheck.Expired, 0);
            }

            var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(CodeHash(partition, code)));
            var tries = (row.GetInt32("Tries") ?? 0) + (right ? 0 : 1);
            var locked = !right && tries >= Options.MaxTries;
            // A right code is used up; so is a code guessed wrong too often.
            row["CodeHash"] = right || locked ? null : expected;
            row["Tries"] = right ? 0 : tries;
            row["LockedUntil"] = locked ? now + Options.Lockout : null;
            if (await TryWriteAsync(table, row, etag, cancellationToken))
            {
                return right ? new CheckedCode(CodeCheck.Proven, Options.MaxTries)
                    : locked ? new CheckedCode(CodeCheck.Locked, 0)
                    : new CheckedCode(CodeCheck.Wrong, Options.MaxTries - tries);
            }
        }

        throw new InvalidOperationException("The code record kept changing; try again.");
    }

    /// <summary>Forgets a contact's code and limits (an erasure).</summary>
    public async Task ForgetAsync(ContactKey contact, CancellationToken cancellationToken)
    {
        var table = await storage.GetTableAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(ContactPartition(contact), ContactRow, ETag.All, cancellationToken);
    }

    /// <summary>Records one send against the limits, or false when a limit is reached.</summary>
    private static async Task<bool> TryCountSendAsync(
        TableClient table, string partition, DateTimeOffset now, (TimeSpan Window, int Limit)[] limits, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (row, etag) = await ReadAsync(table, partition, ClientRow, cancellationToken);
            var sends = Sends(row, now);
            if (limits.Any(l => sends.Count(s => now - s < l.Window) >= l.Limit))
            {
                return false;
            }

            row["Sends"] = Join([.. sends, now]);
            if (await TryWriteAsync(table, row, etag, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException("The client's send record kept changing; try again.");
    }

    private static async Task<(TableEntity Row, ETag? ETag)> ReadAsync(TableClient table, string partition, string rowKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? (found.Value!, found.Value!.ETag) : (new TableEntity(partition, rowKey), null);
    }

    private static async Task<bool> TryWriteAsync(TableClient table, TableEntity row, ETag? etag, CancellationToken cancellationToken)
    {
        try
        {
            if (etag is { } match)
            {
                await table.UpdateEntityAsync(row, match, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.AddEntityAsync(row, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Send times within the last day (older ones no longer count for anything).</summary>
    private static List<DateTimeOffset> Sends(TableEntity row, DateTimeOffset now) =>
        (row.GetString("Sends") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => DateTimeOffset.FromUnixTimeSeconds(long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(s => now - s < TimeSpan.FromDays(1))
            .ToList();

    private static string Join(IEnumerable<DateTimeOffset> sends) =>
        string.Join(',', sends.Select(s => s.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private string ContactPartition(ContactKey contact) => "contact-" + keys.Hash("contact-code", contact.Normalised);

    private string ClientPartition(string client) => "client-" + keys.Hash("code-client", client);

    private string CodeHash(string partition, string code) => keys.Hash("code", partition + ":" + code);
}
