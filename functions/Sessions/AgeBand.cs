namespace FrontDoor.Functions.Sessions;

/// <summary>
/// Ages a session is for, in whole months: minimum inclusive, maximum exclusive. Pregnancy is
/// the months below zero (an expected baby's age counts down to its due date).
/// </summary>
public sealed record AgeBand(int MinMonths, int MaxMonths)
{
    public const int PregnancyStart = -10;

    public static readonly AgeBand Pregnancy = new(PregnancyStart, 0);
    public static readonly AgeBand ZeroToOne = new(0, 12);
    public static readonly AgeBand OneToTwo = new(12, 24);
    public static readonly AgeBand TwoToFour = new(24, 48);
    public static readonly AgeBand FourToEight = new(48, 96);
    public static readonly AgeBand EightPlus = new(96, 216);

    public bool Includes(int ageInMonths) => ageInMonths >= MinMonths && ageInMonths < MaxMonths;

    /// <summary>Plain words for parents: "pregnancy to 12 months", "1 to 4 years".</summary>
    public string Describe() => $"{Words(MinMonths, isUpper: false)} to {Words(MaxMonths, isUpper: true)}";

    private static string Words(int months, bool isUpper) => months switch
    {
        < 0 => "pregnancy",
        0 when isUpper => "birth",
        0 => "birth",
        < 24 => $"{months} months",
        _ when months % 12 == 0 => $"{months / 12} years",
        _ => $"{months} months",
    };
}
