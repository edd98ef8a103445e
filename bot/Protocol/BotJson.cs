using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Bot.Protocol;

/// <summary>JSON settings for the Bot Framework wire format: camelCase, nulls omitted.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Bodies go to JSON APIs, never into HTML, so there is no reason to escape '<', '+' or
            // non-ASCII letters; leaving them as sent keeps pass-through fields identical to what arrived.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new ChannelTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Channels send UTC timestamps as <c>...Z</c>; System.Text.Json would write <c>+00:00</c>.
    /// Writing <c>Z</c> for UTC keeps a read-then-written activity identical to what arrived.
    /// </summary>
    private sealed class ChannelTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        {
            var text = value.Offset == TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
            writer.WriteStringValue(text);
        }
    }
}
