namespace FrontDoor.Tests.TestInfrastructure;

public static class TestContacts
{
    /// <summary>
    /// A UK mobile no other test will use (one of 300 million), written as parents do: "07xxx xxxxxx".
    /// Tests share one Azurite, and a number already held belongs to another test's family.
    /// </summary>
    public static string NewMobile()
    {
        var digits = Random.Shared.NextInt64(7_700_000_000, 8_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"0{digits[..4]} {digits[4..]}";
    }
}
