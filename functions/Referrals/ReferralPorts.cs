namespace FrontDoor.Functions.Referrals;

/// <summary>Where a referral goes: the centre whose reach area holds the postcode, else the duty team.</summary>
public sealed record CentreRoute(string CentreId, bool IsDutyTeam);

public interface ICentreRouter
{
    Task<CentreRoute> RouteAsync(string? postcode, CancellationToken cancellationToken);
}

/// <summary>The family a referral was linked to; <see cref="Known"/> when the record was there before it.</summary>
public sealed record FamilyLink(string FamilyId, bool Known);

/// <summary>
/// Finds the family a referral belongs to (by its contact details), or starts a new one; null when it
/// cannot tell. A known family's record changes only when <c>contactProven</c>.
/// </summary>
public interface IReferralFamilies
{
    Task<FamilyLink?> LinkAsync(ReferralForm form, bool contactProven, CancellationToken cancellationToken);
}
