using FrontDoor.Functions.Staff;

namespace FrontDoor.Functions.StaffAlerts;

public static class StaffAlertsRegistration
{
    public static WebApplicationBuilder AddStaffAlerts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section);
        services.AddSingleton<StaffIdentity>();
        services.AddOptions<StaffInboxOptions>().BindConfiguration(StaffInboxOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddSingleton<StaffInboxes>();
        services.AddSingleton<IStaffMailer, SmtpStaffMailer>();
        services.AddSingleton<StaffAlertStore>();
        services.AddSingleton<StaffAlertDelivery>();
        services.AddSingleton<AlertEscalation>();
        return builder;
    }
}
