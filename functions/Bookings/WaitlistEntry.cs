namespace FrontDoor.Functions.Bookings;

/// <summary>A place in the queue, numbered in the order families joined. Enough to make an offer from.</summary>
public sealed record WaitlistEntry(long Sequence, string FamilyId, int ChildCount, DateTimeOffset JoinedAt);
