using FrontDoor.Functions.Families;
using FrontDoor.Functions.Sessions;

namespace FrontDoor.Functions.Bookings;

public static class BookingsRegistration
{
    /// <summary>Families, the sessions catalogue and bookings (with the demo seed when Demo:Seed is true).</summary>
    public static WebApplicationBuilder AddBookings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section);
        services.AddSingleton<IFamilyDirectory, TableFamilyDirectory>();
        services.AddSingleton<ICatalogueStore, TableCatalogueStore>();
        services.AddSingleton<CatalogueProvider>();
        services.AddSingleton<TableOccurrenceLedgerStore>();
        services.AddSingleton<IOccurrenceLedgerStore>(sp => sp.GetRequiredService<TableOccurrenceLedgerStore>());
        services.AddSingleton<IBookingNotifications, LoggingBookingNotifications>();
        services.AddSingleton<IStaffAccess, SignedInStaffAccess>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<BookingTokens>();
        services.AddSingleton<BookingEndpoint>();
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section);
        services.AddSingleton<BookingLinks>();
        services.AddSingleton<OccurrenceStaffService>();
        services.AddSingleton<SessionSearch>();
        if (builder.Configuration.GetValue("Demo:Seed", false))
        {
            services.AddHostedService<DemoCatalogueSeeder>();
        }

        return builder;
    }
}
