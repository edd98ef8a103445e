namespace FrontDoor.Functions.Reach;

public static class ReachRegistration
{
    public static WebApplicationBuilder AddReach(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReachStore>();
        builder.Services.AddSingleton<ReachProjector>();
        return builder;
    }
}
