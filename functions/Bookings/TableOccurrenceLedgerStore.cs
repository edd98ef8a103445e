using Microsoft.Extensions.Caching.Memory;
using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Functions.Storage;
using static FrontDoor.Functions.Bookings.LedgerEntities;

namespace FrontDoor.Functions.Bookings;

/// <summary>
/// Occurrences in Table Storage, one partition each. Every change is one entity-group transaction
/// whose first action rewrites the counter with the ETag it was decided on, so a concurrent change
/// (from any instance) fails it with 412 and the decision is re-made on fresh data: overbooking
/// cannot happen. Within one instance, requests for the same occurrence queue on a lock instead
/// of racing, and the counter's ETag is cached, so an uncontended booking is a single round trip.
/// </summary>
public sealed class TableOccurrenceLedgerStore(StorageClients storage, TimeProvider time) : IOccurrenceLedgerStore
{
    public const string TableName = "bookings";
    public const string OfferIndexTable = "bookingoffers";
    private const string OfferIndexPartition = "due";
    private const int MaxAttempts = 60;
    private const int HeadsToRead = LedgerWork.MaxOffersPerChange;

    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, 4096).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private static readonly TimeSpan ListingMaxAge = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (OccurrenceLedger Ledger, ETag ETag)> counters = new();
    private readonly MemoryCache listed = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly Lazy<Task> created = new(() => Task.WhenAll(
        storage.Tables.CreateTableIfNotExistsAsync(TableName), storage.Tables.CreateTableIfNotExistsAsync(OfferIndexTable)));
    private long commits;
    private long conflicts;

    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Commits refused because the occurrence changed first (then re-decided).</summary>
    public long Conflicts => Interlocked.Read(ref conflicts);

    private TableClient Table => storage.Tables.GetTableClient(TableName);

    private TableClient OfferIndex => storage.Tables.GetTableClient(OfferIndexTable);

    public async Task<LedgerDecision<T>> ExecuteAsync<T>(
        OccurrenceLedger opening, LedgerRead read, Func<LedgerSnapshot, DateTimeOffset, LedgerDecision<T>> decide, CancellationToken cancellationToken)
    {
        await created.Value;
        var id = opening.OccurrenceId;
        var gate = locks[(int)((uint)StringComparer.Ordinal.GetHashCode(id) % locks.Length)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var trustCache = true;
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var now = time.GetUtcNow();
                var (snapshot, etag, fromCache) = await ReadAsync(id, read, trustCache, now, cancellationToken);
                trustCache = false;
                var decision = decide(snapshot, now);
                if (decision.Change is null)
                {
                    // A commit would catch a stale cached counter; a refusal or a no-op would not, so decide again on a fresh read.
                    if (fromCache)
                    {
                        continue;
                    }

                    return decision;
                }

                if (await TryCommitAsync(decision.Change, etag, cancellationToken))
                {
                    listed.Remove(id);
                    return decision;
                }

                counters.TryRemove(id, out _);
                Interlocked.Increment(ref conflicts);
                if (attempt > 0)
                {
                    // Back-off is real time, not the injected clock: it spaces out retries, it is not domain time.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(100, 1 << Math.Min(attempt, 7)))), cancellationToken);
                }
            }
        }
        finally
        {
            gate.Release();
        }

        throw new TimeoutException("The occurrence kept changing; the change was not made.");
    }

    /// <summary>
    /// Searches by many families at once read the same week's counters: within ListingMaxAge one
    /// read serves them all (this instance's own commits drop their entry at once).
    /// </summary>
    public async Task<OccurrenceLedger?> GetLedgerForListingAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        if (listed.TryGetValue(occurrenceId, out OccurrenceLedger? ledger))
        {
            return ledger;
        }

        ledger = await GetLedgerAsync(occurrenceId, cancellationToken);
        listed.Set(occurrenceId, ledger, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ListingMaxAge, Size = 1 });
        return ledger;
    }

    public async Task<OccurrenceLedger?> GetLedgerAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        await created.Value;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(occurrenceId, CounterRow, cancellationToken: cancellationToken);
        return row.HasValue ? ToLedger(row.Value!) : null;
    }

    public async Task<BookingRecord?> GetBookingAsync(string occurrenceId, string familyId, CancellationToken cancellationToken)
    {
        await created.Value;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(occurrenceId, BookingRow(familyId), cancellationToken: cancellationToken);
        return row.HasValue ? ToBooking(row.Value!) : null;
    }

    public async Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(string occurrenceId, CancellationToken cancellationToken) =>
        (await QueryAsync(occurrenceId, BookingPrefix, null, cancellationToken)).Select(ToBooking).ToList();

    public async Task<IReadOnlyList<WaitlistEntry>> GetWaitlistAsync(string occurrenceId, CancellationToken cancellationToken) =>
        (await QueryAsync(occurrenceId, WaitPrefix, null, cancellationToken)).Select(ToWaitlistEntry).ToList();

    public async Task<IReadOnlyList<string>> OccurrencesWithOffersDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await created.Value;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OfferIndexPartition} and Due le {now}");
        var due = new List<string>();
        await foreach (var row in OfferIndex.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            due.Add(row.RowKey);
        }

        return due;
    }

    public async Task ForgetOffersAsync(string occurrenceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read the hint before the counter: an offer made after this read rewrites the hint (new
        // ETag, later Due), so the conditional delete below can never drop a live offer's hint.
        var hint = await OfferIndex.GetEntityIfExistsAsync<TableEntity>(OfferIndexPartition, occurrenceId, cancellationToken: cancellationToken);
        if (!hint.HasValue || hint.Value!.GetDateTimeOffset("Due") > now)
        {
            return;
        }

        var ledger = await GetLedgerAsync(occurrenceId, cancellationToken);
        try
        {
            if (ledger is { Offered: > 0, EarliestOfferExpiry: { } next })
            {
                await OfferIndex.UpdateEntityAsync(new TableEntity(OfferIndexPartition, occurrenceId) { ["Due"] = next }, hint.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await OfferIndex.DeleteEntityAsync(OfferIndexPartition, occurrenceId, hint.Value.ETag, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Someone else refreshed the hint first.
        }
    }

    private async Task<(LedgerSnapshot Snapshot, ETag ETag, bool FromCache)> ReadAsync(string id, LedgerRead read, bool trustCache, DateTimeOffset now, CancellationToken cancellationToken)
    {
        OccurrenceLedger? ledger;
        ETag etag;
        (OccurrenceLedger Ledger, ETag ETag) hit = default;
        var cached = trustCache && counters.TryGetValue(id, out hit);
        if (cached)
        {
            (ledger, etag) = hit;
        }
        else
        {
            // The counter is read first: anything read after it is at least as new, and the
            // commit is conditional on this counter, so the snapshot can never be older than it looks.
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(id, CounterRow, cancellationToken: cancellationToken);
            (ledger, etag) = row.HasValue ? (ToLedger(row.Value!), row.Value!.ETag) : (null, default);
        }

        var skipFamily = cached && read.AssumeNoBooking;
        var family = read.FamilyId is null || skipFamily ? null : GetRowAsync(id, BookingRow(read.FamilyId), cancellationToken);
        var idempotency = read.IdempotencyKeyHash is null || skipFamily ? null : GetRowAsync(id, IdempotencyRow(read.IdempotencyKeyHash), cancellationToken);
        var needHeads = ledger is { Waiting: > 0 } && (read.MayFreePlaces || ledger.FreePlaces > 0 || ledger.OffersMayHaveExpired(now));
        var heads = needHeads ? QueryAsync(id, WaitPrefix, HeadsToRead, cancellationToken) : null;
        var offers = ledger?.OffersMayHaveExpired(now) == true
            ? QueryAsync(id, BookingPrefix, null, cancellationToken, TableClient.CreateQueryFilter($"Status eq {nameof(BookingStatus.Offered)}"))
            : null;

        var snapshot = new LedgerSnapshot(
            ledger,
            family is null ? null : await family is { } f ? ToBooking(f) : null,
            idempotency is null ? null : await idempotency is { } i ? ToIdempotency(i) : null,
            heads is null ? [] : (await heads).Select(ToWaitlistEntry).ToList(),
            offers is null ? [] : (await offers).Select(ToBooking).ToList());
        return (snapshot, etag, cached);
    }

    private async Task<bool> TryCommitAsync(LedgerChange change, ETag etag, CancellationToken cancellationToken)
    {
        var id = change.Ledger.OccurrenceId;
        if (change.Ledger.EarliestOfferExpiry is { } due)
        {
            // The index is a hint for the expiry timer, written before the offer exists so it is never missed.
            await OfferIndex.UpsertEntityAsync(new TableEntity(OfferIndexPartition, id) { ["Due"] = due }, cancellationToken: cancellationToken);
        }

        var actions = new List<TableTransactionAction>(change.EntityCount)
        {
            change.LedgerIsNew
                ? new(TableTransactionActionType.Add, ToEntity(change.Ledger))
                : new(TableTransactionActionType.UpdateReplace, ToEntity(change.Ledger), etag),
        };
        // The counter's ETag guards the partition, so the other rows need no ETag of their own.
        actions.AddRange(change.Bookings.Select(b => new TableTransactionAction(
            b.IsNew ? TableTransactionActionType.Add : TableTransactionActionType.UpdateReplace, ToEntity(b.Booking), ETag.All)));
        actions.AddRange(change.WaitlistAdded.Select(w => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(id, w))));
        actions.AddRange(change.WaitlistRemoved.Select(s => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, WaitRow(s)), ETag.All)));
        if (change.Idempotency is { } idempotency)
        {
            actions.Add(new(TableTransactionActionType.Add, ToEntity(id, idempotency)));
        }

        try
        {
            var response = await Table.SubmitTransactionAsync(actions, cancellationToken);
            Interlocked.Increment(ref commits);
            var newETag = response.Value[0].Headers.ETag;
            if (newETag is { } known)
            {
                counters[id] = (change.Ledger, known);
            }
            else
            {
                counters.TryRemove(id, out _);
            }

            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    private async Task<TableEntity?> GetRowAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<List<TableEntity>> QueryAsync(string partition, string prefix, int? take, CancellationToken cancellationToken, string? also = null)
    {
        await created.Value;
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end}");
        if (also is not null)
        {
            filter += " and " + also;
        }

        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: take, cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count == take)
            {
                break;
            }
        }

        return rows;
    }
}
