// A second baseline for the start-up benchmark: the empty app plus the storage check the issue asks
// of /api/health (Tables and Queues through the Azure SDK, as the function app makes it), and
// nothing else. The check starts on another thread as soon as the app is built, as the function
// app's does, so what this costs over the empty app is what the check costs an app that starts it
// early; whatever the function app costs beyond this is its own start-up.
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;

var app = WebApplication.CreateSlimBuilder(args).Build();
var connection = app.Configuration["AzureWebJobsStorage"];
var check = Task.Run(() => CheckAsync(connection));

app.MapGet("/api/health", async () =>
{
    await check;
    return "ok";
});
app.Run();

static async Task CheckAsync(string? connection)
{
    var tables = new TableServiceClient(connection);
    var queues = new QueueServiceClient(connection);
    await Task.WhenAll(
        tables.QueryAsync(maxPerPage: 1).AsPages().GetAsyncEnumerator().MoveNextAsync().AsTask(),
        QueueAnswersAsync(queues));
}

static async Task QueueAnswersAsync(QueueServiceClient queues)
{
    try
    {
        await queues.GetQueueClient("referrals").GetPropertiesAsync();
    }
    catch (RequestFailedException e) when (e.Status == 404)
    {
    }
}
