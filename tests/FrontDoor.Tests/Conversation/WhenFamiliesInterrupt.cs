namespace FrontDoor.Tests.Conversation;

/// <summary>
/// "help", "talk to someone", "language" and "start again" at every step of the booking and referral
/// flows. After help, changing language, or turning down the call-back that "talk to someone" offers,
/// the same question is asked again and the rest of the flow still completes; "start again" returns
/// to the menu. (Interruptions inside the call-back itself: WhenFamiliesAskForACallBack.)
/// </summary>
public sealed class WhenFamiliesInterrupt
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (flow, script) in new[] { ("booking", Scripts.FindAndBook), ("referral", Scripts.SelfReferral) })
        {
            for (var step = 1; step < script.Length - 1; step++)
            {
                if (flow == "booking" && script[step].Expect == "You're booked")
                {
                    continue; // the flow has ended here: no question is waiting
                }

                foreach (var interruption in new[] { "help", "talk to someone", "language", "start again" })
                {
                    data.Add(flow, step, interruption);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ThenEveryStepCanBeInterrupted(string flow, int step, string interruption)
    {
        var script = flow == "booking" ? Scripts.FindAndBook : Scripts.SelfReferral;
        var chat = new ChatHarness();
        await chat.PlayAsync(script[..(step + 1)]);
        var question = script[step].Expect;

        switch (interruption)
        {
            case "help":
                await chat.Says("help", "Type \"start again\"", question);
                break;
            case "talk to someone":
                await chat.Says("Talk to someone", "0300 123 4567", "call you back");
                await chat.Says("No thanks", "That's OK", question);
                break;
            case "language":
                await chat.Says("language", "Which language would you like?");
                Assert.Equal(["English", "Polski", "اردو"], chat.Buttons);
                await chat.Says("English", "I will talk to you in English", question);
                break;
            case "start again":
                await chat.Says("start again", "let's start again", "What would you like to do");
                Assert.Contains("Find a group", chat.Buttons);
                return;
        }

        await chat.PlayAsync(script[(step + 1)..]);
    }
}
