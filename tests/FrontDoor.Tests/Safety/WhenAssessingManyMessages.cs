using FrontDoor.Bot.Safety;

namespace FrontDoor.Tests.Safety;

/// <summary>The matcher runs on every chat message: an ordinary one should cost no garbage at all.</summary>
public class WhenAssessingManyMessages
{
    [Fact]
    public void ThenAnOrdinaryMessageAllocatesNothing()
    {
        var matcher = new RiskMatcher();
        const string message = "what time does stay and play start on tuesdays, my baby is 8 months and loves the sensory room";
        matcher.Assess(message);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) matcher.Assess(message);
        var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 100.0;

        Assert.True(bytesPerCall < 16, $"{bytesPerCall} bytes allocated per call");
    }
}
