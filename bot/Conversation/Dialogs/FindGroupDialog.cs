using System.Globalization;

namespace FrontDoor.Bot.Conversation.Dialogs;

/// <summary>Find a group: the child's age (or due date), postcode and when; then sessions with places.</summary>
public sealed class FindGroupDialog(DialogSet dialogs) : Dialog(dialogs)
{
    /// <summary>The most sessions one answer lists: more is too much to read on a phone.</summary>
    public const int MaxShown = 8;

    private static readonly string[] AgeChoices = ["find.age.under-1", "find.age.1", "find.age.2", "find.age.3", "find.age.4", "find.age.expecting"];
    private static readonly string[] WhenChoices = ["find.when.week", "find.when.fortnight", "find.when.month"];

    public override string Id => DialogIds.FindGroup;

    public override string HelpKey => "help.find-group";

    public override IReadOnlyList<DialogStep> Steps =>
    [
        new("age", Prompt("find.age", AgeChoices), AnswerAge),
        new("due", Prompt("find.due"), AnswerDue, Skip: c => !c.Values.ContainsKey("expecting")),
        new("postcode", Prompt("find.postcode"), AnswerPostcode),
        new("when", Prompt("find.when", WhenChoices), AnswerWhen),
        new("results", ShowResultsAsync, AnswerResultsAsync),
    ];

    protected override Task CompleteAsync(TurnContext context) => Task.CompletedTask;

    private static Task<StepOutcome> AnswerAge(TurnContext context, string answer)
    {
        if (context.Chosen(answer, "find.age.expecting") is not null)
        {
            context.Values["expecting"] = "yes";
            return Next;
        }

        context.Values.Remove("expecting");
        var months = context.Chosen(answer, "find.age.under-1") is not null ? 6 : Answers.AgeInMonths(answer, context.Text);
        if (months is null)
        {
            context.SayKey("find.age.retry");
            return Retry;
        }

        context.Values["months"] = months.Value.ToString(CultureInfo.InvariantCulture);
        return Next;
    }

    private static Task<StepOutcome> AnswerDue(TurnContext context, string answer)
    {
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        if (Answers.Date(answer, context.Text.Culture) is not { } due || due < today.AddDays(-14) || due > today.AddMonths(10))
        {
            context.SayKey("find.due.retry");
            return Retry;
        }

        context.Values["due"] = due.ToString("O", CultureInfo.InvariantCulture);
        return Next;
    }

    private static Task<StepOutcome> AnswerPostcode(TurnContext context, string answer)
    {
        if (Answers.Postcode(answer) is not { } postcode)
        {
            context.SayKey("find.postcode.retry");
            return Retry;
        }

        context.Values["postcode"] = postcode;
        return Next;
    }

    private static Task<StepOutcome> AnswerWhen(TurnContext context, string answer)
    {
        var days = context.Chosen(answer, WhenChoices) switch
        {
            "find.when.week" => 7,
            "find.when.fortnight" => 14,
            "find.when.month" => 28,
            _ => 0,
        };
        if (days == 0)
        {
            context.SayKey("find.when.retry");
            return Retry;
        }

        context.Values["days"] = days.ToString(CultureInfo.InvariantCulture);
        return Next;
    }

    private static async Task ShowResultsAsync(TurnContext context)
    {
        var search = new SessionSearch(
            new ChildAgeQuery(
                context.Values.TryGetValue("months", out var m) ? int.Parse(m, CultureInfo.InvariantCulture) : null,
                context.Values.TryGetValue("due", out var d) ? DateOnly.ParseExact(d, "O", CultureInfo.InvariantCulture) : null),
            context.Values["postcode"],
            int.Parse(context.Values["days"], CultureInfo.InvariantCulture));
        var found = (await context.Services.Groups.SearchAsync(search, context.CancellationToken)).Take(MaxShown).ToList();
        context.Values["results"] = string.Join('|', found.Select(s => s.Id));
        if (found.Count == 0)
        {
            context.SayKey("find.none", ["menu.find-another", "menu.main"]);
            return;
        }

        var lines = found.Select((s, i) => $"{i + 1}. {SessionText.Describe(context, s)}");
        var list = context.Say(context.T("find.results") + "\n\n" + string.Join("\n\n", lines));
        context.AttachCard(list, () => SessionCards.Results(context, found, list.Text!));
        var choices = found.Select((s, i) => (s, i)).Where(x => !x.s.IsDropIn).Select(x => context.T("find.book-n", x.i + 1)).ToList();
        if (found.Any(s => s.IsDropIn))
        {
            context.SayKey("find.drop-in-explained");
        }

        context.Say(context.T(choices.Count > 0 ? "find.choose" : "find.choose-none"), [.. choices, context.T("menu.find-another"), context.T("menu.main")]);
    }

    private async Task<StepOutcome> AnswerResultsAsync(TurnContext context, string answer)
    {
        var ids = context.Values.GetValueOrDefault("results", "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        var titles = ids.Select((_, i) => context.T("find.book-n", i + 1)).ToList();
        var index = context.Services.Recogniser.Choose(answer, titles, context.Text);
        if (index >= 0)
        {
            var values = new Dictionary<string, string> { ["occurrence"] = ids[index] };
            foreach (var carried in (string[])["months", "due"])
            {
                if (context.Values.TryGetValue(carried, out var value))
                {
                    values[carried] = value;
                }
            }

            await Dialogs.StartAsync(context, DialogIds.Book, values);
            return StepOutcome.Moved;
        }

        switch (context.Chosen(answer, "menu.find-another", "menu.main"))
        {
            case "menu.find-another":
                await Dialogs.StartAsync(context, DialogIds.FindGroup);
                return StepOutcome.Moved;
            case "menu.main":
                await Dialogs.ShowMenuAsync(context);
                return StepOutcome.Moved;
        }

        context.SayKey("find.choose.retry");
        return StepOutcome.Retry;
    }

    private static Task<StepOutcome> Next => Task.FromResult(StepOutcome.Next);

    private static Task<StepOutcome> Retry => Task.FromResult(StepOutcome.Retry);
}

/// <summary>How a session is described in a message.</summary>
public static class SessionText
{
    public static string When(TurnContext context, DateTime localStart) =>
        localStart.ToString(context.T("format.when"), context.Text.Culture);

    public static string Places(TurnContext context, SessionOccurrence session) => session.IsDropIn
        ? context.T("find.drop-in")
        : session.PlacesLeft > 0 ? context.T("find.places", session.PlacesLeft) : context.T("find.full");

    public static string Describe(TurnContext context, SessionOccurrence session) =>
        context.T("find.session", session.Title, When(context, session.LocalStart), session.Venue, Places(context, session));
}
