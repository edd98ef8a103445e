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
    private const string ChildOrAge = Child + "|old|olds|grandson|granddaughter|grandchild|grandkids|grandchildren|little";
    private const string Thinking =
        "think|thinking|thought|thoughts|imagine|imagining|picture|urge|urges|tempted|want|wanted|wanting|wish|feel|felt|close|worried|worry|scared|afraid|frightened|terrified";
    private const string Pronoun = "he|she|they";
    private const string Peers =
        "boy|girl|friend|friends|nursery|school|class|classmate|playground|brother|sister|cousin|cousins|kid|kids|child|children|toddler|accident|accidentally|game|playing|toy|toys";
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
        new("da.threat-to-take-children", DomesticAbuse, $"threaten|threatened|threatening|threatens|threat|say|says|said|saying take|took|get|report|ring|call {Child}|them|social")
        {
            MaxGap = 4, Negatable = true, UnlessChildIsSubject = true, UnlessNearby = "nursery|holiday|park|swimming|group|class|shop|shopping|weekend|weekends|dentist|doctor|gp",
        },
        new("da.keeps-documents", DomesticAbuse, $"he|she|{Partner} take|took|taken|keep|keeps|kept|hide|hides|hid|hidden|lock|locked|hold|holds|has passport|passports|visa|documents|papers|id|birth")
            { MaxGap = 3, UnlessNearby = "renew|renewal|apply|application|photo|form|forms|holiday|office", NearbyWindow = 10 },
        new("da.stalking", DomesticAbuse, $"stalk|stalking|stalked|stalks|stalker|tracker|spyware|harass|harassing|harassed|harassment") { MaxGap = 0 },
        new("da.partner-follows", DomesticAbuse, $"{Partner} follow|follows|following|followed|watching|watches|waits|waiting|turn|turns|turned|turning me|us|outside|up") { MaxGap = 3, UnlessNearby = "instagram|facebook|tiktok|insta|page|account|twitter|pick|collect|nursery|contact|late" },
        new("da.put-downs", DomesticAbuse, $"call|calls|called|calling me|us worthless|useless|stupid|fat|ugly|bitch|slag|whore|pathetic|names|crazy|mad|psycho")
            { MaxGap = 2, UnlessChildIsSubject = true, UnlessNearby = "lol|haha|joke|joking|jokes" },
        new("da.nobody-would-want-me", DomesticAbuse, "no|nobody|noone one|else would|will|could want|love|believe|have me") { MaxGap = 3 },
        new("da.in-my-face", DomesticAbuse, $"scream|screams|screamed|screaming|shout|shouts|shouted|shouting|yell|yells|yelled|spit|spat|spits in|at my face") { MaxGap = 1, UnlessChildIsSubject = true, UnlessNearby = "toddler|tantrum|tantrums|baby|newborn|teething|funny|lol|haha|year|old|months", NearbyWindow = 10 },
        new("da.damage-walls", DomesticAbuse, "punch|punched|punches|punching|kick|kicked|kicks|smash|smashed|smashes|hole|holes wall|walls|door|doors|windows|window") { MaxGap = 3, UnlessChildIsSubject = true, UnlessNearby = "toddler|tantrum|tantrums|ball|football|accident|accidentally|wind|builder|builders" },
        new("da.sexual-coercion", DomesticAbuse, "force|forced|forces|forcing|pressure|pressures|pressured|pressuring|make|makes|made me sex|sexual|sexually") { MaxGap = 4, UnlessChildIsSubject = true, UnlessNearby = "early|sleep|nap|rest|lie|tired" },
        new("da.unwanted-sex", DomesticAbuse, "sex|sexual|sexually not|no want|consent|said|say|stop") { MaxGap = 3, UnlessNearby = "drive|libido|since|after|birth|postnatal|doctor|gp|painful|pain" },
        new("da.said-no", DomesticAbuse, "said|say|saying|told no|stop sex|bed|touch|touching|still|anyway") { MaxGap = 3, RequiresNearby = "sex|sexual|bed|touch|touching|body|made|forced|force" },
        new("da.rape", DomesticAbuse, "rape|raped|raping|rapes|rapist") { MaxGap = 0 },
        new("da.pregnancy-coercion", DomesticAbuse, "make|makes|made|force|forced|forcing|pressure|pressuring|wants|want me abortion|termination|rid") { MaxGap = 4, UnlessChildIsSubject = true },
        new("da.since-pregnant", DomesticAbuse, $"{Violence}|hurt|hurts|hurting|violent|angry|aggressive|worse|threatened|threatens since|when|while i pregnant|pregnancy") { MaxGap = 4 },
        new("da.if-i-leave", DomesticAbuse, "if i leave|left he|she|him|they") { MaxGap = 1 },
        new("da.kill-me", DomesticAbuse, "kill|murder me|us") { MaxGap = 1, Negatable = true, UnlessChildIsSubject = true },
        new("da.said-he-will-kill", DomesticAbuse, "he|she kill|murder") { MaxGap = 3, UnlessChildIsSubject = true, UnlessNearby = "spider|spiders|bug|bugs|flies" },
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
        new("child.fear-of-harming", ChildAtRisk, $"{Fear}|{Thinking}|might|could hurt|harm|shake|shaking|smother|suffocate|drown|throw|drop|hit|strangle|slap|smack|punch|kill {ChildOrPronoun}")
        {
            MaxGap = 3, Negatable = true, UnlessNearby = "party|birthday|ball|toy|toys|air|surprise|bath|pool|swim|swimming|nursery|shower",
        },
        new("child.cannot-keep-safe", ChildAtRisk, $"keep|look {ChildOrPronoun}|after safe")
        {
            MaxGap = 3, RequiresBefore = "not|no|never", UnlessNearby = "how|tips|advice|car|seat|sun|water|pool|stairs|gate|gates",
        },
        new("child.not-safe", ChildAtRisk, $"{Child} not|unsafe safe|unsafe") { MaxGap = 3, UnlessNearby = "sling|cot|seat|bottle|toy|toys|food|sleep|sun" },
        new("child.not-safe-with", ChildAtRisk, $"not|unsafe safe with|around {Partner}|him|her") { MaxGap = 2 },
        new("child.rough-handling", ChildAtRisk, $"rough|aggressive|violent with|towards|to {ChildOrPronoun}") { MaxGap = 2, UnlessChildIsSubject = true },
        new("child.not-fed", ChildAtRisk, $"{Child} not|nothing eaten|eat|fed") { MaxGap = 2, UnlessNearby = "fussy|picky|refuses|refusing|veg|vegetables|sick|bug|poorly|teething|milk|solids|wean|weaning|nap|lunch|breakfast|tea|cold|virus|temperature|ill" },
        new("child.not-fed-by-carer", ChildAtRisk, $"not|never|nothing|forget|forgets|forgot feed|fed|feeding|change|changed|changing|clean|washed|bathed {ChildOrPronoun}|nappy|nappies")
        {
            MaxGap = 3, UnlessChildIsSubject = true, UnlessNearby = "solids|yet|weaning|wean|puree|formula|breastfeeding|breast|night|nights|fussy|sick|poorly|teething|bug|cold|before|group|session|nursery|class|how|when|should|sure",
        },
        new("child.same-nappy", ChildAtRisk, "same|dirty|soaked|soaking|full nappy|nappies|clothes") { MaxGap = 1, RequiresNearby = "day|days|since|hours|yesterday|night|all|always|never" },
        new("child.cold-home", ChildAtRisk, $"no|not|without|off heating|heat|gas|electric|electricity|warm|power")
        {
            MaxGap = 3, RequiresNearby = Child + "|freezing|frozen|cold", UnlessNearby = "help|costs|cost|bills|bill|grant|scheme|fund|tips|advice|broken|landlord|engineer|repair|fixed|fix",
        },
        new("child.freezing-or-starving", ChildAtRisk, $"{ChildOrAge}|they|them freezing|frozen|starving|starved|filthy|dirty") { MaxGap = 4, UnlessNearby = Feeding + "|hands|feet|toes|nose|fingers|outside|park|snow|weather|pool|swim|ice|lolly|playing|garden|mud|muddy|paint|beach|forest|school|session|walk|puddles|playground", NearbyWindow = 6 },
        new("child.unexplained-bruises", ChildAtRisk, "bruise|bruises|bruised|bruising baby|newborn|week|weeks|month|months|son|daughter|his|her|legs|arms|face")
        {
            AnyOrder = true, MaxGap = 6, UnlessNearby = "injection|jab|jabs|vaccination|vaccine|vaccinations|fell|fall|falling|bumped|knocked|banged|birthmark|crawling|walking|toddling|heel|blood|cot|table|stairs", NearbyWindow = 12,
        },
        new("child.left-alone", ChildAtRisk, $"left|leave|leaves|leaving {ChildOrAge}|them|him|her alone|own|unattended|unsupervised")
        {
            MaxGap = 4, Negatable = true, UnlessNearby = "shower|toilet|cot|minute|minutes|second|seconds|nap|bath|age|enough|legally|law|ok|okay|alright|room|settle|settling|cry|play|playpen",
        },
        new("child.left-in-car-or-home", ChildAtRisk, $"{ChildOrAge}|them|him|her in|at car|house|flat|home|room|bedroom")
        {
            MaxGap = 2, RequiresBefore = "left|leave|leaves|leaving|locked|locks|lock|shut|shuts", UnlessNearby = "seat|seats|mirror|asleep|sleeping|nursery|minute|minutes|second|seconds|with", NearbyWindow = 4,
        },
        new("child.locked-in", ChildAtRisk, $"lock|locks|locked|shut|shuts {ChildOrPronoun}|them in|out|inside|outside") { MaxGap = 3, UnlessNearby = "accidentally|accident|keys|bathroom|stairgate|gate|car|safety|cupboard|cupboards|lock|locks" },
        new("child.hungry", ChildAtRisk, $"{Child}|they hungry|starving|starve|starved") { MaxGap = 3, UnlessNearby = Feeding, NearbyWindow = 10 },
        new("child.substances", ChildAtRisk, $"drunk|drugs|wasted|cocaine|coke|heroin|crack|weed|cannabis|smackhead|alcoholic {Child}|looking|care")
        {
            AnyOrder = true, MaxGap = 10,
        },
        new("child.sexual-harm", ChildAtRisk, "touch|touched|touches|touching|showed|shows|sexual|sexually|porn private|privates|inappropriate|inappropriately|down|bottom|porn|abuse|abused|assault|assaulted")
        {
            AnyOrder = true, MaxGap = 4,
        },
        new("child.disclosed-touching", ChildAtRisk, $"{ChildOrAge}|she|he said|says|told|tells|telling|saying touch|touched|touches|touching|naked|willy|private|privates|undress|undressed|secret|secrets her|him|me|his|them|my|private|privates|willy|bits|down|bottom|secret|secrets")
        {
            MaxGap = 5, UnlessNearby = "toy|toys|ball|book|books|food|paint|phone|tablet|dog|cat|plant|plants|oven|hob|stove",
        },
        new("child.disclosed-hurt", ChildAtRisk, $"{ChildOrAge}|she|he said|says|told|tells|telling|saying {Violence}|hurt|hurts|hurting|burn|burned|burns|lock|locked|locks|starve|starves her|him|me|them|us")
        {
            MaxGap = 5, Negatable = true, UnlessNearby = Peers, NearbyWindow = 8,
        },
        new("child.keep-secrets", ChildAtRisk, "keep|keeps|keeping|kept|our|their|little|special|big secret|secrets") { MaxGap = 2, UnlessNearby = "birthday|present|presents|surprise|christmas|party|santa|gift|pregnant|expecting|announcement|announce|wedding|engaged|recipe" },
        new("child.abuser-near-children", ChildAtRisk, $"around|near|with|see|sees|seeing|contact|babysit|babysits|babysitting {ChildOrPronoun}|them")
        {
            MaxGap = 2, RequiresBefore = "abused|abuse|abuser|abusive|violent|offender|paedophile|paedo|convicted|conviction|prison|jail|hurt|hurts|raped",
        },
        new("child.named-offender", ChildAtRisk, "paedophile|pedophile|paedo|pedo|nonce|sex offender|register") { MaxGap = 0 },
        new("child.older-boyfriend", ChildAtRisk, "older boyfriend|boyfriends|man|men|lads|guys") { MaxGap = 1, RequiresNearby = "daughter|son|she|her|he|him|year|old|school|13|14|15|16", UnlessNearby = "brother|sister|cousin|cousins" },
        new("child.indecent-images", ChildAtRisk, "photo|photos|pictures|picture|videos|video|images naked|nude|nudes|undressed|privates|private") { AnyOrder = true, MaxGap = 5 },
        new("child.smothered", ChildAtRisk, "pillow|hand|hands|blanket|cushion over|on face|mouth|nose") { MaxGap = 3, RequiresBefore = "put|held|hold|holding|pressed|press|pushed|push|i|he|she" , UnlessNearby = "sleep|sleeping|safe|sids|cot|pram|muslin|sun|rash|eczema|wipe|wiping|cream|clean" },
        new("child.harm-thoughts-what-i-might-do", ChildAtRisk, $"{Fear}|worried|worry|terrified what i|he|she might|could|would|will do") { MaxGap = 2, Negatable = true },
        new("child.groomed", ChildAtRisk, $"groom|grooming|grooms|groomed {ChildOrPronoun}") { AnyOrder = true, MaxGap = 4, UnlessNearby = "dog|dogs|puppy|hair|horse|cat" },
        new("child.scared-of-adult", ChildAtRisk, $"{Child} {Fear} of|off {Partner}|him") { MaxGap = 3 },
        new("child.abuse", ChildAtRisk, $"abuse|abused|abusive|neglect|neglected|neglecting {Child}|children") { AnyOrder = true, MaxGap = 6 },

        // Parents in crisis.
        new("crisis.suicide", ParentInCrisis, "suicide|suicidal|overdose") { MaxGap = 0 },
        new("crisis.self-harm", ParentInCrisis, "kill|hurt|harm|cut|cutting|hurting|harming|hang|hanging|drown|poison|starve|starving|burn|burning myself|self|meself") { MaxGap = 1, Negatable = true, UnlessNearby = "cooking|chopping|knife|shaving|accident|accidentally|finger|plaster|paper|lifting|fell|slipped|back" },
        new("crisis.self-harm-named", ParentInCrisis, "self harm|harming") { MaxGap = 0 },
        new("crisis.end-it-all", ParentInCrisis, "end it all|now") { MaxGap = 1 },
        new("crisis.end-my-life", ParentInCrisis, "end|take|ending|taking my|own life") { MaxGap = 2 },
        new("crisis.want-to-die", ParentInCrisis, "want|wanted|wish|wishing|ready die|dead|disappear") { MaxGap = 3, Negatable = true, UnlessChildIsSubject = true },
        new("crisis.better-off-without-me", ParentInCrisis, "better off without me|us") { MaxGap = 2 },
        new("crisis.better-if-i-were-gone", ParentInCrisis, "better|happier|easier|fine|best|okay|ok if|when|once i gone|dead|died|disappeared|disappear") { MaxGap = 3, UnlessChildIsSubject = true },
        new("crisis.better-if-i-were-not-here", ParentInCrisis, "better|happier|easier|fine|best|okay|ok if|when|once i not|never here|around|alive|exist|existed|born|about") { MaxGap = 3, UnlessChildIsSubject = true },
        new("crisis.not-wake-up", ParentInCrisis, "not|never wake|waking up") { MaxGap = 1, UnlessChildIsSubject = true, RequiresBefore = "want|wanted|wish|wishing|hope|hoping|pray|praying|sleep|just|sometimes" },
        new("crisis.end-things", ParentInCrisis, "end|ending|ended it|things|everything") { MaxGap = 1, UnlessNearby = Partner + "|him|her|relationship|with|day|term|week|month|year|session|call|contract|tenancy|lease|feed|feeding|breastfeeding" },
        new("crisis.done-with-life", ParentInCrisis, "done|tired|sick|finished|fed with|of|up life|living|existing|alive") { MaxGap = 2, UnlessNearby = "job|work" },
        new("crisis.hate-my-life", ParentInCrisis, "hate my life|self|myself") { MaxGap = 0 },
        new("crisis.no-way-out", ParentInCrisis, "no|not way out|through|forward") { MaxGap = 3, UnlessNearby = "car|park|parking|building|door|exit|fire|road|traffic" },
        new("crisis.burden", ParentInCrisis, "burden|burdens") { MaxGap = 0, RequiresBefore = "i|me|am|feel|myself" },
        new("crisis.waste-of-space", ParentInCrisis, "waste space|oxygen|air") { MaxGap = 1, RequiresBefore = "i|me|am|feel|myself" },
        new("crisis.method", ParentInCrisis, "jump|jumping|walk|walking|step|stepping|drive|driving|crash|crashing|swim|swimming|throw off|into|in|from|under bridge|sea|river|traffic|train|trains|lorry|wall|tree|roof|cliff|front|motorway|canal|bus")
        {
            MaxGap = 3, RequiresBefore = Thinking + "|sometimes|could|would|just|plan|planning|planned", UnlessNearby = "front|beach|paddle|paddling|holiday|trip|swim|lessons|town|shop|shops|nursery|school",
        },
        new("crisis.saved-pills", ParentInCrisis, "pills|tablets|paracetamol|meds|medication|painkillers save|saved|saving|stockpile|stockpiled|stockpiling|stash|hoard|hoarded|hoarding|whole|all|packet|lot")
        {
            AnyOrder = true, MaxGap = 3, UnlessNearby = "forgot|forget|remember|prescription|pharmacy|chemist|gp|doctor|side|effects|breastfeeding|safe|pregnant",
        },
        new("crisis.not-keep-going", ParentInCrisis, "not keep|carry|go going|on|living like|anymore|much") { MaxGap = 1, UnlessChildIsSubject = true },
        new("crisis.cannot-see-point", ParentInCrisis, "no|not|what point living|live|anymore|life|on|carry|trying|anything|everything|existing|any|me|being|going")
        {
            MaxGap = 4, UnlessNearby = "group|class|session|course|booking|book|nursery|appointment|check|toy|toys|buying|buy",
        },
        new("crisis.unreal-perceptions", ParentInCrisis, "hearing|hear|heard|seeing|see|saw things|voices|stuff|people|someone not there|real") { MaxGap = 3 },
        new("crisis.drinking-to-cope", ParentInCrisis, "drink|drinking|drunk|using|smoking|pills cope|through|numb|forget|blot|sleep") { MaxGap = 6, UnlessNearby = "coffee|tea|water|caffeine|milk|juice|bull|energy|squash|smoothie|baby|bottle|feed|feeding" },
        new("crisis.not-eaten", ParentInCrisis, "not|nothing eaten|eat|ate in|for|since days|yesterday|week|ages") { MaxGap = 2, UnlessChildIsSubject = true, UnlessNearby = "breakfast|lunch|dinner|busy|rushed|sick|bug|poorly|cold|virus|teething|fussy|picky|temperature|fasting|ramadan|operation|surgery" },
        new("crisis.emergency-credit", ParentInCrisis, "emergency credit|electric|gas|tax") { MaxGap = 1 },
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
        new("crisis.nowhere-to-live", ParentInCrisis, "nowhere live|stay|sleep|go|living|staying|sleeping") { MaxGap = 6, UnlessNearby = "play|group|half|term|holidays|summer" },
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
