using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Channels.DirectLine;

/// <summary>
/// Each conversation's activities in the "DirectLine" table: partition = conversation id, row key =
/// the zero-padded sequence number, which is also the watermark. A "~meta" row (sorting after every
/// number) holds the next sequence number; appending updates it in the same batch with its ETag, so
/// instances serving one conversation never give two activities one number.
/// </summary>
public sealed class DirectLineHistory(StorageClients storage)
{
    public const string TableName = "DirectLine";
    public const string MetaRow = "~meta";
    private readonly ConcurrentDictionary<string, (long Next, ETag ETag)> known = new();

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public async Task<bool> TryCreateAsync(string conversationId, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        try
        {
            var response = await client.AddEntityAsync(new TableEntity(conversationId, MetaRow) { ["Next"] = 1L }, cancellationToken);
            if (response.Headers.ETag is { } etag)
            {
                known[conversationId] = (1, etag);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Activities after the watermark, and the new watermark; null when there is no such conversation.</summary>
    public async Task<(IReadOnlyList<Activity> Activities, long Watermark)?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var activities = new List<Activity>();
        var exists = false;
        var last = watermark;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {conversationId} and RowKey gt {RowKey(watermark)}");
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == MetaRow)
            {
                exists = true;
                continue;
            }

            activities.Add(Activity.FromJson(row.GetString("Activity")!));
            last = long.Parse(row.RowKey, CultureInfo.InvariantCulture);
        }

        return exists ? (activities, last) : null;
    }

    /// <summary>Whether the conversation exists; one this instance created or wrote to is known without a read.</summary>
    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (known.ContainsKey(conversationId))
        {
            return true;
        }

        var client = await storage.GetTableAsync(TableName);
        return (await client.GetEntityIfExistsAsync<TableEntity>(conversationId, MetaRow, ["Next"], cancellationToken)).HasValue;
    }

    /// <summary>
    /// Gives each activity the next id ("{conversation}|{sequence}") and stores them in one batch. A reply
    /// in the batch then names the id its message was given here, the one the family's client knows: Web
    /// Chat holds back a reply whose replyToId it has not seen (about 5 s) before showing it.
    /// </summary>
    public async Task AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var client = await storage.GetTableAsync(TableName);
        var answers = activities.Select(a => IndexOf(activities, a.ReplyToId)).ToArray();
        while (true)
        {
            if (!known.TryGetValue(conversationId, out var meta))
            {
                var row = await client.GetEntityAsync<TableEntity>(conversationId, MetaRow, cancellationToken: cancellationToken);
                meta = (row.Value.GetInt64("Next") ?? 1, row.Value.ETag);
            }

            var batch = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpdateReplace, new TableEntity(conversationId, MetaRow) { ["Next"] = meta.Next + activities.Count }, meta.ETag),
            };
            for (var i = 0; i < activities.Count; i++)
            {
                var sequence = meta.Next + i;
                activities[i].Id = $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            }

            for (var i = 0; i < activities.Count; i++)
            {
                if (answers[i] >= 0) activities[i].ReplyToId = activities[answers[i]].Id;
                batch.Add(new(TableTransactionActionType.Add, new TableEntity(conversationId, RowKey(meta.Next + i)) { ["Activity"] = activities[i].ToJson() }));
            }

            try
            {
                var response = await client.SubmitTransactionAsync(batch, cancellationToken);
                if (response.Value[0].Headers.ETag is { } etag)
                {
                    known[conversationId] = (meta.Next + activities.Count, etag);
                }
                else
                {
                    known.TryRemove(conversationId, out _);
                }

                TrimCache();
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                known.TryRemove(conversationId, out _);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Activity> activities, string? id)
    {
        for (var i = 0; id is not null && i < activities.Count; i++)
        {
            if (activities[i].Id == id) return i;
        }

        return -1;
    }

    private static string RowKey(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    private void TrimCache()
    {
        if (known.Count > 10_000)
        {
            known.Clear();
        }
    }
}
