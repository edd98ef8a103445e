using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Bookings;

/// <summary>Where the app is reached from outside (section "App").</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "App";

    /// <summary>"https://families.council.example": links in messages start with it. Without it, messages carry no link.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>The link in a family's messages to see, cancel or take up one booking: /booking/{public id}.</summary>
public sealed class BookingLinks(BookingTokens tokens, IOptions<PublicSiteOptions> options)
{
    public string? For(string bookingId) =>
        options.Value.PublicBaseUrl is { Length: > 0 } site ? $"{site.TrimEnd('/')}/booking/{tokens.PublicId(bookingId)}" : null;

    /// <summary>GET /booking/{id}: the page; it reads the booking through the API with the id from its address.</summary>
    public static void MapPage(WebApplication app)
    {
        var page = Path.Combine(AppContext.BaseDirectory, "wwwroot", "booking.html");
        app.MapGet("/booking/{bookingId}", (HttpContext context) =>
        {
            // The id is the family's proof: no cache keeps the page, and no referrer carries the address on.
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.PhysicalFile(page, "text/html; charset=utf-8");
        });
    }
}
