using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Channels;
using FrontDoor.Functions.Channels.DirectLine;
using FrontDoor.Functions.ContactProof;
using FrontDoor.Functions.Conversation;
using FrontDoor.Functions.Health;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;
using FrontDoor.Functions.Referrals;
using FrontDoor.Functions.Staff;
using FrontDoor.Functions.Reminders;
using FrontDoor.Functions.StaffAlerts;

namespace FrontDoor.Functions;

/// <summary>The composition root: one Add and one Map per area.</summary>
public static class FrontDoorApp
{
    public static FunctionCatalog Functions() => new(typeof(FrontDoorApp).Assembly);

    public static string HostJsonPath => Path.Combine(AppContext.BaseDirectory, "host.json");

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, FunctionCatalog? functions = null)
    {
        // What the Functions host reads too (the catalogue, by reflection over the app's classes, and
        // host.json) is read on other threads while the host builder is made.
        var catalog = functions is null ? Task.Run(Functions) : Task.FromResult(functions);
        var hostJson = Task.Run(() => FunctionsHostingExtensions.ReadHostJson(HostJsonPath));
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddFunctionsHosting(catalog, hostJson.GetAwaiter().GetResult());
        builder.AddPublicEdge();
        builder.AddFrontDoorTelemetry();
        builder.AddReferrals();
        builder.AddStaffAlerts();
        builder.AddOperations();
        builder.AddBookings();
        builder.AddStaffDashboard();
        builder.AddReminders();
        builder.AddContactProof();
        builder.AddConversation();
        builder.AddChannels();
        var apiDocument = builder.Configuration.GetValue("OpenApi:Enabled", builder.Environment.IsDevelopment());
        if (apiDocument)
        {
            builder.Services.AddOpenApi();
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        app.Services.GetRequiredService<StorageHealth>().StartProbing();
        app.UsePublicEdge();
        app.MapChatPage();
        app.MapStaffPages();
        app.MapDirectLine();
        app.MapContactProof();
        BookingLinks.MapPage(app);
        app.MapFunctions();
        if (apiDocument)
        {
            // Locally, or where OpenApi__Enabled is set: a public map of every route is not served by default.
            app.MapOpenApi();
        }
        return app;
    }
}
