using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FrontDoor.Functions.Families;

namespace FrontDoor.Functions.Bookings;

/// <summary>
/// A booking's public id: "{occurrenceId}.{token}". The token is the family id (a GUID) encrypted
/// with AES-256 for that occurrence (one block: the id XOR a hash of the occurrence id), so it is
/// 128 bits no one can guess, names no family, differs for every booking of the same family, and
/// opens without a storage read. The family receives it in its confirmation; cancel, leave the
/// waitlist and accept an offer need it. A token made up, or moved to another occurrence, opens to
/// a family id that holds no booking there.
/// </summary>
public sealed class BookingTokens(PrivacyKeys keys)
{
    private const string Use = "booking-token";

    public string PublicId(string occurrenceId, string familyId)
    {
        Span<byte> block = stackalloc byte[16];
        Guid.ParseExact(familyId, "N").TryWriteBytes(block);
        Tweak(occurrenceId, block);
        using var aes = Aes.Create();
        aes.Key = keys.KeyFor(Use);
        return occurrenceId + "." + Base64Url.EncodeToString(aes.EncryptEcb(block, PaddingMode.None));
    }

    public string PublicId(string bookingId) =>
        BookingIds.TryParse(bookingId, out var occurrenceId, out var familyId) ? PublicId(occurrenceId, familyId) : throw new ArgumentException("Not a booking id.", nameof(bookingId));

    /// <summary>The internal booking id ("{occurrenceId}.{familyId}") a public id stands for.</summary>
    public bool TryOpen(string? publicId, out string bookingId)
    {
        bookingId = "";
        var dot = publicId?.LastIndexOf('.') ?? -1;
        if (publicId is null || dot <= 0 || publicId.Length - dot - 1 != 22)
        {
            return false;
        }

        Span<byte> token = stackalloc byte[16];
        if (Base64Url.DecodeFromChars(publicId.AsSpan(dot + 1), token, out _, out var written) != System.Buffers.OperationStatus.Done || written != 16)
        {
            return false;
        }

        var occurrenceId = publicId[..dot];
        using var aes = Aes.Create();
        aes.Key = keys.KeyFor(Use);
        var block = aes.DecryptEcb(token.ToArray(), PaddingMode.None);
        Tweak(occurrenceId, block);
        bookingId = BookingIds.Format(occurrenceId, new Guid(block).ToString("N"));
        return true;
    }

    private static void Tweak(string occurrenceId, Span<byte> block)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(occurrenceId), hash);
        for (var i = 0; i < block.Length; i++)
        {
            block[i] ^= hash[i];
        }
    }
}
