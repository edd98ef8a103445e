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
        "abase abased abases abasing abetter abetters abound abounded abounding abounds abridge abridged abridges " +
        "abridging abuts acing acres acting added adding adzes aglow aground aided aides aiding ailed ailing aimed " +
        "aiming alder alders alike alley allied allot allots alloy alloyed alloying alloys allying aloes along alter " +
        "altered altering alters amuse amused amuses amusing anted anuses apace apathetic aping apter arising " +
        "asexual asexually ashed ashing asocial aster asters atone atoned atones atoning attach attached attaching " +
        "averred averring avers awaiting awaits awaked awakes awaking awfuller awhile awning axing baaed baaing " +
        "babes babier babiest babysat babysitter badder bagged bagging bailed bailing baiting baits baked bakes " +
        "baking balded balding baled baling balked balking balks banal banded banding bands banes banker banned " +
        "banning banns banter bantered bantering banters bards bared bares baring barked barking barks barns barred " +
        "barring barter bartered bartering barters based bashed basing basked basking basks baste basted bastes " +
        "basting batch batched batches batching bated bates bather bathers bating batted batten battened battening " +
        "battens battery battier batting bayed baying beaded beading beads beady beaked beaks beamed beaming beams " +
        "beaned beaning beans beard bearded bearding beards bearing bearings bears beast beasts beater beaters beaus " +
        "becks bedder beeped beeping beeps beets begged begging belated belay belayed belaying belays belle belled " +
        "belles belling bells belted belting belts belying bending bents berated berating berth berthed berthing " +
        "berths besets besots betas betted betting bettor bettors biased biasing bidden biddies bidding bided bides " +
        "biding bigger bight bights biked bikes biking bilked bilking bilks billet billow billowed billowing billows " +
        "billy binding binds binged biped birch birched birching birther bitchy bitter bitters blanked blanker " +
        "blankest blanking blanks blats bleak bleated bleating bleats bleep bleeped bleeping bleeps bling bloated " +
        "bloating bloats blobs blocked blocking blocks blocs blogs blotter blowing blows board boarded boarding " +
        "boards boated boating boats boded bodes boding bogged bogging boiled boiling bolder boles bolted bolting " +
        "bolts boned bones boney boning booed booing boomed booming booms boons boors booted booting boots border " +
        "bordered bordering borders bored bores boring bossed bossing botch botched botching bough boughs bouts " +
        "bowed bower bowers bowing boxed boxes boxing bragged bragging brags brain brained braining brains braise " +
        "braised braises braising brake braked brakes braking brash brats bread breaded breading breads breaker " +
        "breed breezing bride brides bridle bridled bridles bridling brighten brightened brightening brightens brink " +
        "brinks broker brokers brooked brooking broom brooms brown browned browning browns bruiser bruisers budded " +
        "budding bully bullying bummed bumming bumper bumpy bunch bunched bunches bunching bunked bunking bunks " +
        "buoyed buoying burgs buried burner burners burnt burped burping burps burred burring burrs burying bused " +
        "buses bushed bushing busing bussed busses bussing busted busting busts butch butter buttered buttering " +
        "butters cabal cabals cabled cabling caddy caddying cadres caged cages caging caked cakes caking calfs " +
        "caller callers callow callus callused callusing calmed calming calms calved calving candle candled candles " +
        "candling caned canes caning cannabises canned canning canted canting cants caped capers capes carbs caress " +
        "caret carets caries carnal carped carping carps carrel carted carting carts carved carves carving cased " +
        "cases cashed cashing casing caste castes casting catches catching catchings caved caves caving cawed cawing " +
        "ceded ceding cells cents chaired chairing chairs chance chanced chances chancing changeling chanted " +
        "chanting charge charged charges charging charmed charming charms charred charring chased chasing chats " +
        "chatted chatting cheated cheating cheats checker cheek cheeked cheeking cheeks chick chicks chidden chided " +
        "chides chiding chill chilled chilling chills chimed chiming chink chinked chinking chinks chock chocked " +
        "chocking chocks choker chokers chore chores chose chowed chowing chows chuckled chuckling chump chumps " +
        "chunk chunks cited citing clack clacked clacking clacks clanged clanging clans clapped clapping claps clash " +
        "clashed clashing cleaner cleanse cleansed cleansing clear cleared clearing clears cleat cleats cleave " +
        "cleaved cleaves cleaving clefts cloches clocked clocking clocks clone cloned clones cloning closer closest " +
        "closet closets clots clotted clotting clove cloves cloyed cloying cluck clucked clucking clucks cocked " +
        "cocking cocks coded codes coding coiffed coiffing colder comes coming comings cones conked conking conned " +
        "conning consed consing content contented contenting contents convent convents cooed cooing cooped cooping " +
        "copied copies copped copping copse copses copying corded cording cords cored cores coring corned corning " +
        "corns cotes couch couched couches couching cough coughed coughing coughs coupes covered covering covers " +
        "coves cowards cowed cower cowered cowering cowers cowing crabbed crabbing crabs cracker crackers crackled " +
        "crackling crags craned craning crank cranked cranking cranks crapes crass crays craze crazed crazes crazing " +
        "creak creaked creaking creaks creed crick cricked cricking cricks cried cringed cringing crock crocked " +
        "crocks cropped cropping crops crown crowned crowning crowns cruise cruised cruises cruising crush crushed " +
        "crushing cubed cubing cueing cuing culled culling culls cumming cunning curds cured cures curing curry " +
        "currying cussed cussing cuter cutter dafter dales dames dandle dandled dandles dandling dandy dared dares " +
        "daring darken darker darling darned darning darns darted darting darts dashed dated dates dating dawned " +
        "dawning dawns daybed dazed dazes dazing dding deaden deader dealing deals deans dears deaves decked decking " +
        "decks dedication dedications deeded deeding deeds deeps dells dental dented denting dents deport deported " +
        "deporting deports derive derived derives deriving deter deterred deterring deters dicing dicks dieted " +
        "dieting diets digging diked dikes diking dills dilly dimes dimmed dimming dined dines dinged dinging dings " +
        "dining dirks dished dishing dissed dissing ditch ditched ditching ditty divas dived diver divers dives " +
        "diving docked docking docks doers doffed doffing doled doles doling domed domes doming donned donning " +
        "donors doomed dooming dooms doped dopes doping dorks dosed doses dosing doted dotes doting dotted dotting " +
        "douched douches douching dough douse doused douses dousing doves downer downy dowsed dowsing dozed dozes " +
        "dozing drabs drain drained draining drains drams drank draped drapes draping drawing drawn draws drays " +
        "dreaded dreading dreads dregs dried dries drinker dripped dripping drips drivel drivels driven driver " +
        "drivers droned drones droning drooped drooping droops dropper dropsy dross drove droves drowsed drowsing " +
        "drubs drums drunken drunker drying duded dudes duding dulled dulling dulls dumped dumping dumps dunes " +
        "dunked dunking dunks dunned dunning duping during dying earring eased eases easing eater eaters eaves eight " +
        "eights eking elated elates elating elder elders elves emery enable enabled enables enabling endued enduing " +
        "erred erring especial ether eying fabled facet facets facts faded fades fading faeces fagged fagging failed " +
        "failing failings fails fairs faked fakes faking fallen fallow fallowed fallowing fallows famed fangs fanned " +
        "fanning farce farces fared fares faring farmed farming farmings farms farted farther farting fated fates " +
        "fating fatten fatter faxed faxes faxing fazed fazes fazing feather feathered feathering feathers feats " +
        "feeder feeler fellow fellows fended fending fends fests feted feting fetter fettered fettering fetters " +
        "feuded feuding feuds fever fevered fevers fiats fiend fiends fifes fight fighting fights filed files filing " +
        "filled filling fillings fills filly filth finder finer finest finis finked finking finks firth firths " +
        "fished fishing fitted fitting fiver fives flagged flagging flags flaked flaking flamed flaming flapped " +
        "flapping flaps flared flaring flatbed flatten flatter flawed flawing flaws flayed flaying flays flits " +
        "flitted flitting floated floating floats flocked flocking flocks flooded flooding floods fluted fluting " +
        "folded folder folders folding folds fonts fooled fooling fools footed footing foots forceps forded fording " +
        "fords fores forge forged forger forgers forges forging forgo forgoes forgoing forgotten forked forking " +
        "forks formulated formulating forte fortes foxed foxing frack fracked fracking fracks frags framed framing " +
        "frats freak freaked freaking freaks freed freeing frees fridge fridges frighted fringed fringing frocks " +
        "frogs frond fronds frost frosted frosting frosts frown frowned frowning frowns froze frying fuelled " +
        "fuelling fuels fuller fully fumed fuming furled furling furls furred furring fused fusing fussed fussing " +
        "gabbed gabbing gadded gadding gagged gagging gaits galled galling gallows galls ganged ganging gangs gaped " +
        "gapes gaping garbed garbing garbs gases gashed gashing gasped gasping gassed gasses gassing gather gathered " +
        "gathering gathers gazed gazing geared gearing gears geeing geeks gelled gelling genes gents germination " +
        "gigged gigging gills girded girding girdled girdling girds girted girth girths girting girts gives giving " +
        "glassed glassing glean gleaned gleaning gleans gloom gloved gloves gloving golds gonad goner goners gonged " +
        "gonging gongs gonks goods goofed goofing goofs gooks goosed goosing gored gores goring gorse gowned gowning " +
        "gowns grabber graced gracing graded grading grads grain grains grams grapes grass grassed grassing grated " +
        "grating graved graving grazed grazing greed grooved grooving groped gropes groping ground grounded " +
        "grounding grounds grown grubbed grubbing grubs guess gulled gulling gulls gummed gumming gunned gunning " +
        "gushed gushing gutted gutting hacked hacking hacks hailed hailing hails hairy hakes haled hales haling " +
        "hallow hallowed hallowing hallows halted halting halved halves halving hammed hamming handler handlers " +
        "handset handy hanger hanks happy hardily hardy hared harems hares haring harked harking harks harped " +
        "harping harps harry harrying harts hashed hashing hassled hassling haste hasted hastes hasting hatches " +
        "hatching hater haters hatred hatted hatter hatters hatting haven havens hawed hawing hayed haying hazed " +
        "hazes hazing hazings headed heading headings heads heady healed healing heals heaped heaping heaps hearer " +
        "hearse heart hearts heater heath heaths heave heaved heaves heaving heeded heeding heeds hefted hefting " +
        "hefts heirs hemmed hemming herbs herded herding herds herein heresy heroes heroic heroics heron herons " +
        "heros herpes hewed hewing hexed hexes hexing hicks hieing hiked hikes hiking hills hilly hinds hinged " +
        "hinging hings hinted hinting hired hires hiring hissed hisses hissing hitch hitched hitching hitter hived " +
        "hives hiving hoarder hoarders hoary hocked hocking hocks hoeing holder holders hollow hollowed hollowing " +
        "hollows homer homers homey homeys homies hominy honed hones honey honeyed honeying honeys honing hooded " +
        "hooding hoods hoofed hoofing hoofs hooked hooking hooks hopeless horded hording horned horns hosed hoses " +
        "hosing hovered hovering hovers howled howling hulled hulling hulls hummed humming humped humping humps " +
        "hunch hunched hunches hunching hunted hunting hunts hurled hurling hurls hurtled hurtling hushed hushing " +
        "hustings hying ideas idling inced incing inking intoned intoning intros itched itching jacket jackets jaded " +
        "jades jading jagged japed japes japing jarred jarring jawed jawing jealousy jeeps jelled jelling jells " +
        "jelly jellying jested jester jesters jesting jests jetted jetting jigged jigging jived jives jiving jocks " +
        "joint jointed jointing joints jotted jotting joyed joying jumper jumpy jutted jutting keeled keeling keels " +
        "keened keening keens keeper kenned kenning kicker kickers kicky kidder kiddoes killer kilned kilning kilns " +
        "kilos kilts kinds kings kinked kinking kinks kissed kissing kited kiting knight knighted knighting knights " +
        "knotted knotting knowing kooks laced laces lacing lacked lacking lacks laded lades lading ladled ladling " +
        "lager lairs lakes lamed lames laming landed landing lands lapped lapping lapsed lapsing larded larding " +
        "lards larked larking larks lased lashed lasing lasted lasting latches latching lathed lather lathered " +
        "lathering lathers latter laughter laying lazed lazing leaded leading leads leafed leafing leaked leaking " +
        "leaned leaning leanings leans leaped leaping leaven leavened leavening leavens leeks lefter lefty lending " +
        "letter lettered lettering letters lever levered levering levers licked licking licks lidded lifer lifers " +
        "light lighted lighting lights liken likens liker likest limed limes liming lined lines lining linings " +
        "linked linking littler littlest liven livens liver livers livest livid loaves lobed lobes locker lockers " +
        "locket lockets locus locution locutions lodes lofted lofting lofts loges logged logging loomed looming " +
        "looms loons looped looping loops loosed loosing looted looting loots loped lopes loping loses losing louse " +
        "louses lover lovers lowed lower lowered lowering lowers lowing loxes lucked lucking lucks lugged lugging " +
        "lulled lulling lulls lumped lumping lumps lured luring lying maced maces macing madden madder madras maids " +
        "mails maker makers males mallow mallows malls malted malting mamas manes manged manna manner maraca maracas " +
        "maraud mares maria marina marinas marine marked marking marks married marry marrying marten martens martin " +
        "martini martins mashed mashes mashing masked masking massages massed massing matches matching mated mates " +
        "mating matte matted matter mattered mattering matters mattes matting maxed maxes maxing mazes mealy meaning " +
        "means meats medals mediation meditation meditations meeting meets melted melting melts mended mending " +
        "menial menials meres mesas messed messing metal metals meted meteor meteors metes meting metre metres mewed " +
        "mewing mewled mewling mewls middies mighty miked mikes miking miles milfs milker milky milled milling mills " +
        "mimed mimes miming mince minced minces mincing minded minding minds mined mines mining minks mired mires " +
        "miring mirth missed missing moaned moaning mocked mocking mocks modded modding modes moires moles monied " +
        "monies monkey monkeyed monkeying monkeys moods mooed mooing mooned mooning moored mooring moors moped mopes " +
        "moping morning morns mosey moseyed moseying moseys motes moths mould moulded moulding moulds mouse moused " +
        "mouses mousing moved movers moves moving mowed mower mowers mowing mucked mucking mucks mucus mulched " +
        "mulching mulled mulling mulls mummer mumps munch munched munches munching mused mushed mushes mushing " +
        "musing musings mussed mussing muted muter muting mynas nagged nagging napes nappier nappiest narked narking " +
        "narks naves nearer needed needing needs nested nesting nests nether netted netter netters netting newer " +
        "nicked nicking nicks nighty nines nippy nixing nodes noised noises noising nooks noose nooses nosey noshed " +
        "noshes noshing notching noted notes noting nuder nudest nudged nudges nudging nuked nukes nuking nulls " +
        "number nutted nutting oaken oared oaring oaten odder offer oiled oiling olden olive olives opted opting " +
        "ousted ousting outer outsize outsized outsizes overdoes overdoing overdone overt owing owner paced paces " +
        "pacing packed packer packers padded padding paddy pagers paired pairing pairs palace palaces palates palled " +
        "palling palls pampers pangs panned panning panted panting pants papery pared pares paring parred parring " +
        "parry parrying parted parting parts passed passing paste pasted pastes pasting patches patching pates " +
        "patted patter pattered pattering patters patting paunch paunches paupers paved paves paving pavings pawed " +
        "pawing payed payers paying peace peaces peaked peaking peaks pealed pealing peals pears pecked pecking " +
        "pecks peeing peeked peeking peeks peeled peeling peels peeped peeping peeps peered peering peers peeved " +
        "peeving pelted pelting pelts pended pending penned penning pesos pests peter petered petering peters petted " +
        "petting phased phasing phoney phoneyed phoneying phoneys phonied phonies phony phonying photon photons " +
        "picket picketed picketing pickets pigged pigging piing piked pikes piking piled piles piling pinch pinched " +
        "pinches pinching pined pines pinged pinging pings pining pintos pints pipers pissed pissing pitch pitched " +
        "pitching pitted pitting placer placers placid placket plackets plaice plane planed planes planing platen " +
        "platens plots plotted plotting pocked pocket pocketed pocketing pockets pocking pocks poets pointer pointy " +
        "poked poker pokers pokes poking poled poles policies policy poling polite polls pones popes pored pores " +
        "poring porno ported porting ports posed poser posers poses posing potted potting pouch pouched pouches " +
        "pouching poured pouring pouted pouting powder powdered powdering powders prates pressurised pressurising " +
        "prided priding primate primates print printed printing prints privatest privatised privatising projection " +
        "projections proms prone proofed proofing proofs propped propping props pruned pruning prying psych psyche " +
        "psyched psyches psyching psychoses psychs puked puking pulled pulling pulls pumped pumping pumps punchy " +
        "punned punning punted punting purged purges purging pusher pushy putter puttied puttying pwned pwning " +
        "rabies raced races racing racist racists racked racket racketed racketing rackets racking racks rafter " +
        "rafters raged rages ragged ragging raging raided raiding raids rained raining rains raked rakes raking " +
        "ranger rangy ranked ranking ranks ranted ranting rants rapid rapids rapine rapped rapping rared rares " +
        "raring rasped rasping rated rates rather rating ratings ratted ratting raved raves raving ravings razed " +
        "razes razing razzed razzes razzing reader realer realign realm realms reamed reaming reams reaped reaping " +
        "reaps reared rearing rears redoing reeds reedy reeked reeking reeks reeled reeling reels refugee refugees " +
        "refute refuted refutes refuting regaled regaling relieve relieved relieves relieving rending rends rental " +
        "rentals renter repressed repression repressions resister resisters resort resorted resorting resorts retort " +
        "retorted retorting retorts retraining revered revering revery riced ricing ricked ricking ricks ridden " +
        "riddled riddling rider riders rides ridge ridged ridges ridging riding rifer rigged rigging riled riling " +
        "rills rimed rimes riming rimmed rimming rinds ringer rinks rinsed rinsing riper riser risers rising riven " +
        "riverbed rivet riveted riveting rivets roamed roaming roams robed robes robing rocker rocket rocky roles " +
        "romped romping roods roofer rooked rooking rooks roomer roomy rooted rooting roots roses rotted rotting " +
        "rouge rouged rouges roughen rougher rouging round rounded rounding rounds rouse roused rouses rousing " +
        "routed routing roved rover rovers roves roving rowed rower rowers rowing ruined ruing ruining ruled ruling " +
        "rumps runes rungs runnel runner runts rutted rutting sacked sacking sacks sacred sades safer safest sages " +
        "sagged sagging sailed sailing sails sales sallow salved salves salving sapped sappier sapping sappy sashes " +
        "sassed sassing sated sates sating sauted saver savers saxes scabbed scabbing scabs scagged scags scale " +
        "scaled scales scaling scaly scarce scarf scarfed scarfing scarfs scarred scarring scars scarves scats " +
        "scatted scatting scoped scopes scoping score scored scores scoring scout scouted scouting scouts scows " +
        "scram scrams scuff scuffed scuffing scuffs seabed sealed sealing seals seamed seaming seared searing sears " +
        "seeded seeding seeds seeking seeks seemed seeming seems seeped seeping seeps seers selling sells sending " +
        "sensed sensing serfs setter setters setting sever severed severing severs sewed sewing sexist sexists " +
        "sexting shack shacks shade shaded shades shading shadings shagged shagging shags shaker shakers shaky shale " +
        "shame shamed shames shaming shape shaped shapes shaping share shared shares sharing sharked sharking shaven " +
        "sheared shearing shears sheep shied shill shilled shilling shills shimmed shimming shims shine shins shiny " +
        "shits shitting shock shocked shocking shocks shoed shone shooed shooing shoon shoos shoot shooting " +
        "shootings shoots shore shored shores shoring short shorted shorting shorts shots shovel shovels shown showy " +
        "shrew shrews shrove shuck shucked shucking shucks shuns shunted shunting shunts shutter shuttled shuttling " +
        "shying sickbed sicken sicker sight sighted sighting sights silks sills silly singe singed singes singing " +
        "sings sinking sinks sinned sinning sired siring sited siting sitting sizing skated skating skidded skidding " +
        "skids skiing skill skilled skills skimmed skimming skims skits skyed skying slabbed slabbing slabs slack " +
        "slacked slacking slacks slake slaked slakes slaking slams slash slashed slashes slashing slated slates " +
        "slating slats slaved slaves slaving slaying slayings slays sleek sleeked sleeking sleeks sleeper sleepy " +
        "sleet sleeted sleeting sleets slicked slicking slicks slimmed slimming slims slits slitting slogged " +
        "slogging slogs sloped sloping slopped slopping slops slots slotted slotting slowed slows slugged slugging " +
        "slugs sluts smacker smarted smarting smiting smock smocked smocking smocks smoother smuts snagged snagging " +
        "snags snake snaked snakes snaking snapped snapping snappy snaps snare snared snares snaring sneak sneaked " +
        "sneaking sneaks snits snout snouts snuff snuffed snuffing snuffs soaped soaping soaps soared soaring sobbed " +
        "sobbing socked socking socks sodas solder soldered soldering solders soled soles soling songs sonnet sopped " +
        "sopping sores sorry sough soughed soughing soughs soured souring souse soused souses sousing south sowed " +
        "sower sowers sowing spacey spacial spacy spade spaded spades spading spake spams spans spare spared spares " +
        "sparing spars spate spates spatter spayed spaying spays speaker spear speared spearing spears speck specked " +
        "specking specks spice spiced spices spicing spied spies spiked spiking spill spilled spilling spills spins " +
        "spite spited spites spiting splats splatted splatting splits splitting spook spooked spooking spooks spots " +
        "spotted spotting spout spouted spouting spouts sprats spying squeezer squeezers stabled stabling stack " +
        "stacked stacking stacks staff staffed staffing staffs staged staging stagings stags stake staked stakes " +
        "staking stale staled staler stales staling stall stalled stalling stalls stank staph stare stared stares " +
        "staring stark starker starless starling starlings starred starring stars started starting stated stating " +
        "stats stave staved staves staving steak steaks steed steep steeped steeping steeps stems steppe steppes " +
        "stewed stewing stews sticking sticks stiff stiffed stiffing stiffs stifled stifling stile stiles stiller " +
        "stilt stilted stilts sting stoked stoking stomped stomping stomps stoned stoning stooped stooping stoops " +
        "stopper stored storing stout stowed stowing stows straggle straggled straggles straggling strain strained " +
        "straining strains strange strangler stranglers strayed straying strays stream streamed streaming streams " +
        "stropped stropping strops stubbed stubbing stubs stuffed stuffing stuffings stuffy sucked sucking sucks " +
        "suing suited suiting suits summed summing sumps sunder sundered sundering sunders surged surges surging " +
        "swabbed swabbing swabs swagged swagging swags swapped swapping swaps swarmed swarming swarms swash swashed " +
        "swashes swashing swatches swats swatted swatting swayed swaying sways sweep sweeping sweepings sweeps swept " +
        "swigs swill swilled swilling swills swimmer swiped swiping swished swishing swopped swopping swops synced " +
        "syncing syncs tabbed tabbing tacked tacking tacks tagged tagging taker takers tales talker talkers tallow " +
        "tamed tames taming tangs tanked tanking tanks tanned tanning taped tapers tapes taping tared tares taring " +
        "tarred tarring tarry tarrying tasked tasking tasks taste tasted tastes tasting tatted tatter tattered " +
        "tattering tatters tatting taxied taxiing taxying teals teared tearing tears teats teeing teemed teeming " +
        "teems temped tempter tempters tended tending tented tenting tents terns tested testing tests thank thanked " +
        "thanking thanks thees theme themes thick thine thinker thinned thinning thins thongs thorough thread " +
        "threaded threading threads three threes throaty throb throbs throe throes thrower thumb thumbed thumbing " +
        "thumbs thunk thunks ticked ticking ticks tided tides tiding tieing tight tights tikes tiled tiles tiling " +
        "tilled tilling tills timer timers timid tines tinged tinging tings tireder tithed tithing tittle tittles " +
        "toads toked token tokens tokes toking tolled tolling tolls tomes toned tones toning tooled tooling tools " +
        "tooted tooting toots topped topping torch torched torches torching toted toting totted totting touchy tough " +
        "toughs toured touring touted touting towed tower towered towering towers towing trace traced tracer tracers " +
        "traces tracing tract tracts trafficked trafficking trail trailed trailing trails trainee trainer traipsed " +
        "traipsing trait traits trans trash trashed trashing tread treading treads treas treat treated treating " +
        "treats treed treks trend tress trick tricked tricking tricks tried tries tropes trough troughs truck " +
        "trucked trucker truckers trucking trucks trued trueing trues truing trump trumped trumping trumps trunk " +
        "trunking trunks tuned tuning turds turfed turfing turfs turner turners twain tweed tweeds twigs twilled " +
        "twine twined twines twinged twinging twining twink twinks twits tying tykes udder udders umped umping " +
        "underfed underling unerring unsafest unsaying usable vaped vapes vaping vatted vatting veeps vended vending " +
        "vented venting vents vested vesting vests vetted vetting vexed vexing vices vines violet violets vireo " +
        "vireos vised vises vising vistas vivas vocation vocations voles voted voting vouch vouched vouches vouching " +
        "vowed vowing vying wacks wadded wadding waded wades wading wafted wafting wafts wager wagered wagering " +
        "wagers wagged wagging waifs wailed wailing wails waist waists waiving waken wakened wakening wakens waled " +
        "wales waling walker wallet wallow wallowed wallowing wallows wands waned wanes waning wanked wanking wanks " +
        "warded warding wards wares warmer warned warning warns warped warping warps warred warring warts washer " +
        "washers waster wasters watcher watchers watts waved waves waving waxed waxes waxing weals wearing wears " +
        "weave weaved weaves weaving weeder weedy weeing weeping weepings weeps wefts welded welding welds welled " +
        "welling wells welted welting welts wended wending wends wetted wetter wetting whacker whacky whale whaled " +
        "whales whaling whams where wheres whets whetted whetting whine whined whines whining whirled whirling white " +
        "whites whiting whitings whits whorl whorled whorls whose wicked wicks widow widowed widowing widows widths " +
        "wigged wigging wight wights wildly wilds wiled wiles wiling willow willows wilted wilting wilts wince " +
        "winced winces wincing wined wines winged winging wings wining winnow winnowed winnowing winnows wired " +
        "wireds wires wiring wises wisher wisps witch witched witches witching wither within witting wives wizes " +
        "wonted wooded wooding woods woofed woofing woofs worded wording words wordy worker world worlds wormed " +
        "worming worms wormy worrier worriers worsen worsens worst worsted worsting worsts wound wounded wounding " +
        "wounds wowed wowing wrack wreak wreaked wreaking wreaks wrens wringing wrings writhed writhing writing " +
        "writings writs yanked yanking yanks yards yawed yawing yelped yelping yelps yocks yoked yokes yoking youth " +
        "youths zealous zenned zests zinced zincing zinged zinging zings zoned zones zoning zoomed zooming zooms";
}
