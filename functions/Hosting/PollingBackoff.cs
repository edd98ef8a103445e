namespace FrontDoor.Functions.Hosting;

/// <summary>
/// The real queue listener's randomised exponential back-off: while the queue stays empty the wait
/// doubles from 100 ms (with up to 20% jitter) until it reaches the maximum polling interval; a
/// message found resets it.
/// </summary>
public sealed class PollingBackoff(TimeSpan maximum, Random? random = null)
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);
    private readonly Random random = random ?? Random.Shared;
    private TimeSpan current = TimeSpan.Zero;

    public TimeSpan Next()
    {
        var doubled = current == TimeSpan.Zero ? Minimum : current * 2;
        current = doubled < maximum ? doubled : maximum;
        return current * (1 - (random.NextDouble() * 0.2));
    }

    public void Reset() => current = TimeSpan.Zero;
}
