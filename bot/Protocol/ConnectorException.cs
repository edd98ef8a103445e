using System.Net;

namespace FrontDoor.Bot.Protocol;

/// <summary>A Bot Connector or token endpoint call failed. Messages carry status codes only, never content.</summary>
public sealed class ConnectorException(string message, HttpStatusCode? statusCode = null) : Exception(message)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
