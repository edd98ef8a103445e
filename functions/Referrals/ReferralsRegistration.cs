using FrontDoor.Bot.Safety;

namespace FrontDoor.Functions.Referrals;

public static class ReferralsRegistration
{
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // RiskMatcher also has a constructor taking rules; DI would pick it with no rules at all.
        services.AddSingleton<IRiskMatcher>(_ => new RiskMatcher());
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<ReferralFormValidator>();
        services.AddSingleton<ReferralIntake>();
        services.AddSingleton<ReferralProcessor>();
        services.AddOptions<RoutingOptions>().BindConfiguration("Routing");
        services.AddSingleton<ICentreRouter, CatalogueCentreRouter>();
        services.AddSingleton<IReferralFamilies, DirectoryReferralFamilies>();
        return builder;
    }
}
