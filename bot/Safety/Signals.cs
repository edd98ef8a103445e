using static FrontDoor.Bot.Safety.Concept;
using static FrontDoor.Bot.Safety.RiskCategory;

namespace FrontDoor.Bot.Safety;

/// <summary>
/// The dangers the net looks for, written over concepts so that one line covers English, Polish and
/// Urdu. Staff decide thresholds, so a signal leans towards flagging; the guards exist for the everyday
/// sentences that share its words (a bump that was fine, a toddler who hits, a first-aid course).
/// </summary>
internal static class Signals
{
    private static readonly UInt128 Adult = N(Partner, Ex, InLaws, OtherAdult);
    private static readonly UInt128 Violence = N(Hit, Hurt, Strangle, Burn, Kill, Shake, Throw, Smother, Drown);
    private static readonly UInt128 Young = N(Child, Girl, Him, Newborn);
    private static readonly UInt128 Talk = N(Hypothetical, Learning);
    private static readonly UInt128 Harmless = N(Learning, Pet, Joke, Accident, Past);
    private static readonly UInt128 NotAQuestion = N(Learning, Play, Pet, Joke);

    public static IReadOnlyList<Signal> All { get; } =
    [
        // A baby or child in a medical emergency.
        OfMedical("med.not-breathing", 4, N(Breath), N(Not, Stop, Difficulty)) with { Negatable = false, Unless = Talk | N(Minor) },
        OfMedical("med.blue", 3, N(Blue), N(Face, Turning, Breath)) with { Unless = Talk | N(Minor) },
        OfMedical("med.seizure", 12, N(Seizure)) with { Unless = Talk | N(Past, Minor) },
        OfMedical("med.unresponsive", 12, N(Unresponsive)) with { Negatable = false, Unless = Talk | N(Myself, Live, Suicide) },
        OfMedical("med.will-not-wake", 12, N(NoWake)) with { Negatable = false, Unless = Talk | N(Myself, Live, Suicide) },
        OfMedical("med.cannot-wake", 3, N(Not), N(Wake), Young | N(He)) with { Negatable = false, Unless = Talk | N(Want, Myself, Feeding) },
        OfMedical("med.swallowed", 14, N(Swallow), N(Substance, Pills), N(Child, Girl, He, Him)) with { Unless = Talk | Adult },
        OfMedical("med.swallowed-chemical", 6, N(Swallow), N(Substance)) with { Unless = Talk | Adult | N(Feeding, I) },
        OfMedical("med.head-injury", 14, N(Fall, Head), N(Vomit, Drowsy, Unresponsive, Seizure)) with { Unless = Talk },
        OfMedical("med.rash", 16, N(Rash), N(Glass, Fade), N(Not)) with { Negatable = false, Unless = Talk },
        OfMedical("med.rash-danger", 10, N(RashDanger)) with { Unless = N(Learning) },
        OfMedical("med.newborn-fever", 12, N(Newborn), N(Fever), N(Drowsy, Unresponsive, Not)) with { Negatable = false, Unless = Talk },
        OfMedical("med.dehydrated", 12, N(Dehydrated)) with { Unless = N(Learning) },
        OfMedical("med.scald", 10, N(Scald), N(Child, Girl, He, Him)) with { Unless = Talk },
        OfMedical("med.burn", 10, N(Boiling), N(Burn, Spill, Fall), Young | N(He)) with { Unless = Talk | N(Partner, Ex, Me) },
        OfMedical("med.bleeding", 6, N(Bleed), N(Quantity)) with { Negatable = false, Unless = Talk | N(Minor, SelfHarm) },
        OfMedical("med.bleeding-will-not-stop", 6, N(Bleed), N(Not), N(Stop)) with { Negatable = false, Anywhere = Young | N(He), Unless = Talk | N(Minor, SelfHarm) },
        OfMedical("med.allergy", 8, N(Swell), N(Face, Breath)) with { Unless = Talk },
        OfMedical("med.water", 10, N(Water, Drown), N(Fall, Drown, Unresponsive), N(Child, Girl, He, Him)) with { Unless = Talk | N(Urge, Fear, Want) },
        OfMedical("med.choking", 12, N(Choke)) with { Anywhere = Young | N(He, Breath, Blue, Substance), Unless = Talk | N(Me, Partner, Ex, Feeding, Minor) },
        OfMedical("med.substance-symptoms", 14, N(Substance, Pills), Young | N(He), N(Vomit, Drowsy, Unresponsive, Breath, Face)) with { Unless = Talk },
        OfMedical("med.substance-missing", 16, N(Substance, Pills), N(Missing), Young | N(He)) with { Unless = Talk },
        OfMedical("med.battery", 16, N(Battery), N(Swallow, Missing, Face)) with { UnlessResolved = false, UnlessPast = false, Unless = Talk },
        OfMedical("med.ambulance", 10, N(Emergency), N(Child, Girl, He, Him)) with { Unless = Talk | N(Partner, Ex, Police, Play) },

        // A child harmed or at risk.
        OfChild("child.adult-harms-child", 10, Adult, Violence | N(Starve, LockedIn), Young) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless | N(Play, Peers, Reflexive, Accident) },
        OfChild("child.someone-harms-child", 6, N(He), Violence | N(LockedIn), N(Child, Girl, Newborn)) with { Ordered = true, Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless | N(Play, Peers, Reflexive, Accident, Urge, Fear) },
        OfChild("child.injury-excuse", 20, N(Injury), Young | N(He), N(Unexplained)) with { Unless = Talk },
        OfChild("child.injury-by-adult", 14, N(Injury), Young | N(He), Adult) with { Unless = Harmless | N(Fall, Peers, Minor, Accident) },
        OfChild("child.private-hurt", 6, N(Hurt, Touch, Sexual, Secret, Force), N(Private)) with { Unless = Talk | N(Minor, Fall) },
        OfChild("child.age-gap", 12, N(YoungTeen), N(AdultAge)) with { Anywhere = N(Girl, Victim, Child, Partner), Unless = Talk | N(I, Past) },
        OfChild("child.afraid-to-go-home", 8, N(Child, Girl, He), N(Fear), N(Door)) with { Ordered = true, Unless = Talk | N(Peers) },
        OfChild("child.sexual", 12, N(Sexual), Young | N(YoungTeen)) with { Unless = Talk | N(Pet) },
        OfChild("child.touching", 8, N(Touch), N(Private, Secret, Sexual)) with { Unless = Talk, UnlessWindow = 20 },
        OfChild("child.adult-touches", 8, Adult, N(Touch), Young) with { Unless = Talk },
        OfChild("child.naked", 10, N(Naked), Adult | N(Photos, Online, Secret)) with { Unless = Talk },
        OfChild("child.grooming", 16, Adult | N(AdultAge), N(Photos, Secret, Sexual, Naked), Young | N(YoungTeen)) with { Unless = Talk | N(Peers) },
        OfChild("child.online-meeting", 16, N(Online), N(Meet), Adult | N(AdultAge), Young | N(YoungTeen)) with { Unless = Talk | N(Peers) },
        OfChild("child.stranger-online", 12, N(OtherAdult, AdultAge), N(Online), Young | N(YoungTeen)) with { Unless = Talk | N(Peers) },
        OfChild("child.fgm", 30, N(Fgm)) with { Unless = Talk },
        OfChild("child.fgm-circumcision", 20, N(Circumcise), N(Girl)),
        OfChild("child.fgm-cutting", 20, N(Cut), N(Tradition), N(Girl)) with { Unless = Talk | N(Accident) },
        OfChild("child.forced-marriage", 16, N(Marriage), N(Force, YoungTeen, Threat)) with { Unless = Talk },
        OfChild("child.underage", 16, N(YoungTeen), N(Pregnant, Sexual, Partner), N(AdultAge, OtherAdult)) with { Unless = Talk },
        OfChild("child.exploited", 16, N(Exploit), Adult | N(AdultAge, Exploit), Young | N(YoungTeen, He)) with { Unless = Talk },
        OfChild("child.neglect", 12, N(Starve, Alone), Young | N(YoungTeen), N(Duration, Starve)) with { Unless = Harmless | N(Feeding) },
        OfChild("child.not-fed", 12, N(Not), N(Feeding, Starve), N(Duration), Young) with { Negatable = false, Unless = Harmless | N(Minor, Vomit, Fever) },
        OfChild("child.put-downs", 10, Adult, N(PutDown), Young) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfChild("child.intoxicated-carer", 20, N(Intoxicated), Young, N(Alone, Duration, Starve, Intoxicated, I)) with { Unless = Talk | N(Joke, Past) },
        OfChild("child.sextortion", 12, N(Threat, Force), N(Photos), Young | N(YoungTeen)) with { Unless = Talk },
        OfChild("child.locked-in", 8, N(LockedIn), Young) with { Doer = Doer.NotAChild, Unless = Harmless | N(Hypothetical, Accident, Reflexive), UnlessWindow = 12 },
        OfChild("child.not-safe", 5, N(Child, Girl, Newborn), N(Not), N(Safe)) with { Ordered = true, Negatable = false, Unless = Harmless | N(Substance, Minor) },
        OfChild("child.scared-of-adult", 6, N(Child, Girl, He), N(Fear), Adult) with { Ordered = true, Unless = Talk },
        OfChild("child.abuse", 8, N(Abuse, Sexual), Young) with { Unless = Talk | N(Pet, Past) },

