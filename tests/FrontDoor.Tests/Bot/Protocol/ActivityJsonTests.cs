using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Bot.Protocol;

namespace FrontDoor.Tests.Bot.Protocol;

public class WhenAnActivityIsReadAndWrittenBack
{
    // Characters outside the Basic Multilingual Plane (emoji) are written as \u escapes, which is the
    // same JSON but not the same bytes; the semantic test below covers them.
    // Canonical property order (modelled fields in declaration order, then unknown ones), UTC timestamp
    // with seven fractional digits as channels send it: written back, it must be the very same bytes.
    private const string CanonicalActivity =
        """{"type":"message","id":"act-1","timestamp":"2030-01-01T09:15:30.1234567Z","localTimestamp":"2030-01-01T10:15:30.1234567+01:00","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/","from":{"id":"29:user","name":"Parent","role":"user","aadObjectId":"aad-1"},"recipient":{"id":"28:bot","name":"Front Door","role":"bot"},"conversation":{"id":"a:conv;messageid=1","isGroup":false,"tenantId":"tenant-1","conversationType":"personal"},"text":"Any groups on Tuesday?","textFormat":"plain","locale":"en-GB","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"<b>Café</b> & more"}]},"name":"card"}],"suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"yes","image":"https://example.test/y.png"}]},"channelData":{"tenant":{"id":"tenant-1"},"nested":[1,2.50,{"deep":null}],"html":"<i>x</i>+1","unicode":"Łódź Caerdydd"},"entities":[{"type":"clientInfo","locale":"en-GB","timezone":"Europe/London"}],"value":{"choice":"tuesday"},"name":"submit","localTimezone":"Europe/London","callerId":"urn:botframework:azure","futureField":{"anything":[true,false]}}""";

    [Fact]
    public void ThenACanonicalActivityComesBackByteForByte()
    {
        var activity = Activity.FromJson(CanonicalActivity);

        Assert.Equal(CanonicalActivity, activity.ToJson());
    }

    [Fact]
    public void ThenUnknownFieldsAtEveryLevelAndChannelDataSurviveWhereverTheyAppear()
    {
        const string original = """
            {
              "futureTopLevel": {"a": [1, "two", null]},
              "type": "message",
              "channelData": {"clientActivityID": "x-1", "postBack": true, "odd key": {"n": -0.5e3}, "emoji": "😀 \u00e9"},
              "from": {"aadObjectId": "aad-1", "id": "user-1"},
              "conversation": {"conversationType": "personal", "id": "conv-1"},
              "attachments": [{"thumbnailUrl": "https://example.test/t.png", "contentType": "image/png"}],
              "suggestedActions": {"actions": [{"type": "imBack", "title": "Yes", "value": "yes", "image": "i.png"}]},
              "id": "act-2"
            }
            """;

        var written = Activity.FromJson(original).ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)), written);
        using var document = JsonDocument.Parse(written);
        Assert.Equal(
            JsonSerializer.Serialize(JsonDocument.Parse(original).RootElement.GetProperty("channelData")),
            JsonSerializer.Serialize(document.RootElement.GetProperty("channelData")));
    }

    [Fact]
    public void ThenModelledFieldsAreReadAndUnknownOnesKept()
    {
        var activity = Activity.FromJson(CanonicalActivity);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 9, 15, 30, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("a:conv;messageid=1", activity.Conversation!.Id);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal("tenant-1", activity.Conversation.TenantId);
        Assert.Equal("yes", activity.SuggestedActions!.Actions[0].Value!.Value.GetString());
        Assert.Equal("aad-1", activity.From!.ExtensionData!["aadObjectId"].GetString());
        Assert.Equal("Europe/London", activity.ExtensionData!["localTimezone"].GetString());
    }

    [Fact]
    public void ThenNullFieldsAreLeftOutAndNamesAreCamelCase()
    {
        var json = new Activity { Type = ActivityTypes.Typing, ChannelId = "webchat", Conversation = new() { Id = "c" } }.ToJson();

        Assert.Equal("""{"type":"typing","channelId":"webchat","conversation":{"id":"c"}}""", json);
    }
}

public class WhenReplyingToAnActivity
{
    private static Activity Incoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ChannelId = "webchat",
        ServiceUrl = "https://webchat.botframework.com/",
        From = new() { Id = "user-1", Name = "Parent", Role = RoleTypes.User },
        Recipient = new() { Id = "bot-1", Name = "Front Door", Role = RoleTypes.Bot },
        Conversation = new() { Id = "conv-1", TenantId = "t" },
        Locale = "cy-GB",
        Text = "hello",
        ChannelData = JsonDocument.Parse("""{"x":1}""").RootElement,
    };

    [Fact]
    public void ThenSenderAndRecipientSwapAndTheReplyPointsAtTheIncomingActivity()
    {
        var incoming = Incoming();

        var reply = incoming.CreateReply("Croeso");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Croeso", reply.Text);
        Assert.Equal(("bot-1", "Front Door", RoleTypes.Bot), (reply.From!.Id, reply.From.Name, reply.From.Role));
        Assert.Equal(("user-1", "Parent", RoleTypes.User), (reply.Recipient!.Id, reply.Recipient.Name, reply.Recipient.Role));
        Assert.Equal("incoming-1", reply.ReplyToId);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Equal("t", reply.Conversation.TenantId);
        Assert.Equal("https://webchat.botframework.com/", reply.ServiceUrl);
        Assert.Equal("webchat", reply.ChannelId);
        Assert.Equal("cy-GB", reply.Locale);
        Assert.Null(reply.ChannelData);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void ThenTheReplyDoesNotShareAccountsWithTheIncomingActivity()
    {
        var incoming = Incoming();

        var reply = incoming.CreateReply("hi");
        reply.Conversation!.Id = "changed";
        reply.From!.Name = "changed";

        Assert.Equal("conv-1", incoming.Conversation!.Id);
        Assert.Equal("Front Door", incoming.Recipient!.Name);
    }
}

public class WhenSendingAnAdaptiveCard
{
    [Fact]
    public void ThenTheAttachmentCarriesTheAdaptiveContentTypeAndTheCardJson()
    {
        var card = AdaptiveCards.Card(
            [AdaptiveCards.TextBlock("Stay and Play", weight: "Bolder"), AdaptiveCards.FactSet([("When", "Tue 10:00")])],
            [AdaptiveCards.SubmitAction("Book", new JsonObject { ["action"] = "book", ["sessionId"] = "s-1" })]);

        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [AdaptiveCards.ToAttachment(card)] };
        var written = JsonNode.Parse(reply.ToJson())!["attachments"]![0]!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)written["contentType"]);
        var content = written["content"]!;
        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        Assert.Equal("1.5", (string?)content["version"]);
        Assert.Equal("Stay and Play", (string?)content["body"]![0]!["text"]);
        Assert.Equal("Tue 10:00", (string?)content["body"]![1]!["facts"]![0]!["value"]);
        Assert.Equal("Action.Submit", (string?)content["actions"]![0]!["type"]);
        Assert.Equal("s-1", (string?)content["actions"]![0]!["data"]!["sessionId"]);
    }

    [Fact]
    public void ThenSuggestedActionsAreImBackButtons()
    {
        var activity = new Activity { SuggestedActions = new() { Actions = [CardAction.ImBack("Yes please", "yes")] } };

        Assert.Equal(
            """{"suggestedActions":{"actions":[{"type":"imBack","title":"Yes please","value":"yes"}]}}""",
            activity.ToJson());
    }
}
