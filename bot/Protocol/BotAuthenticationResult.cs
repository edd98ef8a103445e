using System.Security.Claims;

namespace FrontDoor.Bot.Protocol;

public enum BotAuthenticationStatus
{
    Success,
    /// <summary>401: no usable token, or a token that is not a valid Bot Framework token for this bot.</summary>
    Unauthorized,
    /// <summary>403: a valid token that does not vouch for this particular activity.</summary>
    Forbidden,
}

/// <summary>Which check decided the outcome; safe to log (never contains token or message content).</summary>
public enum BotAuthenticationFailure
{
    None,
    NotConfigured,
    MissingToken,
    MalformedToken,
    InvalidSignature,
    InvalidIssuer,
    InvalidAudience,
    Expired,
    NotYetValid,
    InvalidToken,
    ChannelNotEndorsed,
    ServiceUrlMismatch,
    NotLocal,
}

public sealed record BotAuthenticationResult(
    BotAuthenticationStatus Status,
    BotAuthenticationFailure Failure,
    ClaimsIdentity? Identity,
    bool IsUnauthenticatedLocal = false)
{
    public int HttpStatusCode => Status switch
    {
        BotAuthenticationStatus.Success => 200,
        BotAuthenticationStatus.Unauthorized => 401,
        _ => 403,
    };

    public bool Succeeded => Status == BotAuthenticationStatus.Success;

    internal static BotAuthenticationResult Authenticated(ClaimsIdentity identity) =>
        new(BotAuthenticationStatus.Success, BotAuthenticationFailure.None, identity);

    internal static BotAuthenticationResult LocalWithoutToken() =>
        new(BotAuthenticationStatus.Success, BotAuthenticationFailure.None, null, IsUnauthenticatedLocal: true);

    internal static BotAuthenticationResult Unauthorized(BotAuthenticationFailure failure) =>
        new(BotAuthenticationStatus.Unauthorized, failure, null);

    internal static BotAuthenticationResult Forbidden(BotAuthenticationFailure failure) =>
        new(BotAuthenticationStatus.Forbidden, failure, null);
}
