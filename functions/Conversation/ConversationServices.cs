using FrontDoor.Bot.Conversation;
using FrontDoor.Bot.Safety;
using FrontDoor.Functions.Families;
using FrontDoor.Functions.Referrals;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Functions.Conversation;

public static class ConversationServices
{
    /// <summary>The bot: turn handler, dialogs, recogniser, state in Tables, and the ports it calls.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotSettings>().BindConfiguration(BotSettings.Section);
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotSettings>>().Value);
        services.TryAddSingleton<IRiskMatcher>(_ => new RiskMatcher());
        services.AddHostedService<SafetyNetWarmUp>();
        services.TryAddSingleton<IRecogniser, KeywordRecogniser>();
        services.TryAddSingleton<IConversationStateStore, TableConversationStateStore>();

        services.TryAddSingleton<ReferralStore>();
        services.TryAddSingleton<ReferralFormValidator>();
        services.TryAddSingleton<ReferralIntake>();
        services.TryAddSingleton<IReferralDesk, ReferralDesk>();

        services.TryAddSingleton<IGroupFinder, CatalogueGroupFinder>();
        services.TryAddSingleton<IBookingDesk, ChatBookingDesk>();
        services.TryAddSingleton<ChatFamilies>();
        services.TryAddSingleton<IMessagePreferences, ChatMessagePreferences>();
        services.TryAddSingleton<ConsentWithdrawals>();
        services.TryAddSingleton<IConsentChoices, ChatConsentChoices>();
        services.TryAddSingleton<IFamilyRecords, ChatFamilyRecords>();

        services.AddSingleton<BotServices>();
        services.AddSingleton<DialogSet>();
        services.AddSingleton<TurnHandler>();
        return builder;
    }
}
