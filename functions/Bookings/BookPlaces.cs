using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Bookings;

/// <summary>
/// A family asks for places on one occurrence (found by contact key, created if new). Unless the
/// caller has proved it holds the contact, a family already known by it gets the booking and nothing
/// else about its record changes.
/// </summary>
public sealed record BookPlaces(
    string OccurrenceId,
    ContactKey Contact,
    NewFamily Family,
    IReadOnlyList<Child> Children,
    bool WaitlistIfFull,
    string? IdempotencyKey,
    bool ContactProven = false);

/// <summary>What a family tells us at its first booking; becomes its record.</summary>
public sealed record NewFamily(
    IReadOnlyList<Carer> Carers,
    string? Postcode,
    string PreferredLanguage,
    ContactChoices Contact,
    IReadOnlyList<Consent> Consents)
{
    public Family Create(string id, IReadOnlyList<Child> children, DateTimeOffset now) =>
        new(id, Carers, children, Postcode, PreferredLanguage, Contact, Consents, now, null);
}
