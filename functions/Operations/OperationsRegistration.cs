namespace FrontDoor.Functions.Operations;

public static class OperationsRegistration
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<PoisonMonitor>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        builder.Services.AddSingleton<DataRetention>();
        builder.Services.AddSingleton<FamilyErasure>();
        builder.Services.AddSingleton<RetentionSweep>();
        return builder;
    }
}
