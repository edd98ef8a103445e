// A second baseline for the start-up benchmark: the empty app plus the storage check the issue asks
// of /api/health (Tables and Queues through the Azure SDK, as the function app makes it), and
// nothing else. What it costs over the empty app is what any app with that health check pays.
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;

var app = WebApplication.CreateSlimBuilder(args).Build();
var connection = app.Configuration["AzureWebJobsStorage"];
var tables = new TableServiceClient(connection);
var queues = new QueueServiceClient(connection);

app.MapGet("/api/health", async () =>
{
    var tablesAnswer = tables.QueryAsync(maxPerPage: 1).AsPages().GetAsyncEnumerator().MoveNextAsync().AsTask();
    var queuesAnswer = QueueAnswersAsync(queues);
    await Task.WhenAll(tablesAnswer, queuesAnswer);
    return "ok";
});
app.Run();

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
