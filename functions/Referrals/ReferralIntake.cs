using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontDoor.Functions.Storage;

namespace FrontDoor.Functions.Referrals;

public enum IntakeOutcome
{
    Accepted,
    AlreadyAccepted,
    KeyReusedForADifferentReferral,
}

public sealed record IntakeResult(IntakeOutcome Outcome, string ReferralId, string Reference);

/// <summary>
/// Accepts a referral at once and never loses it: the stored referral is the outbox. Its queue
/// message is sent after it is stored; a retry with the same idempotency key (or the relay timer)
/// sends it again if the first try died in between, and processing is idempotent on the id.
/// </summary>
public sealed partial class ReferralIntake(ReferralStore store, StorageClients storage, TimeProvider time, ILogger<ReferralIntake> logger)
{
    public const string QueueName = "referrals";

    /// <summary><paramref name="contactProven"/>: the sender proved it holds the form's mobile or email.</summary>
    public async Task<IntakeResult> SubmitAsync(ReferralForm form, string? idempotencyKey, bool contactProven, CancellationToken cancellationToken)
    {
        var referralId = idempotencyKey is null ? "r" + Guid.NewGuid().ToString("N") : "r" + Hash(idempotencyKey)[..32];
        var requestHash = Hash(JsonSerializer.Serialize(form, ReferralJson.Options));

        while (true)
        {
            var existing = await store.GetAsync(referralId, cancellationToken);
            if (existing is not null)
            {
                if (existing.RequestHash != requestHash)
                {
                    return new IntakeResult(IntakeOutcome.KeyReusedForADifferentReferral, referralId, existing.Reference);
                }

                await store.TryReserveReferenceAsync(existing.Reference, referralId, cancellationToken);
                if (!existing.Enqueued)
                {
                    await SendAsync(referralId, cancellationToken);
                }

                return new IntakeResult(IntakeOutcome.AlreadyAccepted, referralId, existing.Reference);
            }

            var reference = await ReserveReferenceAsync(referralId, cancellationToken);
            var now = time.GetUtcNow();
            var referral = new Referral
            {
                ReferralId = referralId,
                Reference = reference,
                Form = form,
                RequestHash = requestHash,
                SubmittedAt = now,
                LastActivityAt = now,
                ContactProven = contactProven,
            };
            if (await store.TryAddAsync(referral, cancellationToken))
            {
                await SendAsync(referralId, cancellationToken);
                LogAccepted(logger, referralId, reference);
                return new IntakeResult(IntakeOutcome.Accepted, referralId, reference);
            }

            // A concurrent retry with the same key stored it first: answer as that one did.
        }
    }

    /// <summary>Sends the queue message for a stored referral and records that it was sent.</summary>
    public async Task SendAsync(string referralId, CancellationToken cancellationToken)
    {
        var queue = await storage.GetSenderAsync(QueueName, cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(new ReferralSubmitted(referralId), ReferralJson.Options), cancellationToken);
        await store.MarkEnqueuedAsync(referralId, cancellationToken);
    }

    private async Task<string> ReserveReferenceAsync(string referralId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = ReferralReference.New();
            if (await store.TryReserveReferenceAsync(reference, referralId, cancellationToken))
            {
                return reference;
            }
        }
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [LoggerMessage(LogLevel.Information, "Referral {ReferralId} accepted as {Reference}")]
    private static partial void LogAccepted(ILogger logger, string referralId, string reference);
}
