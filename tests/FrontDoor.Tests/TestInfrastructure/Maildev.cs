using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Tests.TestInfrastructure;

/// <summary>A real SMTP catcher (maildev from infra/local) whose REST API shows what was sent.</summary>
public sealed class Maildev
{
    private static readonly Lazy<Task<Maildev>> Shared = new(StartAsync);
    private static Process? process;
    private readonly HttpClient web;

    private Maildev(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        web = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public int SmtpPort { get; }

    public static Task<Maildev> InstanceAsync() => Shared.Value;

    public Dictionary<string, string> Settings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = SmtpPort.ToString(),
        ["Smtp:Security"] = "None",
    };

    public sealed record Email(string Subject, string Text, IReadOnlyList<string> To);

    public async Task<IReadOnlyList<Email>> EmailsToAsync(string address)
    {
        var all = await web.GetFromJsonAsync<JsonArray>("api/email") ?? [];
        return all
            .Select(e => new Email(
                (string?)e!["subject"] ?? "",
                (string?)e["text"] ?? "",
                e["envelope"]!["to"]!.AsArray().Select(t => (string?)t!["address"] ?? "").ToList()))
            .Where(e => e.To.Contains(address, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }

    private static async Task<Maildev> StartAsync()
    {
        var executable = Path.Combine(Azurite.RepositoryRoot(), "infra", "local", "node_modules", ".bin", "maildev");
        var (smtp, webPort) = (Azurite.FreePort(), Azurite.FreePort());
        process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--ip", "127.0.0.1", "--smtp", smtp.ToString(), "--web", webPort.ToString(), "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("maildev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        };

        var maildev = new Maildev(smtp, webPort);
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await maildev.web.GetStringAsync("api/healthz");
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), "maildev answers");
        return maildev;
    }
}
