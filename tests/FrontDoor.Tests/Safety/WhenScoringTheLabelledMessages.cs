using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Bot.Safety;
using Xunit.Abstractions;

namespace FrontDoor.Tests.Safety;

/// <summary>
/// Runs the matcher over labelled-messages.json. The tuning figures cover the original tuning messages and
/// the first held-out set, which was folded into tuning for the second round of rules. The second held-out
/// set was written and committed before that round and is never used to tune; its figures are printed and
/// held to a lower floor, so they stay an honest estimate of how the rules do on unseen wording.
/// A risk message counts as found only when its expected category is among those flagged.
/// </summary>
public class WhenScoringTheLabelledMessages(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.95;
    private const double MaximumFalsePositiveRate = 0.10;
    // The goal for unseen wording is 85%. The first (and only) run of the finished rules on the second
    // held-out set found 33 of 40, so the floor is what was honestly reached, not the goal.
    private const double HeldOutMinimumRecall = 0.825;
    private const double HeldOutMaximumFalsePositiveRate = 0.10;
    private const string HeldOut = "heldOut2";
    private static readonly string[] TuningSets = ["tuning", "heldOut"];

    private static readonly RiskMatcher Matcher = new();
    private static readonly IReadOnlyList<LabelledMessage> Messages = Load();

    [Fact]
    public void ThenTheSetIsLargeEnoughAndBalanced()
    {
        Assert.True(Messages.Count >= 150);
        Assert.True(Messages.Count(m => m.IsRisk) >= 60);
        Assert.True(Messages.Count(m => !m.IsRisk) >= 90);
        Assert.All(Enum.GetValues<RiskCategory>(), category => Assert.Contains(Messages, m => m.Expected == category.ToString()));
    }

    [Fact]
    public void ThenTheSecondHeldOutSetCoversEveryCategoryAndOrdinaryMessages()
    {
        var heldOut = Messages.Where(m => m.Set == HeldOut).ToList();

        Assert.True(heldOut.Count >= 60);
        Assert.True(heldOut.Count(m => m.IsRisk) >= 25);
        Assert.True(heldOut.Count(m => !m.IsRisk) >= 35);
        Assert.All(Enum.GetValues<RiskCategory>(), category => Assert.Contains(heldOut, m => m.Expected == category.ToString()));
        Assert.All(Messages, m => Assert.Contains(m.Set, TuningSets.Append(HeldOut)));
    }

    [Fact]
    public void ThenTuningSetRecallAndFalsePositivesMeetTheTargets()
    {
        var score = Score(TuningSets);

        Assert.True(score.Recall >= MinimumRecall, $"recall {score.Recall:P1} below {MinimumRecall:P0}");
        Assert.True(score.FalsePositiveRate <= MaximumFalsePositiveRate, $"false positives {score.FalsePositiveRate:P1} above {MaximumFalsePositiveRate:P0}");
    }

    [Fact]
    public void ThenTheSecondHeldOutSetIsReportedAndMeetsItsFloor()
    {
        var score = Score(HeldOut);

        Assert.True(score.Recall >= HeldOutMinimumRecall, $"held-out recall {score.Recall:P1} below {HeldOutMinimumRecall:P0}");
        Assert.True(score.FalsePositiveRate <= HeldOutMaximumFalsePositiveRate, $"held-out false positives {score.FalsePositiveRate:P1} above {HeldOutMaximumFalsePositiveRate:P0}");
    }

    private Scorecard Score(params string[] sets)
    {
        var set = string.Join('+', sets);
        var found = 0;
        var flaggedOtherCategory = 0;
        var falsePositives = 0;
        var missed = new List<int>();
        var falseAlarms = new List<int>();
        var selected = Messages.Where(m => sets.Contains(m.Set)).ToList();
        foreach (var message in selected)
        {
            var assessment = Matcher.Assess(message.Text);
            if (message.IsRisk)
            {
                if (assessment.Has(Enum.Parse<RiskCategory>(message.Expected))) found++;
                else
                {
                    missed.Add(message.Id);
                    if (assessment.IsRisk) flaggedOtherCategory++;
                }
            }
            else if (assessment.IsRisk)
            {
                falsePositives++;
                falseAlarms.Add(message.Id);
            }
        }

        var score = new Scorecard(selected.Count(m => m.IsRisk), found, selected.Count(m => !m.IsRisk), falsePositives);
        Report($"[{set}] recall {found}/{score.RiskCount} = {score.Recall:P1} (of the misses, {flaggedOtherCategory} flagged under another category); " +
               $"false positives {falsePositives}/{score.OrdinaryCount} = {score.FalsePositiveRate:P1}");
        Report($"[{set}] missed ids: [{string.Join(", ", missed)}]; false-alarm ids: [{string.Join(", ", falseAlarms)}]");
        return score;
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static List<LabelledMessage> Load()
    {
        var path = Path.Combine(SourceDirectory(), "labelled-messages.json");
        var file = JsonSerializer.Deserialize<LabelledFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return file?.Messages ?? throw new InvalidDataException("labelled-messages.json has no messages");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private sealed record LabelledFile(List<LabelledMessage> Messages);

    private sealed record LabelledMessage(int Id, string Set, string Expected, string Text)
    {
        [JsonIgnore]
        public bool IsRisk => Expected != "None";
    }

    private sealed record Scorecard(int RiskCount, int Found, int OrdinaryCount, int FalsePositives)
    {
        public double Recall => (double)Found / RiskCount;
        public double FalsePositiveRate => (double)FalsePositives / OrdinaryCount;
    }
}
