namespace FrontDoor.Functions.Families;

/// <summary>A child, or a baby on the way (a due date and no date of birth yet).</summary>
public sealed record Child(string? Name, DateOnly? DateOfBirth, DateOnly? DueDate)
{
    public bool IsExpected => DateOfBirth is null;

    /// <summary>
    /// Whole months of age on a date; an expected baby has a negative age (-1 in the last month
    /// before the due date, -9 early in pregnancy), so pregnancy is the band below zero.
    /// </summary>
    public int AgeInMonthsOn(DateOnly date)
    {
        if (DateOfBirth is { } born)
        {
            return WholeMonths(born, date);
        }

        var due = DueDate ?? throw new InvalidOperationException("A child needs a date of birth or a due date.");
        return due <= date ? WholeMonths(due, date) : -(WholeMonths(date, due) + 1);
    }

    public bool SameChildAs(Child other) =>
        (DateOfBirth is not null && DateOfBirth == other.DateOfBirth) ||
        (DateOfBirth is null && other.DateOfBirth is null && DueDate == other.DueDate);

    private static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}
