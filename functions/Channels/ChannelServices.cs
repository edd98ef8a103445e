using FrontDoor.Bot.Protocol;
using FrontDoor.Functions.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Channels;

public static class ChannelServices
{
    /// <summary>The Bot Connector (authentication, replies) and the app's own Direct Line channel.</summary>
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpClient("bot-metadata");
        services.AddHttpClient("bot-connector");
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration("Bot");
        services.AddOptions<ConnectorClientOptions>().BindConfiguration("Bot");
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton(sp => new BotConnectorAuthenticator(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("bot-metadata"),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>()));
        services.AddSingleton(sp => new ConnectorTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("bot-connector"),
            sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("bot-connector"),
            sp.GetRequiredService<ConnectorTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>()));
        builder.AddDirectLine();
        return builder;
    }
}
