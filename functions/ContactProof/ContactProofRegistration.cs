using FrontDoor.Bot.Conversation;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Notifications;

namespace FrontDoor.Functions.ContactProof;

public static class ContactProofRegistration
{
    /// <summary>One-time codes, sent by Notify; in Development with Notify off, to the development outbox.</summary>
    public static WebApplicationBuilder AddContactProof(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddPrivacyKeys();
        services.AddOptions<ContactProofOptions>().BindConfiguration(ContactProofOptions.Section);
        services.AddSingleton<OneTimeCodes>();
        services.AddSingleton<DevelopmentOutbox>();
        services.AddSingleton<ContactCodes>();
        services.AddSingleton<ContactProofTokens>();
        var development = builder.Environment.IsDevelopment();
        services.AddSingleton<IContactCodeSender>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotifyOptions>>().Value.IsEnabled
                ? ActivatorUtilities.CreateInstance<NotifyContactCodeSender>(sp)
                : development ? sp.GetRequiredService<DevelopmentOutbox>() : new NoContactCodeSender());
        services.AddSingleton<IContactProof, ChatContactProof>();
        return builder;
    }

    public static WebApplication MapContactProof(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            DevelopmentOutbox.Map(app);
        }

        return app;
    }
}
