using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// Conversation state in the "Conversations" table: one row per conversation (the key is hashed, so
/// no channel's id format reaches the table), the state as JSON beside its schema version, and the
/// entity's ETag for optimistic concurrency.
/// </summary>
public sealed class TableConversationStateStore(StorageClients storage) : IConversationStateStore
{
    public const string TableName = "Conversations";
    private const string RowKey = "state";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PartitionKey(string conversationKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey)))[..40];

    public async Task<StoredState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(conversationKey), RowKey, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var entity = found.Value!;
        var version = entity.GetInt32("Version") ?? 0;
        return new StoredState(Read(entity.GetString("State"), version), entity.ETag.ToString());
    }

    public async Task<bool> TrySaveAsync(string conversationKey, ConversationState state, string? etag, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var entity = new TableEntity(PartitionKey(conversationKey), RowKey)
        {
            ["Version"] = state.Version,
            ["State"] = JsonSerializer.Serialize(state, Json),
        };
        try
        {
            if (etag is null)
            {
                await client.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await client.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>A state of another version is not read field by field: only the language is kept.</summary>
    private static ConversationState Read(string? json, int version)
    {
        if (version == ConversationState.CurrentVersion && json is not null)
        {
            try
            {
                return JsonSerializer.Deserialize<ConversationState>(json, Json) ?? new ConversationState { Version = -1 };
            }
            catch (JsonException)
            {
                return new ConversationState { Version = -1 };
            }
        }

        var language = BotLanguages.English;
        try
        {
            if (json is not null && JsonDocument.Parse(json).RootElement.TryGetProperty("language", out var l) && l.GetString() is { } saved && BotLanguages.All.Contains(saved))
            {
                language = saved;
            }
        }
        catch (JsonException)
        {
        }

        return new ConversationState { Version = version, Language = language };
    }
}
