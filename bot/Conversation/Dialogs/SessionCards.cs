using System.Text.Json.Nodes;
using FrontDoor.Bot.Protocol;
using static FrontDoor.Bot.Protocol.AdaptiveCards;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>
/// Adaptive Cards for search results and booking confirmations. Every word comes from the resource
/// files; every button answers with the same words as the matching suggested action, so tapping it
/// is the same as typing it.
/// </summary>
public static class SessionCards
{
    public static JsonObject Results(TurnContext context, IReadOnlyList<SessionOccurrence> found, string fallbackText)
    {
        var body = new List<JsonNode> { TextBlock(context.T("find.results"), weight: "Bolder", size: "Medium") };
        foreach (var (session, index) in found.Select((s, i) => (s, i)))
        {
            var items = new List<JsonNode>
            {
                // No "1." before the title: card text is markdown, where that starts a list numbered afresh.
                TextBlock(session.Title, weight: "Bolder"),
                FactSet([
                    (context.T("card.when"), SessionText.When(context, session.LocalStart)),
                    (context.T("card.where"), session.Venue),
                    (context.T("card.places"), SessionText.Places(context, session)),
                ]),
            };
            if (!session.IsDropIn)
            {
                var book = context.T("find.book-n", index + 1);
                items.Add(ActionSet([ReplyAction(book, book)]));
            }

            body.Add(Container(items, separator: true));
        }

        if (found.Any(s => s.IsDropIn))
        {
            body.Add(TextBlock(context.T("find.drop-in-explained")));
        }

        return Localised(context, Card(body, [Reply(context, "menu.find-another"), Reply(context, "menu.main")]), fallbackText);
    }

    public static JsonObject Booked(TurnContext context, SessionOccurrence session, string reference, int children, string fallbackText)
    {
        var body = new List<JsonNode>
        {
            TextBlock(context.T("card.booked"), weight: "Bolder", size: "Medium"),
            FactSet([
                (context.T("card.reference"), reference),
                (context.T("card.group"), session.Title),
                (context.T("card.when"), SessionText.When(context, session.LocalStart)),
                (context.T("card.where"), session.Venue),
                (context.T("card.children"), children.ToString(context.Text.Culture)),
            ]),
            TextBlock(context.T("card.booked.reminder")),
        };
        return Localised(context, Card(body, [Reply(context, "menu.my-bookings"), Reply(context, "menu.main")]), fallbackText);
    }

    private static JsonObject Reply(TurnContext context, string choiceKey)
    {
        var title = context.T(choiceKey);
        return ReplyAction(title, title);
    }

    /// <summary>The card's language and direction, and the text a client shows if it cannot draw the card.</summary>
    private static JsonObject Localised(TurnContext context, JsonObject card, string fallbackText)
    {
        card["lang"] = BotLanguages.Locale(context.State.Language);
        card["fallbackText"] = fallbackText;
        if (BotLanguages.IsRightToLeft(context.State.Language))
        {
            card["rtl"] = true;
        }

        return card;
    }
}
