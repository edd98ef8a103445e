namespace FrontDoor.Bot.Safety;

/// <summary>
/// Real English words one edit away from a risk word ("lunch" from "punch", "sitting" from "hitting",
/// "picking" from "kicking"). They are never "corrected", so ordinary messages do not turn into alarming
/// ones. Generated from Debian's British English word list (wbritish): every word of five or more letters
/// whose stem is not already a rule term and which is one edit from a fuzzy target. Regenerate when the
/// rules gain words of five or more letters.
/// </summary>
internal static class FuzzyGuardWords
{
    public static readonly string[] Words = All.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private const string All =
        "abase abased abases abasing abetter abetters abound abounded abounding abounds acing acres added adding adzes " +
        "aging aglow aground aided aiding ailed ailing aimed aiming aired airing alike alley allied allot allots alloy " +
        "alloyed alloying alloys allying aloes along alter altered altering alters always amuse amused amuses amusing " +
        "anted anuses aping apter arising asexual asexually ashing asleep aster asters atone atoned atones atoning " +
        "attach attached attaching awaked awakes awaking awfuller awning axing baaed baaing babes babier babiest " +
        "badder bagged bagging bailed bailing baked bakes baking balded balding baled baling balked balking balks " +
        "banded banding bands banes banker banned banning banns banter bantered bantering banters bards bared bares " +
        "baring barked barking barks barns barred barring barter bartered bartering barters based basing basked " +
        "basking basks basted bated bather bathers bating batted batten battened battening battens battery battier " +
        "bayed baying beaded beading beads beady beaked beaks beamed beaming beams beaned beaning beans bearing " +
        "bearings bears beast beasts beater beaters beaus becks beeped beeping beeps beets belated belay belayed " +
        "belaying belays belle belled belles belling bells belted belting belts belying bending bents berated berating " +
        "bested besting bests betas betted betting bettor bettors biddies bidding bided bides biding bight bights " +
        "biked bikes biking bilked bilking bilks billed billet billing billings bills billy binding binds binged biped " +
        "bitter bitters blanked blanking blanks blats bleak bleated bleating bleats bleep bleeped bleeping bleeps " +
        "bling boated boating boats boded bodes boding boiled boiling boles boned bones boney boning booed booing " +
        "boors border bordered bordering borders bored bores boring bough boughs bowed bower bowers bowing boxed boxes " +
        "boxing bragged bragging brags braise braised braises braising brake braked brakes braking brats bread breaded " +
        "breading breads breaker brighten brightened brightening brightens broken broker brokers brooked brooking " +
        "broom brooms brown browned browning browns bruiser bruisers budded budding bulled bulling bully bullying " +
        "bummed bumming bumper bumpy bunch bunched bunching bunked bunking bunks buoyed buoying burgs buried burner " +
        "burnt burped burping burps burred burring burrs burying bused buses bushed bushing busing butter buttered " +
        "buttering butters buying cabled cabling caddy caddying cadres caged cages caging caked cakes caking calfs " +
        "caller callers callow callus calmed calming calms calved calving candle candled candles candling caned canes " +
        "caning cannabises canned canning canted canting cants caped capes carbs caress caret carets caries carped " +
        "carping carps carrel carted carting carts carved carves carving cased cases casing caved caves caving cawed " +
        "cawing ceded ceding cells cents chaired chairing chairs charmed charming charms charred charring cheating " +
        "checker cheek cheeked cheeking cheeks chick chicks chided chiding chill chilled chilling chills chimed " +
        "chiming chock chocked chocking chocks choker chokers chore chores chose chowed chowing chows chuckled " +
        "chuckling chump chumps chunk chunks cited citing clack clacked clacking clacks clapped clapping claps cleave " +
        "cleaved cleaves cleaving clefts clone cloned clones cloning cluck clucked clucking clucks cocked cocking " +
        "cocks coded codes coding colds comes coming comings cones conked conking conned conning consed consing cooed " +
        "cooing cooped cooping copied copies copped copping copse copses copying corded cording cords cored cores " +
        "coring corned corning corns cotes couch couched couches couching cough coughed coughing coughs coupes coves " +
        "cowards cowed cower cowered cowering cowers cowing crabbed crabbing crabs cracker crackled crackling crags " +
        "craned craning crank cranked cranking cranks crapes creak creaked creaking creaks creed crick cricked " +
        "cricking cricks cried cringed cringing crock crocked crocks cropped cropping crops crown crowned crowning " +
        "crowns cruise cruised cruises cruising cubed cubing cueing cuing culled culling culls cumming cunning curds " +
        "cured cures curing curry currying cuter cutter dafter dales dames dandle dandled dandles dandling dandy dared " +
        "dares daring darken darker darling darned darning darns darted darting darts dated dates dating dawned " +
        "dawning dawns daybed dazed dazes dazing dding deaden deader dealing deals deans dears deaves decked decking " +
        "decks deeded deeding deeds deeps dental dented denting dents deter deterred deterring deters dicing dicks " +
        "diking dills dimes dimmed dimming dinged dinging dings dining dirks dished dishing dissed dissing divas dived " +
        "dives diving docked docking docks doers doffed doffing doling domed domes doming donned donning donors doomed " +
        "dooming dooms doped dopes doping dorks dosing doted doting dotted dotting douched douches douching dough " +
        "douse doused douses dousing downer downy dowsed dowsing dozing drabs drams drank draped drapes draping " +
        "drawing drawn draws drays dreaded dreading dreads dregs dripped dripping drips droned droning drooped " +
        "drooping droops dropper dropsy dross drowsed drowsing drubs drums drunken drunker drying duded duding dumped " +
        "dumping dumps dunked dunking dunks dunned dunning during dying earring eased easing eater eaters eaves eight " +
        "eights eking elated elates elating emery enable enabled enables enabling endued enduing erred erring ether " +
        "eying fabled facet facets facts faded fades fading faeces fagged fagging failed failing failings fails fairs " +
        "faked fakes faking fallen fallow fallowed fallowing fallows famed fangs fanned fanning farces fared fares " +
        "faring farmed farming farmings farms farted farther farting fasted fated fates fating fatter faxed faxes " +
        "faxing fazed fazes fazing feather feathered feathering feathers feats feeder feeler fended fending fends " +
        "feted feting fetter fettered fettering fetters feuded feuding feuds fiats fiends fifes fight fighting fights " +
        "filed filing filled filling fillings fills finder fined fines fining finis finked finking finks fired firing " +
        "fished fishing fitted fitting fives flagged flagging flags flaked flaking flamed flaming flapped flapping " +
        "flaps flared flaring flatbed flatten flatter flawed flawing flaws flayed flaying flays flits flitted flitting " +
        "floated floating floats flooded flooding floods fluted fluting folded folding folds fooled fooling fools " +
        "footed footing foots forced forcing forded fording fords fores forged forging forked forking forks formed " +
        "forming forms formulated formulating foxed foxing frack fracked fracking fracks frags framed framing frats " +
        "freak freaked freaking freaks frighted fringed fringing frocks frogs frown frowned frowning frowns frying " +
        "fuels fulled fulling fulls fumed fuming funded funding funds furred furring fusing gabbed gabbing gadded " +
        "gadding gagged gagging galled galling gallows galls ganged ganging gangs gaped gapes gaping garbed garbing " +
        "garbs gases gashed gashing gasped gasping gassed gasses gassing gather gathered gathering gathers gazed " +
        "gazing geared gearing gears geeks genes gents getting gills girded girding girdled girdling girds girted " +
        "girting girts gives giving glassed glassing gloom gonad goner goners gonged gonging gongs gonks goods gooks " +
        "goosed goosing gored gores goring gowned gowning gowns grabber graced gracing graded grading grads grams " +
        "grapes grass grassed grassing grated grating graved graving grazed grazing grooved grooving groped gropes " +
        "groping ground grounded grounding grounds grown grubbed grubbing grubs guess gummed gumming gunned gunning " +
        "gushed gushing gutted gutting hacked hacking hacks hailed hailing hails hairy hakes haled haling hallow " +
        "hallowed hallowing hallows halving hammed hamming handler handlers handset handy hanged hanging hangs hanks " +
        "hardily hardy hared harems hares haring harked harking harks harped harping harps harry harrying harts hasted " +
        "hated hating hatred hatted hatter hatters hatting hawed hawing hayed haying hazed hazing hazings headed " +
        "heading headings heads heady healed healing heals heaped heaping heaps heard hearer hearse heart hearts heave " +
        "heaved heaves heaving heeded heeding heeds hefted hefting hefts heirs hemmed hemming herbs herded herding " +
        "herds herein heresy heroes heroic heroics heron herons heros herpes hewed hewing hexed hexes hexing hicks " +
        "hided hiding hieing hiked hiking hills hinds hinged hinging hings hinted hinting hired hires hiring hissed " +
        "hisses hissing hitter hived hives hiving hocked hocking hocks hoeing holed holes holing homer homers homey " +
        "homeys homies hominy honed hones honey honeyed honeying honeys honing hooded hooding hoods hooked hooking " +
        "hooks hoped hopeless hopes hoping horned horns hosed hoses hosing hummed humming humped humping humps hunch " +
        "hunched hunching hunted hunting hunts hurled hurling hurls hurtled hurtling hushed hushing hustings hying " +
        "icing ideas jaded jading jagged japed japes japing jarred jarring jealousy jeeps jelly jellying jested jester " +
        "jesters jetted jetting jived jives jiving jocks joint jointed jointing joints joked jokes joking jotted " +
        "jotting joyed joying jumped jumping jumps jutted jutting keeled keeling keels keened keening keens keeper " +
        "kicker kickers kicky kidder kiddoes killer kilned kilning kilns kilos kilts kinds kings kinked kinking kinks " +
        "kissed kissing kited kiting knight knighted knighting knights knotted knotting knowing kooks laced laces " +
        "lacing laded lading lager lairs lakes lamed laming landed landing lands lapped lapping larded larding lards " +
        "larked larking larks lased lasing lasted lather lathered lathering lathers latter laughter lawful laying " +
        "lazed lazing leaded leading leads leafed leafing leaked leaking leaned leaning leanings leaped leaping lease " +
        "leased leases leasing leaven leavened leavening leavens leeks lefter lefty lending letter lettered lettering " +
        "letters licked licking licks lidded lifer lifers light lighted lighting lights liked likes liking limed limes " +
        "liming lined lines lining linings liven livens liver livers livest livid loaves locked locking locks locution " +
        "locutions lofted lofting lofts logged logging loomed looming looms loons looped looping loops loosed loosing " +
        "looted looting loots loped lopes loping louse louses loved loves loving lowed lower lowered lowering lowers " +
        "lowing lugged lugging lumped lumping lumps lying maced maces macing madras mails makes making makings mallow " +
        "mallows malls malted malting mamas manged manna manned manning maraca maracas maraud mares maria marina " +
        "marinas marine marked marking marks married marry marrying marten martens martin martini martins mashed " +
        "mashing massages massed massing mated mates mating matte matted matter mattered mattering matters mattes " +
        "matting maxed maxing mealy meaning means meats medals meeting meets mended mending menial menials meres mesas " +
        "metal metals meted meteor meteors metes meting metre metres mewled mewling mewls middies mighty miked miking " +
        "miles milfs milker milky milled milling mills mimed mimes miming minded minding minds mined mines mining " +
        "minks mired mires miring missed missing mocked mocking mocks modes moires moles monied monies monkey monkeyed " +
        "monkeying monkeys moods mooed mooing moored mooring moors moped mopes moping morning morns mosey moseyed " +
        "moseying moseys motes moths mould moulded moulding moulds mouse moused mouses mousing mouth mouthed mouthing " +
        "mouths moved moves moving mowed mower mowers mowing mummer mumps munch munched munching mused mushed mushes " +
        "mushing musing muted muter muting mynas nagged nagging naked named naming napes nappier nappiest narked " +
        "narking narks neared nearing nears needed needing needs nether netted netter netters netting nicked nicking " +
        "nicks nighty nixing nooks nosed noshing nosing notching noted notes noting nutted nutting oared oaring oaten " +
        "odder offend offer oiled oiling older olive olives opted opting ousted ousting outer outsize outsized " +
        "outsizes overdoes overdoing overdone owing owner paced paces pacing padded padding paddy paged pages paging " +
        "paint painted painting paints paired pairing pairs palace palaces palates palled palling palls pangs panned " +
        "panning panted panting pants pared pares paring parred parring parry parrying parted parting parts passed " +
        "passing pasted pates patted patter pattered pattering patters patting paunch paving pavings payed paying " +
        "peace peaces peaked peaking peaks pealed pealing peals pears pecked pecking pecks peeing peeked peeking peeks " +
        "peeled peeling peels peeped peeping peeps peered peering peers peeved peeving pelted pelting pelts pended " +
        "pending pests peter petered petering peters petted petting phoney phoneyed phoneying phoneys phonied phonies " +
        "phony phonying picked picking picks piing piled piling pilled pilling pills pinch pinched pinching pinged " +
        "pinging pings pints pissed pissing pitted pitting placer placers placid plaice plane planed planes planing " +
        "platen platens pocked pocking pocks poets pointer pointy poked poker pokers pokes poking policies policy " +
        "polite pones popes pored pores poring porno ported porting ports poser posers potted potting pouch pouched " +
        "pouches pouching pouted pouting powder powdered powdering powders prates primate primates print printed " +
        "printing prints privatest privatised privatising projection projections proms prone propped propping props " +
        "pruned pruning prying psychoses puked puking pumped pumping pumps punchy punned punning punted punting purged " +
        "purges purging pusher pushy putter puttied puttying pwned pwning rabies raced races racing racked racking " +
        "racks rafter rafters raged rages ragged ragging raging rained raining raked rakes raking ranger rangy ranked " +
        "ranking ranks ranted ranting rants rapid rapine rapped rapping rared rares raring rasped rasping rated rates " +
        "rather rating raved raves raving ravings razed razes razing razzed razzes razzing reader reals reamed reaming " +
        "reams reaped reaping reaps reared rearing rears reeds reedy reeked reeking reeks reeled reeling reels refugee " +
        "refugees refute refuted refutes refuting rending rends rental rentals renter repressed repression repressions " +
        "rested resting rests retraining revery ricked ricking ricks ridded ridding ridged ridging riding rigged " +
        "rigging riled riling rills rimed rimes riming rimmed rimming rinds ringer rinks rinsed rinsing rising roads " +
        "robed robes robing rocker rocket rocky roles romped romping roods rooked rooking rooks roses rotted rotting " +
        "rouge rouged rouges roughen rougher rouging round rounded rounding rounds rouse roused rouses rousing routed " +
        "routing roved roves roving rowed rower rowers rowing ruined ruing ruining ruled ruling rumps runes rungs " +
        "runnel runner runts rushed rushing rutted rutting sacked sacking sacks sacred sades safer safest sages sagged " +
        "sagging sales sallow sames sapped sapping sassed sassing sated sates sating saved saves saving savings sawed " +
        "sawing saxes saying sayings scabbed scabbing scabs scale scaled scales scaling scaly scarce scarf scarfed " +
        "scarfing scarfs scarred scarring scars scarves scoped scopes scoping score scored scores scoring scows scuff " +
        "scuffed scuffing scuffs seabed sealed sealing seals seared searing sears seeded seeding seeds seeking seeks " +
        "seeped seeping seeps selling sells sending sensed sensing serfs setter setters setting sewing sexing shack " +
        "shacks shade shaded shades shading shadings shaker shakers shaky shale shame shamed shames shaming shape " +
        "shaped shapes shaping share shared shares sharing sharked sharking shaven sheared shearing shears sheep shied " +
        "shimmed shimming shine shins shiny shits shitting shock shocked shocking shocks shoed shone shooed shooing " +
        "shoon shoos shoot shooting shoots shore shored shores shoring shots shovel shovels shown showy shrew shrews " +
        "shrove shuck shucked shucking shucks shying sided siding sight sighted sighting sights silks sills singed " +
        "singing sings sinned sinning siring sited siting sitting sizing skidded skidding skiing skilled skills skits " +
        "slabbed slabbing slabs slack slacked slacking slacks slags slake slaked slakes slaking slams slash slashed " +
        "slashing slated slates slating slats slaved slaving slaying slayings slays sleek sleeked sleeking sleeks " +
        "sleeper sleepy sleet sleeted sleeting sleets slits slitting sloped sloping slopped slopping slops slowed " +
        "slows smacker smarted smarting smiting smock smocked smocking smocks smoother snake snaked snakes snaking " +
        "snapped snapping snaps snare snared snares snaring sneak sneaked sneaking sneaks snits snowed snowing snows " +
        "snuff snuffed snuffing snuffs soaked soaking soakings soaped soaping soaps soared soaring sobbed sobbing " +
        "socked socking socks sodas soled soling songs sonnet sopped sopping sores sough soughed soughing soughs souse " +
        "soused souses sousing sowed sower sowers sowing spake spare spared spares sparing spats spatted spatting " +
        "spayed spaying spays speaker spear speared spearing spears speck specked specking specks spiced spicing spied " +
        "spies spiked spiking spins spite spited spites spiting splits splitting spook spooked spooking spooks spots " +
        "spotted spotting squeezer squeezers stabled stabling stack stacked stacking stacks staff staffed staffing " +
        "staffs staged staging stagings stags stake staked stakes staking staled staling stalked stalking stalks stare " +
        "stared stares staring starling starlings starred starring stars started starting stash stashed stashing " +
        "stated stating stats stave staved staves staving steak steaks steep steeped steeping steeps stepped stepping " +
        "steps stiff stiffed stiffing stiffs sting stoked stoking stomped stomping stomps stoned stoning stooped " +
        "stooping stoops stopper stored storing stove stoves stowed stowing stows straggle straggled straggles " +
        "straggling strange strangler stranglers strayed straying strays stropped stropping strops stubbed stubbing " +
        "stubs stuffed stuffing stuffings stuffy suing suited suiting suits summed summing sumps surged surges surging " +
        "swabbed swabbing swabs swapped swapping swaps swash swashed swashing swayed swaying sways sweep sweeping " +
        "sweepings sweeps swept swished swishing swopped swopping swops synced syncing syncs tabbed tabbing tacked " +
        "tacking tacks tagged tagging taken taker takers tales talker tallow tamed tames taming tangs tanked tanking " +
        "tanks tanned tanning taped tapes taping tared tares taring tarred tarring tarry tarrying tasked tasking tasks " +
        "tasted tatter tattered tattering tatters taxed taxes taxing teals teared tearing tears teats teemed teeming " +
        "teems tended tending tented tenting tents tests thees theme themes thinks thins thongs threads three threes " +
        "throaty throb throbs throe throes thrower thumb thumbed thumbing thumbs ticked ticking ticks tided tides " +
        "tiding tieing tight tights tikes tiled tiles tiling tilled tilling tills timer timers timid tines tinged " +
        "tinging tings tired tires tiring tithed tithing toeing toked tokes toking tomes toned tones toning tooled " +
        "tooling tools tooted tooting toots topped topping torch torched torches torching toted toting totted totting " +
        "touchy tough toughs touted touting towed tower towered towering towers towing towns trace traced traces " +
        "tracing tracker tract tracts treading treads treats trick tricked tricking tricks tropes trough troughs truck " +
        "trucked trucking trucks truing trump trumped trumping trumps trunk trunking trunks tuned tuning turfing " +
        "turned turning turns tweeds twigs twine twined twines twinged twinging twining twink twinks twits tying tykes " +
        "umped umping unsafest unsaying usable vaped vapes vaping veeps vended vending vented venting vents vetted " +
        "vetting vexing vices violet violets vised vising vocation vocations voted voting vouch vouched vouches " +
        "vouching vowed vowing vying wacks wadded wadding waded wades wading wafted wafting wafts wager wagered " +
        "wagering wagers wagged wagging wailed wailing wails waken wakens waled wales waling wallet wallow wallowed " +
        "wallowing wallows wands waned wanes waning wanked wanking wanks warded warding wards wares warmed warming " +
        "warms warred warring warts waster wasters watts waved waves waving waxed waxes waxing weals wearing wears " +
        "weave weaved weaves weaving wedded wedding weeder weedy weeing weekend weeping weeps wefts welded welding " +
        "welds welled welling wells wended wending wends wetted wetter wetting whacker whacky wheres whiting wicked " +
        "wicks widths wight wights wiled wiles wiling willed willing wills winded winding winds wined wines winged " +
        "winging wings wining wiped wipes wiping wired wires wiring wises wisher wisps witched witching wither within " +
        "witting wives wizes wonted wooded wooding woods worded wording words worker wormed worming worms worrier " +
        "worriers would woulds wowed wowing wrack wreak wreaked wreaking wreaks wringing wrings writhed writhing " +
        "yanked yanking yanks yards yocks yoked yokes yoking zealous zinged zinging zings zoned zones zoning";
}
