using System.Text;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using FrontDoor.Functions.Storage;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Hosting;

/// <summary>
/// Runs one queue-triggered function when no Functions host is present, with the real host's
/// semantics: base64 messages, batches with a new-batch threshold, held invisible while processed,
/// released after visibilityTimeout on failure, moved to "{queue}-poison" after maxDequeueCount
/// tries, outputs written only on success, randomised exponential back-off while idle.
/// </summary>
public sealed partial class LocalQueueListener(
    FunctionDescriptor function,
    StorageClients storage,
    FunctionInvoker invoker,
    FunctionTelemetry telemetry,
    IOptions<QueueHostOptions> options,
    IConfiguration configuration,
    ILogger<LocalQueueListener> logger) : BackgroundService
{
    private readonly QueueHostOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host waits for ExecuteAsync's first await before it serves requests.
        await Task.Yield();
        var queueName = configuration.ResolveBindingExpression(function.Queue!.QueueName);
        var queue = storage.RawQueues.GetQueueClient(queueName);
        var poison = storage.RawQueues.GetQueueClient(queueName + "-poison");
        var backoff = new PollingBackoff(settings.MaxPollingInterval);
        var inFlight = new List<Task>();
        var threshold = settings.EffectiveNewBatchThreshold;

        await WaitForQueueAsync(queue, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count > threshold)
            {
                await ((Task)Task.WhenAny(inFlight)).WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            QueueMessage[] batch;
            try
            {
                batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.ProcessingVisibility, stoppingToken)).Value;
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException && !stoppingToken.IsCancellationRequested)
            {
                LogReceiveFailed(logger, e, function.Name);
                batch = [];
            }

            if (batch.Length == 0)
            {
                await Task.Delay(backoff.Next(), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            backoff.Reset();
            inFlight.AddRange(batch.Select(m => Task.Run(() => ProcessAsync(queue, poison, m, stoppingToken), CancellationToken.None)));
        }

        await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WaitForQueueAsync(QueueClient queue, CancellationToken stoppingToken)
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                return;
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
            {
                LogReceiveFailed(logger, e, function.Name);
                await Task.Delay(backoff.Next(), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        var receipt = new PopReceipt(message.PopReceipt);
        using var renewal = new CancellationTokenSource();
        var renewing = KeepInvisibleAsync(queue, message.MessageId, receipt, renewal.Token);
        try
        {
            var text = Decode(message);
            if (text is null)
            {
                LogUndecodable(logger, function.Name, message.MessageId);
                renewal.Cancel();
                await renewing;
                await MoveToPoisonAsync(queue, poison, message, receipt.Value);
                return;
            }

            var context = new FunctionContext(function.Name, Guid.NewGuid().ToString())
            {
                MessageId = message.MessageId,
                DequeueCount = message.DequeueCount,
            };
            InvocationResult? result = null;
            try
            {
                result = await invoker.InvokeAsync(function, new TriggerInput.QueueMessage(text), context, stoppingToken);
            }
            catch (Exception e)
            {
                LogFunctionFailed(logger, e.GetType().Name, function.Name, context.InvocationId, message.MessageId, message.DequeueCount);
            }

            renewal.Cancel();
            await renewing;
            if (result is not null)
            {
                await WriteOutputsAsync(result);
                await queue.DeleteMessageAsync(message.MessageId, receipt.Value, CancellationToken.None);
            }
            else if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, receipt.Value);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: CancellationToken.None);
            }
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException or OperationCanceledException)
        {
            // The message stays hidden until its processing visibility ends, then it is delivered again.
            LogSettleFailed(logger, e.GetType().Name, function.Name, message.MessageId);
        }
        finally
        {
            renewal.Cancel();
        }
    }

    private async Task KeepInvisibleAsync(QueueClient queue, string messageId, PopReceipt receipt, CancellationToken done)
    {
        var interval = settings.ProcessingVisibility / 2;
        try
        {
            while (true)
            {
                await Task.Delay(interval, done);
                var updated = await queue.UpdateMessageAsync(messageId, receipt.Value, visibilityTimeout: settings.ProcessingVisibility, cancellationToken: done);
                receipt.Value = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException e)
        {
            LogSettleFailed(logger, e.GetType().Name, function.Name, messageId);
        }
    }

    private async Task WriteOutputsAsync(InvocationResult result)
    {
        if (result.OutputMessages.Count == 0)
        {
            return;
        }

        var output = await storage.GetSenderAsync(configuration.ResolveBindingExpression(function.QueueOutput!.QueueName));
        foreach (var message in result.OutputMessages)
        {
            await output.SendMessageAsync(message);
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string popReceipt)
    {
        await poison.CreateIfNotExistsAsync();
        // The body goes to the poison queue exactly as it arrived, so it can be replayed unchanged.
        await poison.SendMessageAsync(message.Body.ToString());
        await queue.DeleteMessageAsync(message.MessageId, popReceipt);
        telemetry.RecordPoisoned(queue.Name);
        LogPoisoned(logger, function.Name, message.MessageId, message.DequeueCount);
    }

    private string? Decode(QueueMessage message)
    {
        var raw = message.Body.ToString();
        if (!string.Equals(settings.MessageEncoding, "base64", StringComparison.OrdinalIgnoreCase))
        {
            return raw;
        }

        var buffer = new byte[raw.Length];
        if (!Convert.TryFromBase64String(raw, buffer, out var written))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private sealed class PopReceipt(string value)
    {
        public string Value { get; set; } = value;
    }

    [LoggerMessage(LogLevel.Warning, "Function {Function} failed ({Error}); invocation {InvocationId}, message {MessageId}, try {DequeueCount}")]
    private static partial void LogFunctionFailed(ILogger logger, string error, string function, string invocationId, string messageId, long dequeueCount);

    [LoggerMessage(LogLevel.Error, "Message {MessageId} for {Function} moved to the poison queue after {DequeueCount} tries")]
    private static partial void LogPoisoned(ILogger logger, string function, string messageId, long dequeueCount);

    [LoggerMessage(LogLevel.Error, "Message {MessageId} for {Function} is not valid base64 UTF-8")]
    private static partial void LogUndecodable(ILogger logger, string function, string messageId);

    [LoggerMessage(LogLevel.Warning, "Could not reach the queue for {Function}")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, string function);

    [LoggerMessage(LogLevel.Warning, "Could not settle message {MessageId} for {Function} ({Error}); it will be delivered again")]
    private static partial void LogSettleFailed(ILogger logger, string error, string function, string messageId);
}
