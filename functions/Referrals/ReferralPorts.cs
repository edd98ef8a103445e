namespace FrontDoor.Functions.Referrals;

/// <summary>Where a referral goes: the centre whose reach area holds the postcode, else the duty team.</summary>
public sealed record CentreRoute(string CentreId, bool IsDutyTeam);

public interface ICentreRouter
{
    Task<CentreRoute> RouteAsync(string? postcode, CancellationToken cancellationToken);
}

/// <summary>Finds the family a referral belongs to (by its contact details), or starts a new one; null when it cannot tell.</summary>
public interface IReferralFamilies
{
    Task<string?> LinkAsync(ReferralForm form, CancellationToken cancellationToken);
}
