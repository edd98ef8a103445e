namespace FrontDoor.Functions.Sessions;

/// <summary>Inclusive dates, such as a half-term break.</summary>
public sealed record DateRange(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
