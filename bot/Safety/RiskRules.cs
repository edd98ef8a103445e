using static FrontDoor.Bot.Safety.RiskCategory;

namespace FrontDoor.Bot.Safety;

/// <summary>
/// The safeguarding vocabulary. Staff decide thresholds, so the rules lean towards flagging; the
/// "unless" conditions exist only for the everyday sentences that kept tripping them.
/// </summary>
public static class RiskRules
{
    private const string Violence =
        "hit|punch|slap|kick|beat|batter|push|shove|strangle|choke|throttle|smack|thump|headbutt|attack|assault|rape|grab|drag|spit|stab|burn|whack|kicked|punched|beaten|shaken|choked";
    private const string Me = "me|us|mummy";
    private const string Partner =
        "partner|husband|boyfriend|ex|fiance|fiancee|wife|girlfriend|dad|daddy|father|stepdad|stepfather|boyfriends|partners|husbands";
    private const string Child =
        "baby|babies|kid|kids|child|children|son|daughter|toddler|newborn|boy|girl|kiddies|sons|daughters|twins|bump";
    private const string ChildOrPronoun = Child + "|him|her|them";
    private const string Fear = "scared|afraid|frightened|terrified|petrified|fear|frighten|scare";
    private const string PlayThings =
        "swing|swings|pram|buggy|pushchair|stroller|ball|toy|toys|rattle|shower|party|trampoline|button|sand|park|game|games|bath|cot";
    private const string Feeding =
        "feed|feeding|fed|milk|bottle|bottles|breast|breastfeeding|formula|cluster|spurt|wean|weaning|solids|snack|snacks|ounces|oz|puree|nap|naps|dinner|lunch|breakfast|teething|eat|eats|eating";
    private const string NoFoodIsFine =
        "allowed|bring|brought|allergy|allergies|refuses|refusing|refused|fussy|picky|wean|weaning|solids|milk|nursery|group|session|hall|room|play|class|drinks|before|after|feed|feeding|sick|bug|vomiting|lunchbox";
    private const string SupportQuestion =
        "group|groups|course|class|classes|session|sessions|leaflet|information|info|programme|workshop|talk";

