using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Tests.Channels;

/// <summary>Speaks Direct Line 3.0 over real HTTP, as Web Chat's polling client does.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    public string? Watermark { get; private set; }

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var generated = await Json(await http.PostAsync("/v3/directline/tokens/generate", null));
        client.ConversationId = (string)generated["conversationId"]!;
        client.Token = (string)generated["token"]!;
        using var start = client.Request(HttpMethod.Post, "/v3/directline/conversations");
        var response = await http.SendAsync(start);
        response.EnsureSuccessStatusCode();
        return client;
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return request;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? conversationId = null, string? token = null)
    {
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities", token);
        request.Content = JsonContent.Create(activity);
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SayAsync(string text, string? clientActivityId = null) => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "dl_user", ["role"] = "user" },
        ["text"] = text,
        ["locale"] = "en-GB",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    });

    public async Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? conversationId = null, string? token = null)
    {
        var path = $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}");
        using var request = Request(HttpMethod.Get, path, token);
        return await http.SendAsync(request);
    }

    /// <summary>Activities since the last poll; moves the watermark on.</summary>
    public async Task<JsonArray> PollAsync()
    {
        var body = await Json(await GetActivitiesAsync(Watermark));
        Watermark = (string)body["watermark"]!;
        return body["activities"]!.AsArray();
    }

    public static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
