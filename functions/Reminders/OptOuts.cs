using FrontDoor.Bot.Conversation;
using Azure.Data.Tables;

namespace FrontDoor.Functions.Reminders;

/// <summary>Families who asked for no more messages (a STOP reply, by SMS or in the chat).</summary>
public interface IOptOuts
{
    Task OptOutAsync(string familyId, CancellationToken cancellationToken);

    Task OptInAsync(string familyId, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(string familyId, CancellationToken cancellationToken);
}

/// <summary>Opt-outs in the "Reminders" table (partition "optout"), kept by family id only.</summary>
public sealed class OptOuts(RemindersTable reminders, TimeProvider time) : IOptOuts
{
    private const string Partition = "optout";

    public async Task OptOutAsync(string familyId, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        await table.UpsertEntityAsync(new TableEntity(Partition, familyId) { ["At"] = time.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task OptInAsync(string familyId, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        await table.DeleteEntityAsync(Partition, familyId, Azure.ETag.All, cancellationToken);
    }

    public async Task<bool> IsOptedOutAsync(string familyId, CancellationToken cancellationToken)
    {
        var table = await reminders.GetAsync();
        return (await table.GetEntityIfExistsAsync<TableEntity>(Partition, familyId, ["At"], cancellationToken)).HasValue;
    }
}

/// <summary>Replies that mean "stop messaging me", in the languages the front door speaks.</summary>
public static class StopReplies
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "stop all", "unsubscribe", // English
        "nie", "stop wiadomości", // Polish
        "بند", "بند کریں", "روکیں", // Urdu: "band" (off), "band karein" (turn off), "rokein" (stop)
    };

    public static bool IsStop(string? reply) => Words.Contains(Normalise(reply));

    internal static string Normalise(string? reply) =>
        reply is null ? "" : string.Join(' ', reply.Trim().TrimEnd('.', '!', '۔').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Replies that mean "message me again": the chat's START words, in every language it speaks.</summary>
public static class StartReplies
{
    private static readonly HashSet<string> Words = new(
        BotLanguages.All.SelectMany(language => BotText.For(language).Words("words.start-messages")), StringComparer.OrdinalIgnoreCase);

    public static bool IsStart(string? reply) => Words.Contains(StopReplies.Normalise(reply));
}
