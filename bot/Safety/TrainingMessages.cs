using System.Text.Json;

namespace FrontDoor.Bot.Safety;

/// <summary>The labelled tuning messages shipped inside the app (Safety/Corpus), for the learned layer.</summary>
internal static class TrainingMessages
{
    private const string Prefix = "FrontDoor.Bot.Safety.Corpus.";

    public static IReadOnlyList<LabelledMessage> All { get; } = Load();

    private static List<LabelledMessage> Load()
    {
        var assembly = typeof(TrainingMessages).Assembly;
        var messages = new List<LabelledMessage>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
            {
                var category = message.GetProperty("category").GetString();
                messages.Add(new LabelledMessage(
                    message.GetProperty("text").GetString()!,
                    category == "None" ? null : Enum.Parse<RiskCategory>(category!)));
            }
        }

        return messages;
    }
}
