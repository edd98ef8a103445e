namespace FrontDoor.Functions.Bookings;

/// <summary>What a request with an Idempotency-Key did the first time, so a retry gets the same answer.</summary>
public sealed record IdempotencyRecord(string KeyHash, string FamilyId, BookingStatus Status, long? WaitlistSequence, long CommitVersion);
