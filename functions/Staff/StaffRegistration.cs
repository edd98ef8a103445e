using FrontDoor.Functions.Bookings;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Reach;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

public static class StaffRegistration
{
    /// <summary>The staff dashboard: role and centre checks, demo staff in Development, alert notes, session editing and reach figures.</summary>
    public static WebApplicationBuilder AddStaffDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPostConfigureOptions<StaffOptions>, DemoStaff>();
        services.AddSingleton<StaffGate>();
        services.AddSingleton<AlertNoteStore>();
        services.AddSingleton<SessionEditor>();
        services.TryAddSingleton<ConsentWithdrawals>();
        services.Replace(ServiceDescriptor.Singleton<IStaffAccess, CentreStaffAccess>());
        builder.AddReach();
        return builder;
    }
}