    public static IReadOnlyList<RiskRule> All { get; } =
    [
        // Domestic abuse: violence towards the parent.
        new("da.violence-towards-me", DomesticAbuse, $"{Violence} {Me}")
        {
            Negatable = true, UnlessChildIsSubject = true, UnlessNearby = "toddler|tantrum|tantrums|nursery|biting|bites|behaviour|terrible|twos|toy|toys|excited|playing", NearbyWindow = 8,
        },
        new("da.partner-violence", DomesticAbuse, $"{Partner} {Violence}|hurt|hurts|hurting|violent|abusive|aggressive|strangled")
        {
            MaxGap = 3, Negatable = true, UnlessNearby = PlayThings,
        },
        new("da.partner-hurts-me", DomesticAbuse, $"he|she|{Partner} hurt|harm|abuse|bruise|bruises {Me}|my") { Negatable = true, UnlessChildIsSubject = true },
        new("da.fear-of-partner", DomesticAbuse, $"{Fear} of|off {Partner}|him|he") { MaxGap = 2, Negatable = true },
        new("da.fear-for-safety", DomesticAbuse, $"{Fear} for life|safety") { Negatable = true },
        new("da.fear-of-going-home", DomesticAbuse, $"{Fear} go|going home") { Negatable = true },
        new("da.fear-what-he-will-do", DomesticAbuse, $"{Fear} he|she hurt|kill|do|hit|find|take") { MaxGap = 3, Negatable = true, UnlessChildIsSubject = true },
        new("da.not-safe-at-home", DomesticAbuse, "not safe home|house|him|partner|flat") { MaxGap = 3 },
        new("da.unsafe-at-home", DomesticAbuse, "unsafe home|house|him|partner") { MaxGap = 3 },
        new("da.not-feel-safe", DomesticAbuse, "not feel safe") { MaxGap = 2 },
        new("da.checks-phone", DomesticAbuse, $"he|she|{Partner} check|checks|checking|read|reads|track|tracks|monitor|go|goes|take|takes|smash|smashed|break|broke phone|messages|texts|location|emails|bank")
        {
            MaxGap = 3, UnlessChildIsSubject = true,
        },
        new("da.stops-me-seeing-people", DomesticAbuse, "not let|allow me see|visit|talk|speak|work|friends|family|mum|phone") { MaxGap = 2, UnlessChildIsSubject = true },
        new("da.stops-me-going-out", DomesticAbuse, "not let|allow me go|leave out|anywhere|house|flat|home|friends") { MaxGap = 2, UnlessChildIsSubject = true },
        new("da.controls-money", DomesticAbuse, $"he|she|{Partner} control|controls|controlling|take|takes|keep|keeps money|bank|card|benefits|wages|everything|finances")
        {
            MaxGap = 3, UnlessChildIsSubject = true,
        },
        new("da.controlling", DomesticAbuse, "he|she control|controlling|coercive") { MaxGap = 3, UnlessChildIsSubject = true, UnlessNearby = "remote|tv|telly|game|games" },
        new("da.partner-controlling", DomesticAbuse, $"{Partner} control|controlling|coercive|jealous|possessive") { MaxGap = 3 },
        new("da.threats", DomesticAbuse, $"he|she|{Partner} threaten|threatened|threatening|threats") { MaxGap = 3, Negatable = true, UnlessChildIsSubject = true },
        new("da.threatens-me", DomesticAbuse, "threaten|threatened|threatening|threatens me|us|kill|hurt|take") { MaxGap = 3, Negatable = true },
        new("da.take-children-away", DomesticAbuse, $"take|took {Child} away|off|from") { MaxGap = 3, Negatable = true, UnlessNearby = "social|services|nursery|holiday|day" },
        new("da.if-i-leave", DomesticAbuse, "if i leave|left he|she|him|they") { MaxGap = 1 },
        new("da.kill-me", DomesticAbuse, "kill|murder me|us") { MaxGap = 1, Negatable = true },
        new("da.said-he-will-kill", DomesticAbuse, "he|she kill|murder") { MaxGap = 3, UnlessNearby = "spider|spiders|bug|bugs|flies" },
        new("da.named-abuse", DomesticAbuse, "abuse|abusive|abused|abuser|violence|violent|coercive|coercion|refuge|idva|marac|eggshells|strangled")
        {
            MaxGap = 0, UnlessNearby = "substance|tantrum|tantrums|outbursts|toddler|film|films|game|games|tv", NearbyWindow = 3,
        },
        new("da.freedom-programme", DomesticAbuse, "freedom programme|program") { MaxGap = 0 },
        new("da.police", DomesticAbuse, "call|called|ring|rang|phone|phoned police") { MaxGap = 2, UnlessNearby = "lost|found|car|robbed|stolen|burgled" },
        new("da.court-orders", DomesticAbuse, "non|restraining|protection molestation|order") { MaxGap = 1, UnlessNearby = "housing|eviction|possession" },
        new("da.damage", DomesticAbuse, $"he|she|{Partner} punch|punched|smash|smashed|kick|kicked|throw|threw wall|door|phone|things|plates|stuff") { MaxGap = 3, UnlessChildIsSubject = true },
        new("da.pregnancy-violence", DomesticAbuse, $"{Violence} pregnant|bump|stomach|belly") { MaxGap = 4, UnlessChildIsSubject = true },
        new("da.grabbed-throat", DomesticAbuse, "grab|grabbed|squeeze|squeezed|hand|hands throat|neck|hair") { MaxGap = 3, UnlessChildIsSubject = true },

        // Children at risk.
        new("child.harmed", ChildAtRisk, $"{Violence}|hurt|harm|shake|shook|shaking|throw|threw|starve|neglect|abuse|abused|abusing {Child}")
        {
            Negatable = true, UnlessChildIsSubject = true, UnlessNearby = PlayThings + "|" + "brother|sister|sibling|cousin|toddler", NearbyWindow = 5,
        },
        new("child.fear-of-harming", ChildAtRisk, $"{Fear}|worried|thoughts|urge|urges|might|could|feel hurt|harm|shake|smother|drown|throw|drop|hit {ChildOrPronoun}") { MaxGap = 3, Negatable = true },
        new("child.cannot-keep-safe", ChildAtRisk, $"keep|look {ChildOrPronoun}|after safe")
        {
            MaxGap = 3, RequiresBefore = "not|no|never", UnlessNearby = "how|tips|advice|car|seat|sun|water|pool|stairs|gate|gates",
        },
        new("child.not-safe", ChildAtRisk, $"{Child} not|unsafe safe|unsafe") { MaxGap = 3, UnlessNearby = "sling|cot|seat|bottle|toy|toys|food|sleep|sun" },
        new("child.not-safe-with", ChildAtRisk, $"not|unsafe safe with|around {Partner}|him|her") { MaxGap = 2 },
        new("child.rough-handling", ChildAtRisk, $"rough|aggressive|violent with|towards|to {ChildOrPronoun}") { MaxGap = 2, UnlessChildIsSubject = true },
        new("child.not-fed", ChildAtRisk, $"{Child} not|nothing eaten|eat|fed") { MaxGap = 2, UnlessNearby = "fussy|picky|refuses|refusing|veg|vegetables|sick|bug|poorly|teething|milk|solids|wean|weaning|nap|lunch|breakfast|tea" },
        new("child.unexplained-bruises", ChildAtRisk, "bruise|bruises|bruised|bruising baby|newborn|week|weeks|month|months|son|daughter|his|her|legs|arms|face")
        {
            AnyOrder = true, MaxGap = 6, UnlessNearby = "injection|jab|jabs|vaccination|vaccine|vaccinations|fell|fall|falling|bumped|knocked|banged|birthmark|crawling|walking|toddling|heel|blood|cot|table|stairs", NearbyWindow = 12,
        },
        new("child.left-alone", ChildAtRisk, $"left|leave|leaves|leaving {Child}|them alone|own") { MaxGap = 3, Negatable = true, UnlessNearby = "shower|toilet|cot|minute|minutes|second|seconds|nap|bath|while" },
        new("child.hungry", ChildAtRisk, $"{Child}|they hungry|starving|starve|starved") { MaxGap = 3, UnlessNearby = Feeding, NearbyWindow = 10 },
        new("child.substances", ChildAtRisk, $"drunk|drugs|wasted|cocaine|coke|heroin|crack|weed|cannabis|smackhead|alcoholic {Child}|looking|care")
        {
            AnyOrder = true, MaxGap = 10,
        },
        new("child.sexual-harm", ChildAtRisk, "touch|touched|touches|touching|showed|shows|sexual|sexually|porn private|privates|inappropriate|inappropriately|down|bottom|porn|abuse|abused|assault|assaulted")
        {
            AnyOrder = true, MaxGap = 4,
        },
        new("child.groomed", ChildAtRisk, $"groom|grooming|grooms|groomed {ChildOrPronoun}") { AnyOrder = true, MaxGap = 4, UnlessNearby = "dog|dogs|puppy|hair|horse|cat" },
        new("child.scared-of-adult", ChildAtRisk, $"{Child} {Fear} of|off {Partner}|him") { MaxGap = 3 },
        new("child.abuse", ChildAtRisk, $"abuse|abused|abusive|neglect|neglected|neglecting {Child}|children") { AnyOrder = true, MaxGap = 6 },

        // Parents in crisis.
        new("crisis.suicide", ParentInCrisis, "suicide|suicidal|overdose") { MaxGap = 0 },
        new("crisis.self-harm", ParentInCrisis, "kill|hurt|harm|cut|cutting|hurting|harming myself|self|meself") { MaxGap = 1, Negatable = true, UnlessNearby = "cooking|chopping|knife|shaving|accident|accidentally|finger|plaster|paper|lifting|fell|slipped|back" },
        new("crisis.self-harm-named", ParentInCrisis, "self harm|harming") { MaxGap = 0 },
        new("crisis.end-it-all", ParentInCrisis, "end it all|now") { MaxGap = 1 },
        new("crisis.end-my-life", ParentInCrisis, "end|take|ending|taking my|own life") { MaxGap = 2 },
        new("crisis.want-to-die", ParentInCrisis, "want|wanted|wish|wishing|ready die|dead|disappear") { MaxGap = 3, Negatable = true, UnlessChildIsSubject = true },
        new("crisis.better-off-without-me", ParentInCrisis, "better off without me|us") { MaxGap = 2 },
        new("crisis.no-point", ParentInCrisis, "no|not point living|live|anymore|life|on|carry|trying") { MaxGap = 2 },
        new("crisis.not-want-to-be-here", ParentInCrisis, "not want be|live|alive here|anymore|wake|living") { MaxGap = 2, UnlessChildIsSubject = true, UnlessNearby = "group|session|queue|nursery|class|party|bed|cot" },
        new("crisis.cannot-go-on", ParentInCrisis, "not go|carry on") { MaxGap = 1, UnlessChildIsSubject = true, UnlessNearby = "trampoline|slide|swings|bus|holiday|trip|list|waiting" },
        new("crisis.cannot-cope", ParentInCrisis, "not|struggling|struggle|unable cope|coping") { MaxGap = 2 },
        new("crisis.cannot-do-this", ParentInCrisis, "not do|take|handle this|it|anymore anymore|more") { MaxGap = 2, UnlessChildIsSubject = true },
        new("crisis.breaking-point", ParentInCrisis, "breaking|end point|tether|rope") { MaxGap = 2 },
        new("crisis.breakdown", ParentInCrisis, "nervous|mental|having|had|breaking breakdown|down") { MaxGap = 1, UnlessNearby = "car|cars|buggy|boiler|washing|machine|van" },
        new("crisis.falling-apart", ParentInCrisis, "falling|fall apart") { MaxGap = 1, UnlessNearby = "toy|toys|book|books|buggy|pram|shoes|house|car" },
        new("crisis.rock-bottom", ParentInCrisis, "rock bottom") { MaxGap = 0 },
        new("crisis.dark-thoughts", ParentInCrisis, "dark|intrusive|scary|horrible|bad|awful thoughts|place") { MaxGap = 1 },
        new("crisis.voices", ParentInCrisis, "hearing|hear voices") { MaxGap = 1 },
        new("crisis.psychosis", ParentInCrisis, "psychosis|psychotic|pnd|postnatal|depression|depressed|breakdown") { MaxGap = 0, UnlessNearby = SupportQuestion, NearbyWindow = 8 },
        new("crisis.crying-all-day", ParentInCrisis, "i cry|crying all|every day|time|night") { MaxGap = 2 },
        new("crisis.cannot-stop-crying", ParentInCrisis, "i not stop cry|crying") { MaxGap = 2 },
        new("crisis.no-food", ParentInCrisis, "no|nothing|hardly food|eat|meals") { MaxGap = 2, UnlessChildIsSubject = true, UnlessNearby = NoFoodIsFine },
        new("crisis.cannot-afford-basics", ParentInCrisis, "not|no afford|money food|feed|eat|nappies|milk|formula|electric|electricity|gas|heating|rent|meals|meal") { MaxGap = 3 },
        new("crisis.utilities-off", ParentInCrisis, "electric|electricity|gas|meter|power|heating run|ran|gone|cut out|off") { MaxGap = 2 },
        new("crisis.nowhere-to-live", ParentInCrisis, "nowhere live|stay|sleep|go|living|staying|sleeping") { MaxGap = 2, UnlessNearby = "play|group|half|term|holidays|summer" },
        new("crisis.sofa-surfing", ParentInCrisis, "sofa surfing") { MaxGap = 0 },
        new("crisis.homeless", ParentInCrisis, "homeless|evicted") { MaxGap = 0, UnlessNearby = "advice|section|notice|possible|might|could|worried|rights|risk|association", NearbyWindow = 6 },
        new("crisis.sleeping-rough", ParentInCrisis, "we|i|us|me sleep|sleeping|slept rough|car|street|streets|outside") { MaxGap = 3 },
        new("crisis.thrown-out", ParentInCrisis, "kick|kicked|throw|thrown|threw|chuck|chucked|put us|me|kids out") { MaxGap = 2, UnlessNearby = "group|class|session|nursery|library|shop|cafe" },

        // Polish (romanised after accents are dropped).
        new("pl.beats-me", DomesticAbuse, "bije|uderzyl|uderza|pobil|bil|popchnal|dusil mnie|nas") { MaxGap = 2, AnyOrder = true },
        new("pl.fear", DomesticAbuse, "boje sie go|jego|meza|partnera|wracac") { MaxGap = 2 },
        new("pl.domestic-violence", DomesticAbuse, "przemoc domowa|domowej|w") { MaxGap = 1 },
        new("pl.not-safe", DomesticAbuse, "nie jestem czuje bezpieczna|bezpieczny|bezpiecznie") { MaxGap = 2 },
        new("pl.kill-myself", ParentInCrisis, "zabic|zabije|umrzec sie|chce") { MaxGap = 2, AnyOrder = true },
        new("pl.suicide", ParentInCrisis, "samobojstwo|samobojcze|samobojcza") { MaxGap = 0 },
        new("pl.cannot-cope", ParentInCrisis, "nie daje|radze rady|sobie") { MaxGap = 1 },
        new("pl.no-food", ParentInCrisis, "nie mam|mamy jedzenia|pieniedzy") { MaxGap = 2 },
        new("pl.harm-child", ChildAtRisk, "skrzywdzic|skrzywdzi|bije|uderzyl dziecko|dziecka|dzieci|syna|corke") { MaxGap = 2, AnyOrder = true },

        // Urdu, romanised and in Urdu script.
        new("ur.beats-me", DomesticAbuse, "mujhe|mujhay maarta|marta|maarte|marte|maara|mara|peet|peetta") { MaxGap = 2 },
        new("ur.domestic-violence", DomesticAbuse, "tashaddud|tashadud|تشدد") { MaxGap = 0 },
        new("ur.fear", DomesticAbuse, "mujhe|mujhay darr|dar lagta|lagtha|lag") { MaxGap = 2, UnlessNearby = "andhere|kutte|kuttay" },
        new("ur.not-safe", DomesticAbuse, "mehfooz|mahfooz|محفوظ nahi|nahin|nhi|نہیں") { MaxGap = 1 },
        new("ur.suicide", ParentInCrisis, "khudkushi|khudkashi|خودکشی") { MaxGap = 0 },
        new("ur.want-to-die", ParentInCrisis, "marna|mar|مرنا chahti|chahta|jana|چاہتی|چاہتا") { MaxGap = 2 },
        new("ur.beats-me-script", DomesticAbuse, "مجھے مارتا|مارتے|مارا") { MaxGap = 2 },
        new("ur.fear-script", DomesticAbuse, "ڈر لگتا|لگ") { MaxGap = 1 },

        // Harmless idioms that cancel an overlapping risk match.
        RiskRule.Benign("ok.killing-me", "is|are|it|that|was|these|those|feet|back|teeth kill|killing me"),
        RiskRule.Benign("ok.killing-time", "kill|killing time|it"),
        RiskRule.Benign("ok.hit-me-idiom", "it|reality|realisation|realization hit me") with { MaxGap = 1 },
        RiskRule.Benign("ok.hit-me-up", "hit me up"),
        RiskRule.Benign("ok.beat-me-to-it", "beat me to|at"),
        RiskRule.Benign("ok.push-me-on-swing", "push me on|higher"),
        RiskRule.Benign("ok.kick-me-out-of-bed", "kick|kicks me out bed") with { MaxGap = 1 },
        RiskRule.Benign("ok.no-food-allowed", "no food allowed") with { MaxGap = 1 },
        RiskRule.Benign("ok.baby-kicks", "baby|bump kick|kicking|kicks|kicked me") with { MaxGap = 2 },
    ];
}
