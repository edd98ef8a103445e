namespace FrontDoor.Functions.Sessions;

/// <summary>The kinds of group the demo council runs, with plain-English words for parents.</summary>
public static class DemoSessionKinds
{
    public sealed record Kind(string Title, string Description, AgeBand Band, SessionMode Mode, int Places, int MaxChildren, int Creche, string Facilitator, int Minutes);

    public static readonly IReadOnlyDictionary<string, Kind> All = new Dictionary<string, Kind>
    {
        ["stay-and-play"] = new("Stay and Play", "Play, songs and a chat with other parents. Toys, messy play and a healthy snack for your child.", new(0, 60), SessionMode.Bookable, 16, 3, 0, "Early years practitioner", 90),
        ["baby-massage"] = new("Baby Massage", "Learn gentle massage to soothe your baby and help them sleep. Bring a towel. For babies from 6 weeks until they crawl.", AgeBand.ZeroToOne, SessionMode.Bookable, 10, 1, 0, "Health visitor team", 60),
        ["tiny-tots"] = new("Tiny Tots", "Active play for toddlers: climbing, balls and parachute games.", new(12, 48), SessionMode.Bookable, 16, 3, 0, "Early years practitioner", 90),
        ["bumps-2-babies"] = new("Bumps 2 Babies", "For young parents aged 24 and under, during pregnancy and the first year. Meet others, ask anything, have a brew.", new(AgeBand.PregnancyStart, 12), SessionMode.Bookable, 12, 2, 0, "Family support worker", 120),
        ["musical-minis"] = new("Musical Minis", "Singing, rhymes and simple instruments for little ones and their grown-ups.", new(0, 48), SessionMode.Bookable, 14, 2, 0, "Early years practitioner", 45),
        ["walkers-to-talkers"] = new("Walkers to Talkers", "Play and chat that helps your toddler's first words. Tips you can use at home.", new(12, 36), SessionMode.Bookable, 12, 2, 0, "Speech and language assistant", 60),
        ["breastfeeding-cafe"] = new("Breastfeeding Café", "Friendly feeding help over a cuppa, before and after your baby arrives. Just come along.", new(AgeBand.PregnancyStart, 24), SessionMode.DropIn, 20, 2, 0, "Infant feeding peer supporter", 90),
        ["dads-group"] = new("Dads' Group", "Saturday play for dads, granddads and male carers with their children. Breakfast butties included.", new(0, 96), SessionMode.Bookable, 12, 3, 0, "Family support worker", 120),
        ["esol-creche"] = new("English for Parents (ESOL) with crèche", "Learn everyday English with other parents while your child plays in our crèche next door.", new(AgeBand.PregnancyStart, 60), SessionMode.Bookable, 12, 2, 10, "ESOL tutor", 120),
        ["jobcentre-dropin"] = new("Jobcentre Plus drop-in", "Talk to a work coach about jobs, training and childcare costs. Children welcome. Just come along.", new(AgeBand.PregnancyStart, 216), SessionMode.DropIn, 10, 4, 0, "Jobcentre Plus work coach", 120),
        ["housing-dropin"] = new("Housing advice drop-in", "Help with housing, bills and benefits. Children welcome. Just come along.", new(AgeBand.PregnancyStart, 216), SessionMode.DropIn, 10, 4, 0, "Council housing officer", 120),
        ["freedom-programme"] = new("Freedom Programme", "A 12-week group for women affected by domestic abuse. By referral only.", new(AgeBand.PregnancyStart, 216), SessionMode.ReferralOnly, 10, 4, 8, "Domestic abuse practitioner", 150),
    };
}
