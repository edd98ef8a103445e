using FrontDoor.Bot.Safety;

namespace FrontDoor.Functions.Referrals;

public static class ReferralsRegistration
{
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IRiskMatcher, RiskMatcher>();
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<ReferralFormValidator>();
        services.AddSingleton<ReferralIntake>();
        services.AddSingleton<ReferralProcessor>();
        services.AddOptions<RoutingOptions>().BindConfiguration("Routing");
        services.AddSingleton<ICentreRouter, ReachAreaRouter>();
        services.AddSingleton<IReferralFamilies, ContactKeyFamilies>();
        return builder;
    }
}
