using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Notifications;

/// <summary>A message ready to send: its text in the family's language and the same facts as Notify personalisation.</summary>
public sealed record OutgoingMessage(string Kind, string Language, string Text, IReadOnlyDictionary<string, string> Personalisation, string Reference);

/// <summary>One way of reaching a family (SMS, email, chat). Sends or throws; never sends twice by itself.</summary>
public interface INotificationChannel
{
    ContactChannel Channel { get; }

    /// <summary>False when the channel is not configured, or the family has no address on it.</summary>
    Task<bool> CanReachAsync(Family family, CancellationToken cancellationToken);

    Task SendAsync(Family family, OutgoingMessage message, CancellationToken cancellationToken);
}
