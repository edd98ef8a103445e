using Microsoft.Extensions.FileProviders;

namespace FrontDoor.Functions.Channels;

/// <summary>
/// The chat page at "/" and its files (from wwwroot in the build output, including the Web Chat
/// bundle copied from infra/local at build time; never a CDN). The Functions host probes "/" until
/// it answers, so it is a plain file and never waits on storage.
/// </summary>
public static class ChatPage
{
    public static WebApplication MapChatPage(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=300",
        });
        app.MapGet("/", () => TypedResults.PhysicalFile(Path.Combine(root, "index.html"), "text/html; charset=utf-8"))
            .DisableRateLimiting();
        return app;
    }
}
