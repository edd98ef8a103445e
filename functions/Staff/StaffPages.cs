using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// The dashboard pages (plain HTML and small scripts from wwwroot/staff, copied from Staff/Pages at
/// build) and, in Development only, a sign-in page listing the configured staff.
/// </summary>
public static class StaffPages
{
    public const string DevelopmentCookie = "dev-staff";
    private static readonly string[] Pages = ["alerts", "sessions", "reach"];

    public static WebApplication MapStaffPages(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot", "staff");
        foreach (var page in Pages)
        {
            app.MapGet("/staff/" + page, () => TypedResults.PhysicalFile(Path.Combine(root, page + ".html"), "text/html; charset=utf-8"));
        }

        app.MapGet("/staff", () => TypedResults.Redirect("/staff/alerts"));
        app.MapGet("/staff/dev-sign-in", (IHostEnvironment environment, IOptions<StaffOptions> options, StaffIdentity identity) =>
            environment.IsDevelopment() && !identity.BehindAppService
                ? Results.Content(SignInPage(options.Value.Members), "text/html; charset=utf-8")
                : Results.NotFound());
        app.MapPost("/staff/dev-sign-in", async (HttpContext context, IHostEnvironment environment, IOptions<StaffOptions> options, StaffIdentity identity) =>
        {
            if (!environment.IsDevelopment() || identity.BehindAppService)
            {
                return Results.NotFound();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var member = options.Value.Members.FirstOrDefault(m => m.Id == form["staffId"].ToString());
            if (member is null)
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(DevelopmentCookie, member.Id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            var centre = member.Centres.FirstOrDefault() ?? "";
            return Results.Redirect("/staff/alerts?centre=" + Uri.EscapeDataString(centre));
        });
        return app;
    }

    private static string SignInPage(IEnumerable<StaffMember> members)
    {
        var rows = new StringBuilder();
        foreach (var m in members)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <li><form method="post" action="/staff/dev-sign-in"><input type="hidden" name="staffId" value="{WebUtility.HtmlEncode(m.Id)}">
                <button type="submit">Sign in as {WebUtility.HtmlEncode(m.Name)}</button> <span class="muted">{m.Role}{(m.Centres.Count > 0 ? ", " + WebUtility.HtmlEncode(string.Join(", ", m.Centres)) : "")}</span></form></li>
                """);
        }

        return $"""
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Development sign-in - Staff dashboard</title><link rel="stylesheet" href="/staff/staff.css"></head>
            <body><header class="banner"><p class="brand">Children's centres: staff</p></header>
            <main id="main"><h1>Development sign-in</h1>
            <p>This page exists only on a development machine. Choose a member of staff to act as.</p>
            <ul class="signin">{rows}</ul></main></body></html>
            """;
    }
}
