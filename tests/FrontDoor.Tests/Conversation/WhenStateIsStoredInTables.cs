using Azure.Data.Tables;
using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Storage;
using FrontDoor.Tests.TestInfrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Conversation;

public sealed class WhenStateIsStoredInTables
{
    private static async Task<(TableConversationStateStore Store, TableClient Table)> StoreAsync()
    {
        var connection = (await Azurite.InstanceAsync()).ConnectionString;
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = connection }));
        var table = storage.Tables.GetTableClient(TableConversationStateStore.TableName);
        await table.CreateIfNotExistsAsync();
        return (new TableConversationStateStore(storage), table);
    }

    [Fact]
    public async Task ThenTwoRacingTurnsBothKeepTheirUpdates()
    {
        var (store, _) = await StoreAsync();
        var chat = new ChatHarness(store, Eventually.UniqueName("race"));
        await chat.Says("hi");
        var bothLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var saves = 0;
        chat.Handler.BeforeSave = async () =>
        {
            Interlocked.Increment(ref saves);
            if (Interlocked.Increment(ref waiting) == 2)
            {
                bothLoaded.SetResult();
            }

            await bothLoaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        };

        var first = chat.Handler.HandleAsync(chat.Message("Find a group"), CancellationToken.None);
        var second = chat.Handler.HandleAsync(chat.Message("Advice"), CancellationToken.None);
        var replies = await Task.WhenAll(first, second);

        var state = await chat.StateAsync();
        Assert.Equal(3, state.TurnCount);
        Assert.Contains("a2", state.RecentActivityIds);
        Assert.Contains("a3", state.RecentActivityIds);
        Assert.Equal(3, saves); // both tried to save on the same ETag; the loser reran once
        Assert.All(replies, r => Assert.NotEmpty(r));
    }

    [Fact]
    public async Task ThenATurnTakenOnAnotherInstanceIsBuiltOnHere()
    {
        // Each store is one app instance; each keeps the row it last wrote in memory.
        var (here, _) = await StoreAsync();
        var (there, _) = await StoreAsync();
        var id = Eventually.UniqueName("instances");
        var chatHere = new ChatHarness(here, id);
        var chatThere = new ChatHarness(there, id);
        await chatHere.Says("hi");
        var elsewhere = chatThere.Message("Find a group");
        elsewhere.Id = "there-1";
        await chatThere.Handler.HandleAsync(elsewhere, CancellationToken.None);

        await chatHere.Says("2 years");

        var state = (await new ChatHarness((await StoreAsync()).Store, id).StateAsync());
        Assert.Equal(3, state.TurnCount);
        Assert.Contains("there-1", state.RecentActivityIds);
        Assert.Equal(DialogIds.FindGroup, state.Dialog);
        Assert.Equal(state.TurnCount, (await chatHere.StateAsync()).TurnCount);
    }

    [Fact]
    public async Task ThenAConversationErasedSinceTheLastTurnStartsAfresh()
    {
        var (store, table) = await StoreAsync();
        var chat = new ChatHarness(store, Eventually.UniqueName("erased"));
        await chat.Says("hi");
        await chat.Says("Find a group");
        await table.DeleteEntityAsync(TableConversationStateStore.PartitionKey(chat.Key), "state");

        await chat.Says("Find a group");

        var stored = await table.GetEntityAsync<TableEntity>(TableConversationStateStore.PartitionKey(chat.Key), "state");
        Assert.Contains("\"turnCount\":1", stored.Value.GetString("State"));
    }

    [Fact]
    public async Task ThenAStoredStateOfAnotherVersionRestartsTheConversation()
    {
        var (store, table) = await StoreAsync();
        var chat = new ChatHarness(store, Eventually.UniqueName("version"));
        await chat.PlayAsync(Scripts.SelfReferral[..4]);
        await table.UpsertEntityAsync(new TableEntity(TableConversationStateStore.PartitionKey(chat.Key), "state")
        {
            ["Version"] = 0,
            ["State"] = "{\"language\":\"pl\",\"oldShape\":[1,2,3]}",
        }, TableUpdateMode.Replace);

        await chat.Says("Telefon", "zmieniliśmy czat", "Co chcesz zrobić");
        var state = await chat.StateAsync();
        Assert.Equal(ConversationState.CurrentVersion, state.Version);
        Assert.Equal(BotLanguages.Polish, state.Language);
        Assert.Equal(DialogIds.Menu, state.Dialog);
    }

    [Fact]
    public async Task ThenASaveWithAStaleETagIsRefused()
    {
        var (store, _) = await StoreAsync();
        var key = Eventually.UniqueName("etag");
        Assert.True(await store.TrySaveAsync(key, new ConversationState(), null, CancellationToken.None));
        var loaded = (await store.LoadAsync(key, CancellationToken.None))!;

        Assert.True(await store.TrySaveAsync(key, new ConversationState { TurnCount = 1 }, loaded.ETag, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(key, new ConversationState { TurnCount = 2 }, loaded.ETag, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(key, new ConversationState(), null, CancellationToken.None));
        Assert.Equal(1, (await store.LoadAsync(key, CancellationToken.None))!.State.TurnCount);
    }
}
