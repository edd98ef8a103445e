using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Bookings;

/// <summary>The checks that need only the catalogue: mode, booking window, number and ages of children.</summary>
public static class BookingEligibility
{
    public static BookingRefusal? Check(Occurrence occurrence, IReadOnlyList<Child> children, DateTimeOffset now, BookingOptions options)
    {
        var session = occurrence.Session;
        if (session.Mode == SessionMode.ReferralOnly)
        {
            return UnknownSession();
        }

        if (session.Mode == SessionMode.DropIn)
        {
            return new(BookingRefusalReason.NotBookable, "occurrenceId", "This is a drop-in: no need to book, just come along.");
        }

        if (now < options.OpensAt(occurrence.StartsAt))
        {
            var opens = LondonTime.ToLondon(options.OpensAt(occurrence.StartsAt));
            return new(BookingRefusalReason.WindowNotOpen, "occurrenceId", $"Booking opens {options.OpensDaysAhead} days before, on {opens:dddd d MMMM 'at' HH:mm}.");
        }

        if (now >= options.ClosesAt(occurrence.StartsAt))
        {
            return new(BookingRefusalReason.WindowClosed, "occurrenceId", $"Booking closed {options.ClosesMinutesBefore} minutes before the start.");
        }

        if (children.Count == 0)
        {
            return new(BookingRefusalReason.NoChildren, "children", "Tell us which children are coming.");
        }

        if (children.Count > session.MaxChildrenPerFamily)
        {
            return new(BookingRefusalReason.TooManyChildren, "children", $"Up to {session.MaxChildrenPerFamily} children per family can come to this session.");
        }

        var date = LondonTime.DateOf(occurrence.StartsAt);
        for (var i = 0; i < children.Count; i++)
        {
            var age = children[i].AgeInMonthsOn(date);
            var field = children[i].DateOfBirth is null ? $"children[{i}].dueDate" : $"children[{i}].dateOfBirth";
            if (age < session.AgeBand.MinMonths)
            {
                return new(BookingRefusalReason.TooYoung, field, $"This session is for {session.AgeBand.Describe()}; this child is too young for it.");
            }

            if (age >= session.AgeBand.MaxMonths)
            {
                return new(BookingRefusalReason.TooOld, field, $"This session is for {session.AgeBand.Describe()}; this child is too old for it.");
            }
        }

        return null;
    }

    public static BookingRefusal UnknownSession() =>
        new(BookingRefusalReason.UnknownSession, "occurrenceId", "We could not find that session date.");
}
