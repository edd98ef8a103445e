using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Bot.Safety;
using Xunit.Abstractions;

namespace FrontDoor.Tests.Safety;

/// <summary>
/// Runs the matcher over labelled-messages.json. Thresholds are asserted on the tuning set; the held-out
/// set was written before any rule tuning and is only reported, so its figures stay an honest estimate.
/// A risk message counts as found only when its expected category is among those flagged.
/// </summary>
public class WhenScoringTheLabelledMessages(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.95;
    private const double MaximumFalsePositiveRate = 0.10;

    private static readonly RiskMatcher Matcher = new();
    private static readonly IReadOnlyList<LabelledMessage> Messages = Load();

    [Fact]
    public void ThenTheSetIsLargeEnoughAndBalanced()
    {
        Assert.True(Messages.Count >= 150);
        Assert.True(Messages.Count(m => m.IsRisk) >= 60);
        Assert.True(Messages.Count(m => !m.IsRisk) >= 90);
        Assert.True(Messages.Count(m => m.Set == "heldOut") >= 30);
        Assert.All(Enum.GetValues<RiskCategory>(), category => Assert.Contains(Messages, m => m.Expected == category.ToString()));
    }

    [Fact]
    public void ThenTuningSetRecallAndFalsePositivesMeetTheTargets()
    {
        var score = Score("tuning");

        Assert.True(score.Recall >= MinimumRecall, $"recall {score.Recall:P1} below {MinimumRecall:P0}");
        Assert.True(score.FalsePositiveRate <= MaximumFalsePositiveRate, $"false positives {score.FalsePositiveRate:P1} above {MaximumFalsePositiveRate:P0}");
    }

    [Fact]
    public void ThenHeldOutFiguresAreReported()
    {
        var score = Score("heldOut");

        Assert.True(score.RiskCount > 0 && score.OrdinaryCount > 0);
    }

    private Scorecard Score(string set)
    {
        var found = 0;
        var flaggedOtherCategory = 0;
        var falsePositives = 0;
        var missed = new List<int>();
        var falseAlarms = new List<int>();
        var selected = Messages.Where(m => m.Set == set).ToList();
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
