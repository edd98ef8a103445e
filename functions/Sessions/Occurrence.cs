namespace FrontDoor.Functions.Sessions;

/// <summary>A session on one date, with its times in UTC.</summary>
public sealed record Occurrence(OccurrenceId Id, Session Session, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public static Occurrence Of(Session session, DateOnly date) => new(
        new OccurrenceId(session.Id, date),
        session,
        LondonTime.ToUtc(date, session.Recurrence.Start),
        LondonTime.ToUtc(date, session.Recurrence.End));
}