        // Domestic abuse.
        OfAbuse("da.violence", 8, Adult | N(He), N(Hit, Hurt, Strangle, Burn, Throw, Kill, Shake, LockedIn, Abuse), N(Me)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless | N(Minor) },
        OfAbuse("da.hit-me", 2, N(Hit, Strangle), N(Me)) with { Ordered = true, Doer = Doer.NotAChild, Unless = Harmless | N(Child, Minor) },
        OfAbuse("da.strangled", 6, N(Strangle), N(Me, Neck)) with { Doer = Doer.NotAChild, Unless = Harmless | N(Feeding) },
        OfAbuse("da.threats", 10, N(Threat), Young | N(Kill, Hurt, Hit, Take, Burn, Me, Away, Police)) with { Doer = Doer.NotAChild, Unless = Harmless | N(Housing) },
        OfAbuse("da.take-children", 12, Adult | N(He), N(Take), N(Child, Girl), N(Away, Threat)) with { Unless = Harmless },
        OfAbuse("da.kill-me", 6, N(Kill), N(Me), Adult | N(He)) with { Doer = Doer.NotAChild, Unless = Harmless, UnlessWindow = 30 },
        OfAbuse("da.control", 12, Adult, N(Control), N(Belongings, Me, I)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfAbuse("da.he-controls", 10, N(He), N(Control), N(Belongings, Me)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfAbuse("da.controls-money", 6, N(Control), N(Belongings), N(Me, I)) with { Doer = Doer.NotAChild, Unless = Harmless | N(Peers) },
        OfAbuse("da.takes-belongings", 6, Adult | N(He), N(Take), N(Belongings)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfAbuse("da.controlling-partner", 6, N(Partner, Ex, InLaws), N(Control, Abuse)) with { Unless = Harmless },
        OfAbuse("da.afraid-of-partner", 5, N(Fear), N(Partner, Ex, InLaws)) with { Unless = Harmless | N(Child) },
        OfAbuse("da.afraid-of-him", 3, N(Fear), N(Him, He)) with { Ordered = true, Unless = Harmless | N(Child, Girl, Newborn, Wake, Fall) },
        OfAbuse("da.afraid-to-go-home", 6, N(Fear), N(Door)) with { Unless = Harmless | N(Child) },
        OfAbuse("da.stalking", 10, Adult | N(He, Him), N(Stalk)) with { Unless = Harmless | N(Pickup), UnlessWindow = 20 },
        OfAbuse("da.broke-in", 4, N(Stalk), N(Door)) with { Unless = Harmless | N(Pickup) },
        OfAbuse("da.ex-at-the-door", 20, N(Ex), N(Door), N(Fear, Threat, Abuse, Police, Stalk, Hit, Damage)) with { Unless = Talk },
        OfAbuse("da.locked-in", 8, N(LockedIn), N(Me)) with { Doer = Doer.NotAChild, Unless = Harmless | N(Accident) },
        OfAbuse("da.named-abuse", 8, N(Abuse), N(Me, I, Partner, Ex, InLaws, He, Him)) with { Unless = Harmless },
        OfAbuse("da.sexual-coercion", 10, N(Sexual), N(Partner, Ex, He, InLaws), N(Force, Not, Me)) with { Negatable = false, Unless = Harmless | Young },
        OfAbuse("da.forced-sex", 6, N(Force), N(Sexual), N(Me)) with { Unless = Harmless | N(Child, Newborn) },
        OfAbuse("da.will-kill", 6, Adult, N(Kill)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless, UnlessWindow = 30 },
        OfAbuse("da.forces-me", 10, Adult | N(He), N(Force), N(Me), N(Force)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfAbuse("da.thrown-at-me", 8, N(Throw), N(Me, Boiling)) with { Doer = Doer.NotAChild, Unless = Harmless | N(Vomit, Play, Peers) },
        OfAbuse("da.not-safe", 6, N(Not), N(Safe), Adult | N(Door, He)) with { Negatable = false, Unless = Harmless | N(Substance) },
        OfAbuse("da.put-downs", 6, Adult | N(He), N(PutDown), N(Me, I)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless },
        OfAbuse("da.injuries", 20, N(Injury), N(Me), Adult | N(He, Him)) with { Unless = Harmless | N(Child, Fall, Minor, Accident) },
        OfAbuse("da.damage", 8, Adult | N(He), N(Damage, Throw), N(Belongings, Door)) with { Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless | N(Accident) },
        OfAbuse("da.hurts-pet", 14, N(Hit, Hurt, Kill, Throw), N(Pet), N(Me, Fear, Threat)) with { Unless = Talk },
        OfAbuse("da.stalks-me", 6, N(Stalk), N(Me)) with { Unless = Harmless | N(Pickup) },
        OfAbuse("da.someone-else", 14, N(Victim), N(Partner, Ex, InLaws), N(Hit, Hurt, Strangle, Abuse, Control, Threat, Stalk, Damage, Kill, Force, LockedIn)) with { Unless = Harmless },
        OfAbuse("da.unexplained-injury", 20, N(Injury), N(Unexplained), N(Victim, Me)) with { Unless = Harmless | N(Child, Newborn) },
        OfAbuse("da.partner-hit", 4, N(Partner, Ex, InLaws), N(Hit, Strangle)) with { Ordered = true, Doer = Doer.NotAChild, ActNeed = 1, Unless = Harmless | N(Minor, Child, Girl, Newborn), UnlessWindow = 2 },
        OfAbuse("da.police", 10, N(Police), N(Hit, Threat, Stalk, Abuse, Fear, Hurt, Kill, Strangle, Damage)) with { Unless = Harmless },

        // Suicide, self-harm and overdose.
        OfSelfHarm("self.suicide", 8, N(Suicide)) with { Unless = Talk | N(Past, Joke), UnlessWindow = 30 },
        OfSelfHarm("self.want-to-die", 8, N(Want, Urge), N(Die, NotHere)) with { Unless = Talk | N(Joke), UnlessWindow = 12 },
        OfSelfHarm("self.kill-myself", 3, N(Kill, Hurt, Burn, Cut, Hit, Smother), N(Myself)) with { Ordered = true, Unless = Talk | N(Accident, Joke, Past) },
        OfSelfHarm("self.kill-self", 2, N(Kill), N(Myself, Reflexive)) with { Ordered = true, Unless = Talk | N(Joke) },
        OfSelfHarm("self.overdose-named", 8, N(Overdose)) with { Unless = Talk | N(Accident) },
        OfSelfHarm("self.plan", 8, N(Plan)) with { Unless = Talk },
        OfSelfHarm("self.goodbye", 20, N(Goodbye), N(Goodbye, Plan, Die, NotHere, Suicide)) with { Unless = Talk | N(Peers) },
        OfSelfHarm("self.method", 10, N(Urge, Want, Plan, Die, NotHere, Fear, Goodbye, Nearly), N(Method)) with { Unless = Talk | N(Play, Joke) },
        OfSelfHarm("self.teen-harms-self", 10, N(Burn, Cut, Hurt, Hit), N(Reflexive), N(YoungTeen)) with { Unless = Talk | N(Accident) },
        OfSelfHarm("self.teen-cuts", 10, N(Cut, Injury, SelfHarm, Burn), N(Limb), N(YoungTeen, Girl)) with { Unless = Talk | N(Accident, Fall, Minor, Peers) },
        OfSelfHarm("self.stockpile", 4, N(Goodbye), N(Pills)) with { Unless = Talk },
        OfSelfHarm("self.self-harm", 8, N(SelfHarm)) with { Unless = Talk | N(Accident, Past) },
        OfSelfHarm("self.overdose", 10, N(Swallow, Take), N(Quantity), N(Pills)) with { Doer = Doer.NotAChild, Unless = Talk | N(Child, Girl) },
        OfSelfHarm("self.better-off", 5, N(BetterOff)) with { Unless = Talk | N(Joke) },
        OfSelfHarm("self.not-want-to-live", 5, N(Not), N(Want), N(Live, NotHere)) with { Negatable = false, Unless = Talk | N(Joke) },

        // A parent afraid of harming their baby.
        OfFearOfHarm("fear.afraid-i-will", 20, N(Fear), Violence, Young | N(He)) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion | N(Reflexive, Accident, Peers, Minor, SelfHarm) },
        OfFearOfHarm("fear.urge", 14, N(Urge, Want), Violence | N(Drop), Young | N(He)) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion | N(Reflexive) },
        OfFearOfHarm("fear.nearly", 10, N(Nearly, LoseControl), Violence | N(Drop), Young | N(He)) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion | N(Reflexive, Accident) },
        OfFearOfHarm("fear.about-to-lose-it", 10, N(Nearly), N(LoseControl), Young) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion },
        OfFearOfHarm("fear.urge-to-drop", 8, N(Urge, Want), N(Drop, Smother, Drown)) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion | N(Reflexive) },
        OfFearOfHarm("fear.not-safe-with-me", 5, N(Not), N(Safe), N(Me)) with { Ordered = true, Negatable = false, Unless = NotAQuestion | N(Partner, Ex, InLaws) },
        OfFearOfHarm("fear.lose-it", 8, N(Fear), N(LoseControl), Young) with { Doer = Doer.TheParent, ActNeed = 1, Unless = NotAQuestion },
        OfFearOfHarm("fear.what-i-might-do", 10, N(WhatIMightDo), Young | N(Fear, Urge, Take, Smother)) with { Negatable = false, Unless = NotAQuestion },
    ];

    private static UInt128 N(params ReadOnlySpan<Concept> concepts) => Concepts.Mask(concepts);

    private static Signal OfMedical(string id, int window, params UInt128[] needs) => new(id, MedicalEmergency, window, needs) { UnlessResolved = true, UnlessPast = true, UnlessWindow = 20, UnlessAnywhere = N(Joke) };

    private static Signal OfChild(string id, int window, params UInt128[] needs) => new(id, ChildHarmed, window, needs) { UnlessAnywhere = N(Joke) };

    private static Signal OfAbuse(string id, int window, params UInt128[] needs) => new(id, DomesticAbuse, window, needs) { UnlessAnywhere = N(Joke) };

    private static Signal OfSelfHarm(string id, int window, params UInt128[] needs) => new(id, SuicideOrSelfHarm, window, needs) { UnlessAnywhere = N(Joke) };

    private static Signal OfFearOfHarm(string id, int window, params UInt128[] needs) => new(id, FearOfHarmingChild, window, needs);
}
