namespace FrontDoor.Tests.TestInfrastructure;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails the test with the message when time runs out.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string because)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {within.TotalSeconds:0.#} s waiting until {because}.");
            }

            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan within, string because) =>
        HoldsAsync(() => Task.FromResult(condition()), within, because);

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
}
