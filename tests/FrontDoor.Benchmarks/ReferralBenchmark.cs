using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.StaffAlerts;
using FrontDoor.Tests.TestInfrastructure;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Referrals end to end (HTTP intake -> queue -> processing -> staff alert recorded) per second,
/// beside raw Azurite queue receive+delete throughput in the same run; and the median time from
/// submitting a referral to its alert being recorded.
/// </summary>
/// <remarks>
/// Also measured: two bare queue hops (send, receive, forward to a second queue, delete; receive and
/// delete there), the queue work alone of the path every referral must take (referrals, then
/// staff-alerts), with no tables, no HTTP and no app. Its ratio to raw receive+delete is the most
/// any implementation of that two-queue design could reach on this Azurite.
/// </remarks>
public static class ReferralBenchmark
{
    private const int Count = 400;
    private const int LatencySamples = 25;

    public static async Task RunAsync()
    {
        var storage = (await Azurite.InstanceAsync()).ConnectionString;
        var raw = await RawReceiveDeletePerSecondAsync(storage);
        var twoHops = await TwoBareHopsPerSecondAsync(storage);

        var district = ReachAreas.UniqueDistrict('B');
        var centreId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await ReachAreas.SeedAsync(storage, district, centreId);
        await using var app = await TestApp.StartAsync(new Dictionary<string, string>
        {
            ["LocalTriggers:Enabled"] = "true",
            ["PublicEdge:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Error",
        });
        var alerts = new TableClient(storage, StaffAlertStore.TableName);
        await alerts.CreateIfNotExistsAsync();

        // Warm up the whole path once.
        await SubmitAsync(app.Client, district, "warm-" + centreId);
        await WaitForAlertAsync(alerts, centreId, ReferralId("warm-" + centreId));

        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Count)
            {
                await SubmitAsync(app.Client, district, $"{centreId}-{i}");
            }
        })));
        while (await alerts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {centreId}"), select: ["RowKey"]).CountAsync() < Count + 1)
        {
            await Task.Delay(20);
        }

        var endToEnd = Count / clock.Elapsed.TotalSeconds;

        var latencies = new List<double>();
        for (var i = 0; i < LatencySamples; i++)
        {
            var key = $"{centreId}-latency-{i}";
            var started = Stopwatch.StartNew();
            await SubmitAsync(app.Client, district, key);
            await WaitForAlertAsync(alerts, centreId, ReferralId(key));
            latencies.Add(started.Elapsed.TotalMilliseconds);
            await Task.Delay(Random.Shared.Next(50, 250));
        }

        latencies.Sort();
        Console.WriteLine($"referrals end to end (HTTP -> alert recorded), {Count} with 16 clients: {endToEnd,8:0.0} per second");
        Console.WriteLine($"raw Azurite queue receive+delete, same run:                    {raw,8:0.0} per second");
        Console.WriteLine($"  ratio end-to-end / raw: {endToEnd / raw:0.00}  (target >= 0.5)");
        Console.WriteLine($"two bare queue hops (send, receive, forward, delete; no tables, no app): {twoHops,8:0.0} per second");
        Console.WriteLine($"  ratio two bare hops / raw: {twoHops / raw:0.00}  (the ceiling for any pipeline with the two queues); end-to-end / two bare hops: {endToEnd / twoHops:0.00}");
        Console.WriteLine($"submit-to-alert latency over {LatencySamples} referrals: median {latencies[latencies.Count / 2]:0} ms, max {latencies[^1]:0} ms  (target median < 1000 ms)");
    }

    private static async Task<double> RawReceiveDeletePerSecondAsync(string storage)
    {
        var queue = new QueueClient(storage, "bench-raw-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateAsync();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            for (var i = w; i < Count; i += 16)
            {
                await queue.SendMessageAsync("{\"referralId\":\"r" + i + "\"}");
            }
        })));

        var clock = Stopwatch.StartNew();
        var handled = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Volatile.Read(ref handled) < Count)
            {
                var batch = (await queue.ReceiveMessagesAsync(16)).Value;
                await Task.WhenAll(batch.Select(m => queue.DeleteMessageAsync(m.MessageId, m.PopReceipt)));
                Interlocked.Add(ref handled, batch.Length);
            }
        })));
        var rate = Count / clock.Elapsed.TotalSeconds;
        await queue.DeleteAsync();
        return rate;
    }

    private static async Task<double> TwoBareHopsPerSecondAsync(string storage)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var first = new QueueClient(storage, "bench-hop1-" + suffix);
        var second = new QueueClient(storage, "bench-hop2-" + suffix);
        await Task.WhenAll(first.CreateAsync(), second.CreateAsync());

        var clock = Stopwatch.StartNew();
        var arrived = 0;
        var senders = Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            for (var i = w; i < Count; i += 16)
            {
                await first.SendMessageAsync("{\"referralId\":\"r" + i + "\"}");
            }
        }));
        var forwarders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Volatile.Read(ref arrived) < Count)
            {
                var batch = (await first.ReceiveMessagesAsync(16)).Value;
                await Task.WhenAll(batch.Select(async m =>
                {
                    await second.SendMessageAsync(m.Body);
                    await first.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                }));
                if (batch.Length == 0)
                {
                    await Task.Delay(5);
                }
            }
        }));
        var receivers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Volatile.Read(ref arrived) < Count)
            {
                var batch = (await second.ReceiveMessagesAsync(16)).Value;
                await Task.WhenAll(batch.Select(m => second.DeleteMessageAsync(m.MessageId, m.PopReceipt)));
                Interlocked.Add(ref arrived, batch.Length);
                if (batch.Length == 0)
                {
                    await Task.Delay(5);
                }
            }
        }));
        await Task.WhenAll(senders.Concat(forwarders).Concat(receivers));
        var rate = Count / clock.Elapsed.TotalSeconds;
        await Task.WhenAll(first.DeleteAsync(), second.DeleteAsync());
        return rate;
    }

    private static async Task SubmitAsync(HttpClient client, string district, string key)
    {
        var form = new ReferralForm
        {
            Carer = new Carer("Bench Parent", "mother"),
            Contact = new SafeContact(ContactChannel.Sms, "07700 900" + Random.Shared.Next(100, 999), null, null, true),
            Children = [new ChildAge(new DateOnly(2025, 3, 1), null)],
            Postcode = district + " 1AA",
            HopesFor = "Stay and play and meeting other parents",
            Source = ReferralSource.Self,
            Consent = new Consent(true, false, null, "2026-11"),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(form, options: ReferralJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static string ReferralId(string key) => "r" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private static async Task WaitForAlertAsync(TableClient alerts, string centreId, string alertId)
    {
        while (!(await alerts.GetEntityIfExistsAsync<TableEntity>(centreId, alertId, select: ["RowKey"])).HasValue)
        {
            await Task.Delay(10);
        }
    }
}
