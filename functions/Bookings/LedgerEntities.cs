using System.Globalization;
using Azure.Data.Tables;

namespace FrontDoor.Functions.Bookings;

/// <summary>
/// How an occurrence's partition is laid out (PartitionKey = occurrence id): the "counter" row,
/// "booking-{familyId}" rows, "wait-{sequence}" rows (zero-padded, so they sort in arrival order)
/// and "idem-{sha256 of key}" rows.
/// </summary>
public static class LedgerEntities
{
    public const string CounterRow = "counter";
    public const string BookingPrefix = "booking-";
    public const string WaitPrefix = "wait-";
    public const string IdempotencyPrefix = "idem-";

    public static string BookingRow(string familyId) => BookingPrefix + familyId;

    public static string WaitRow(long sequence) => WaitPrefix + sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static string IdempotencyRow(string keyHash) => IdempotencyPrefix + keyHash;

    public static TableEntity ToEntity(OccurrenceLedger l) => new(l.OccurrenceId, CounterRow)
    {
        ["StartsAt"] = l.StartsAt, ["Capacity"] = l.Capacity, ["Confirmed"] = l.Confirmed, ["Offered"] = l.Offered,
        ["Waiting"] = l.Waiting, ["LastWaitlistSequence"] = l.LastWaitlistSequence, ["Version"] = l.Version,
        ["EarliestOfferExpiry"] = l.EarliestOfferExpiry, ["CancelledAt"] = l.CancelledAt, ["CancelReason"] = l.CancelReason,
    };

    public static OccurrenceLedger ToLedger(TableEntity e) => new(
        e.PartitionKey, e.GetDateTimeOffset("StartsAt")!.Value, e.GetInt32("Capacity")!.Value, e.GetInt32("Confirmed")!.Value,
        e.GetInt32("Offered")!.Value, e.GetInt32("Waiting")!.Value, e.GetInt64("LastWaitlistSequence")!.Value, e.GetInt64("Version")!.Value,
        e.GetDateTimeOffset("EarliestOfferExpiry"), e.GetDateTimeOffset("CancelledAt"), e.GetString("CancelReason"));

    public static TableEntity ToEntity(BookingRecord b) => new(b.OccurrenceId, BookingRow(b.FamilyId))
    {
        ["FamilyId"] = b.FamilyId, ["Status"] = b.Status.ToString(), ["ChildCount"] = b.ChildCount,
        ["WaitlistSequence"] = b.WaitlistSequence, ["OfferExpiresAt"] = b.OfferExpiresAt, ["Attendance"] = b.Attendance.ToString(),
        ["CreatedAt"] = b.CreatedAt, ["UpdatedAt"] = b.UpdatedAt, ["CommitVersion"] = b.CommitVersion,
    };

    public static BookingRecord ToBooking(TableEntity e) => new(
        e.PartitionKey, e.GetString("FamilyId"), Enum.Parse<BookingStatus>(e.GetString("Status")), e.GetInt32("ChildCount")!.Value,
        e.GetInt64("WaitlistSequence"), e.GetDateTimeOffset("OfferExpiresAt"), Enum.Parse<Attendance>(e.GetString("Attendance")),
        e.GetDateTimeOffset("CreatedAt")!.Value, e.GetDateTimeOffset("UpdatedAt")!.Value, e.GetInt64("CommitVersion")!.Value);

    public static TableEntity ToEntity(string occurrenceId, WaitlistEntry w) => new(occurrenceId, WaitRow(w.Sequence))
    {
        ["Sequence"] = w.Sequence, ["FamilyId"] = w.FamilyId, ["ChildCount"] = w.ChildCount, ["JoinedAt"] = w.JoinedAt,
    };

    public static WaitlistEntry ToWaitlistEntry(TableEntity e) =>
        new(e.GetInt64("Sequence")!.Value, e.GetString("FamilyId"), e.GetInt32("ChildCount")!.Value, e.GetDateTimeOffset("JoinedAt")!.Value);

    public static TableEntity ToEntity(string occurrenceId, IdempotencyRecord r) => new(occurrenceId, IdempotencyRow(r.KeyHash))
    {
        ["FamilyId"] = r.FamilyId, ["Status"] = r.Status.ToString(), ["WaitlistSequence"] = r.WaitlistSequence, ["CommitVersion"] = r.CommitVersion,
    };

    public static IdempotencyRecord ToIdempotency(TableEntity e) => new(
        e.RowKey[IdempotencyPrefix.Length..], e.GetString("FamilyId"), Enum.Parse<BookingStatus>(e.GetString("Status")),
        e.GetInt64("WaitlistSequence"), e.GetInt64("CommitVersion")!.Value);
}
