using FrontDoor.Bot.Safety;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// Builds the safety net (lexicon, and training its learned layer: a few hundred ms) on a low-priority
/// thread shortly after the app starts serving, so the first parent to write does not wait for it and
/// start-up does not either.
/// </summary>
public sealed class SafetyNetWarmUp(IServiceProvider services, IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var thread = new Thread(() =>
            {
                if (lifetime.ApplicationStopping.WaitHandle.WaitOne(Delay)) return;
                services.GetRequiredService<IRiskMatcher>().Assess("warm up");
            })
            {
                IsBackground = true,
                Priority = ThreadPriority.BelowNormal,
                Name = "safety net warm-up",
            };
            thread.Start();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
