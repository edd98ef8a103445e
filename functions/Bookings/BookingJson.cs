using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Functions.Bookings;

/// <summary>JSON for the booking API: web names, enums as camelCase strings.</summary>
public static class BookingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IResult Ok<T>(T value, int status = StatusCodes.Status200OK) => TypedResults.Json(value, Options, statusCode: status);

    /// <summary>The body as T, or a problem naming what is wrong with it.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await request.ReadFromJsonAsync<T>(Options, cancellationToken);
            return value is null ? (null, BookingProblems.Invalid(new() { ["body"] = ["Send the details as JSON."] })) : (value, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            var path = (e as JsonException)?.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : "body";
            return (null, BookingProblems.Invalid(new() { [path] = ["This is not in the expected form."] }));
        }
    }

    public static string Route(HttpRequest request, string name) => request.RouteValues[name] as string ?? "";
}
