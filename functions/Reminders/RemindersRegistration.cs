using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Notifications;

namespace FrontDoor.Functions.Reminders;

public static class RemindersRegistration
{
    /// <summary>Reminders, confirmations, offers and cancellations to families, over Notify (SMS, email) and chat.</summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddOptions<NotifyOptions>().BindConfiguration(NotifyOptions.Section);
        services.AddSingleton<RemindersTable>();
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton<SentLedger>();
        services.AddSingleton<OptOuts>();
        services.AddSingleton<IOptOuts>(sp => sp.GetRequiredService<OptOuts>());
        services.AddSingleton<ChatAddressBook>();
        services.AddSingleton<IChatAddressBook>(sp => sp.GetRequiredService<ChatAddressBook>());
        services.AddSingleton<INotificationChannel, NotifySmsChannel>();
        services.AddSingleton<INotificationChannel, NotifyEmailChannel>();
        services.AddSingleton<INotificationChannel, ChatChannel>();
        services.AddHostedService<NotifyStartupCheck>();
        services.AddSingleton<DueReminderDispatcher>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<FamilyNotifications>();
        services.AddSingleton<IBookingNotifications>(sp => sp.GetRequiredService<FamilyNotifications>());
        return builder;
    }
}
