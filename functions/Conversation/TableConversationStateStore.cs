using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Functions.Conversation;

/// <summary>
/// Conversation state in the "Conversations" table: one row per conversation (the key is hashed, so
/// no channel's id format reaches the table), the state as JSON beside its schema version, and the
/// entity's ETag for optimistic concurrency.
/// </summary>
/// <remarks>
/// The row this instance last wrote is kept in memory with its ETag, so a turn needs no read when
/// the family's previous turn ran here. That copy is only a guess: the save is conditional on its
/// ETag, so when another instance (or an erasure, or an older deployment) changed the row first the
/// save is refused, the copy is dropped, and the turn runs again on what is really stored.
/// </remarks>
public sealed class TableConversationStateStore(StorageClients storage) : IConversationStateStore
{
    public const string TableName = "Conversations";
    private const string RowKey = "state";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);
    private readonly MemoryCache lastWritten = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public static string PartitionKey(string conversationKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey)))[..40];

    public async Task<StoredState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var partition = PartitionKey(conversationKey);
        if (lastWritten.TryGetValue(partition, out Written? written))
        {
            return new StoredState(Read(written!.Json, written.Version), written.ETag);
        }

        var client = await storage.GetTableAsync(TableName);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(partition, RowKey, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var entity = found.Value!;
        return new StoredState(Read(entity.GetString("State"), entity.GetInt32("Version") ?? 0), entity.ETag.ToString());
    }

    public async Task<bool> TrySaveAsync(string conversationKey, ConversationState state, string? etag, CancellationToken cancellationToken)
    {
        var partition = PartitionKey(conversationKey);
        var json = JsonSerializer.Serialize(state, Json);
        var entity = new TableEntity(partition, RowKey) { ["Version"] = state.Version, ["State"] = json };
        var client = await storage.GetTableAsync(TableName);
        try
        {
            var response = etag is null
                ? await client.AddEntityAsync(entity, cancellationToken)
                : await client.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            Remember(partition, new Written(json, state.Version, response.Headers.ETag?.ToString()));
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // 404: the row was deleted (erased) since it was read; the rerun starts a new conversation.
            lastWritten.Remove(partition);
            return false;
        }
    }

    private void Remember(string partition, Written written)
    {
        if (written.ETag is null)
        {
            lastWritten.Remove(partition);
            return;
        }

        lastWritten.Set(partition, written, new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = 1 });
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

    private sealed record Written(string Json, int Version, string? ETag);
}
