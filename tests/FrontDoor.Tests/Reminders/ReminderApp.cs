using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.Sessions;
using FrontDoor.Tests.Bookings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Reminders;

/// <summary>
/// The booking app on Azurite with a controllable clock, its own reminders table and a channel that
/// records what it was asked to send. The timer and the queue function are called directly.
/// </summary>
public sealed class ReminderApp : IAsyncDisposable
{
    private ReminderApp(BookingApp bookings, FakeTimeProvider time, RecordingChannel channel)
    {
        Bookings = bookings;
        Time = time;
        Channel = channel;
    }

    public BookingApp Bookings { get; }

    public FakeTimeProvider Time { get; }

    public RecordingChannel Channel { get; }

    public IServiceProvider Services => Bookings.App.Services;

    public DueReminderDispatcher Dispatcher => Services.GetRequiredService<DueReminderDispatcher>();

    public ReminderSender Sender => Services.GetRequiredService<ReminderSender>();

    /// <summary>Starts with the clock at this London wall-clock time.</summary>
    public static Task<ReminderApp> StartAsync(DateTime londonNow, params Session[] sessions) => StartAsync(londonNow, sessions, realChat: false);

    /// <summary>
    /// As <see cref="StartAsync(DateTime, Session[])"/>, with the real chat channel (writing into the
    /// local Direct Line conversations) next to the recording one, and Direct Line tokens that outlast
    /// the test's jumps in time.
    /// </summary>
    public static Task<ReminderApp> StartWithChatAsync(DateTime londonNow, params Session[] sessions) => StartAsync(londonNow, sessions, realChat: true);

    private static async Task<ReminderApp> StartAsync(DateTime londonNow, Session[] sessions, bool realChat)
    {
        var time = new FakeTimeProvider(LondonTime.ToUtc(DateOnly.FromDateTime(londonNow), TimeOnly.FromDateTime(londonNow)));
        var channel = new RecordingChannel { Clock = time };
        var settings = new Dictionary<string, string>
        {
            ["Reminders:Table"] = "rem" + Guid.NewGuid().ToString("N")[..20],
            ["DirectLine:TokenLifetime"] = "7.00:00:00",
            ["App:PublicBaseUrl"] = "https://families.council.example/",
        };
        var bookings = await BookingApp.StartAsync(sessions, settings, b =>
        {
            b.Services.AddSingleton<TimeProvider>(time);
            b.Services.RemoveAll<ICatalogueStore>();
            b.Services.AddSingleton<ICatalogueStore, OwnCatalogueStore>();
            b.Services.RemoveAll<INotificationChannel>();
            b.Services.AddSingleton<INotificationChannel>(channel);
            if (realChat)
            {
                b.Services.AddSingleton<INotificationChannel, ChatChannel>();
            }
        });
        return new ReminderApp(bookings, time, channel);
    }

    public static Session SessionAt(DateOnly date, TimeOnly start, SessionMode mode = SessionMode.Bookable) =>
        TestSessions.Once(date, start, mode: mode);

    public void SetLondonTime(DateTime london) =>
        Time.SetUtcNow(LondonTime.ToUtc(DateOnly.FromDateTime(london), TimeOnly.FromDateTime(london)));

    public async Task<string> BookAsync(Session session, string? idempotencyKey = null, string? email = null)
    {
        var (response, body) = await Bookings.BookAsync(TestSessions.OccurrenceOf(session), email ?? BookingApp.NewEmail(), idempotencyKey: idempotencyKey);
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        Assert.Equal("confirmed", ((string)body["status"]!).ToLowerInvariant());
        // Reminders are kept under the internal booking id; the API gives the public one.
        return Bookings.InternalId((string)body["bookingId"]!);
    }

    /// <summary>Every row scheduled for the booking (a scan: fine on a test's own table).</summary>
    public async Task<IReadOnlyList<TableEntity>> ScheduledAsync(string bookingId)
    {
        var table = await Services.GetRequiredService<RemindersTable>().GetAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"BookingId eq {bookingId}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Takes this test's messages off the shared "reminders" queue (others' are left for their owners).</summary>
    public async Task<IReadOnlyList<ReminderDue>> TakeQueuedAsync(string bookingId, int atLeast = 1)
    {
        var queue = Bookings.App.Queue(ReminderDue.Queue);
        await queue.CreateIfNotExistsAsync();
        var taken = new List<ReminderDue>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1))).Value;
            foreach (var message in batch)
            {
                var due = JsonSerializer.Deserialize<ReminderDue>(message.Body.ToString(), FunctionInvoker.Json)!;
                if (due.BookingId == bookingId)
                {
                    taken.Add(due);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
            }

            if (taken.Count >= atLeast && batch.Length == 0)
            {
                break;
            }

            if (batch.Length == 0)
            {
                await Task.Delay(100);
            }
        }

        return taken;
    }

    public ValueTask DisposeAsync() => Bookings.DisposeAsync();
}

/// <summary>
/// Each app's own sessions only: in the shared table every test's "Test Stay and Play" would show in
/// a chat search, and "Book 1" could pick another test's session.
/// </summary>
public sealed class OwnCatalogueStore : ICatalogueStore
{
    private Catalogue catalogue = Catalogue.Empty;

    public Task<Catalogue> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(catalogue);

    public Task SaveAsync(Catalogue catalogue, CancellationToken cancellationToken)
    {
        this.catalogue = catalogue;
        return Task.CompletedTask;
    }
}

/// <summary>Stands in for the email channel (the test families choose email) and records each send.</summary>
public sealed class RecordingChannel : INotificationChannel
{
    public ConcurrentQueue<(string FamilyId, OutgoingMessage Message, DateTimeOffset At)> Sent { get; } = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public bool FailNext { get; set; }

    public ContactChannel Channel => ContactChannel.Email;

    public Task<bool> CanReachAsync(Family family, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SendAsync(Family family, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (FailNext)
        {
            FailNext = false;
            throw new HttpRequestException("The provider is down.");
        }

        Sent.Enqueue((family.Id, message, Clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    public IReadOnlyList<OutgoingMessage> To(string bookingId, string kind) =>
        Sent.Where(s => bookingId.EndsWith(s.FamilyId, StringComparison.Ordinal) && s.Message.Kind == kind).Select(s => s.Message).ToList();
}
