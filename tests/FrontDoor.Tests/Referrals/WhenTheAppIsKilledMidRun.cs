using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Referrals;
using FrontDoor.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace FrontDoor.Tests.Referrals;

/// <summary>
/// 500 referrals, each client retrying with its own Idempotency-Key until it gets its 202, while the
/// app is killed with SIGKILL and restarted once: exactly 500 referrals and 500 alerts.
/// </summary>
[Collection("Referral pipeline")]
public sealed class WhenTheAppIsKilledMidRun(ITestOutputHelper output)
{
    private const int Referrals = 500;

    [Fact]
    public async Task ThenEveryReferralEndsStoredOnceWithOneAlert()
    {
        var storage = (await Azurite.InstanceAsync()).ConnectionString;
        var district = ReachAreas.UniqueDistrict('K');
        var centreId = "kill-" + Guid.NewGuid().ToString("N")[..8];
        await ReachAreas.SeedAsync(storage, district, centreId);
        var port = Azurite.FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };

        var app = StartApp(storage, port);
        var accepted = 0;
        var attempts = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        async Task ClientAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Referrals)
            {
                var key = $"{centreId}-{i}";
                var form = Form(district, i);
                while (true)
                {
                    Interlocked.Increment(ref attempts);
                    try
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(form, options: ReferralJson.Options) };
                        request.Headers.Add("Idempotency-Key", key);
                        using var response = await client.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            Interlocked.Increment(ref accepted);
                            break;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                    }

                    await Task.Delay(50);
                }
            }
        }

        var clients = Enumerable.Range(0, 16).Select(_ => Task.Run(ClientAsync)).ToArray();
        await Eventually.HoldsAsync(() => Volatile.Read(ref accepted) >= Referrals / 3, TimeSpan.FromSeconds(120), "a third of the referrals are in");
        app.Kill();
        await app.WaitForExitAsync();
        var killedAt = Volatile.Read(ref accepted);
        app = StartApp(storage, port);
        try
        {
            await Task.WhenAll(clients);
            var alerts = new TableClient(storage, "StaffAlerts");
            var referrals = new TableClient(storage, ReferralStore.TableName);
            async Task<int> AlertCountAsync() => await alerts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {centreId}"), select: ["RowKey"]).CountAsync();
            async Task<int> ReferralCountAsync() => await referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"referral"} and CentreId eq {centreId}"), select: ["PartitionKey"]).CountAsync();

            await Eventually.HoldsAsync(async () => await AlertCountAsync() >= Referrals, TimeSpan.FromSeconds(120), "every referral has its alert");
            await Task.Delay(2000);

            output.WriteLine($"killed after {killedAt} accepted; {attempts} attempts for {Referrals} referrals; all alerted in {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal(Referrals, await ReferralCountAsync());
            Assert.Equal(Referrals, await AlertCountAsync());
        }
        finally
        {
            app.Kill(entireProcessTree: true);
        }
    }

    private static ReferralForm Form(string district, int i) => new()
    {
        Carer = new Carer($"Parent {i}", "father"),
        Contact = new SafeContact(ContactChannel.Sms, $"07700 9{i:D5}", null, null, true),
        Children = [new ChildAge(new DateOnly(2025, 1, 1), null)],
        Postcode = $"{district} 2AB",
        HopesFor = "Stay and play",
        Source = ReferralSource.Self,
        Consent = new Consent(true, false, null, "2026-11"),
    };

    private static Process StartApp(string storage, int port)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(Azurite.RepositoryRoot(), "functions", "bin", configuration, "net10.0", "FrontDoor.Functions.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in LocalTriggers.Only("ProcessReferral", "DeliverStaffAlert"))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["AzureWebJobsStorage"] = storage;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Privacy__Secret"] = "a-test-privacy-secret-that-is-long-enough";
        start.Environment["PublicEdge__PermitLimit"] = "100000";
        start.Environment["AzureFunctionsJobHost__extensions__queues__maxPollingInterval"] = "00:00:00.100";
        start.Environment["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:00";
        // A message held by the killed process comes back after this, not the real host's 10 minutes.
        start.Environment["AzureFunctionsJobHost__extensions__queues__processingVisibility"] = "00:00:05";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
