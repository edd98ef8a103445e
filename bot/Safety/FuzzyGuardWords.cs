namespace FrontDoor.Bot.Safety;

/// <summary>
/// Real English words one edit away from a lexicon word ("sitting" from "hitting", "reads" from "ready").
/// They are never "corrected", so ordinary messages do not turn into alarming ones. Generated from
/// Debian's British English word list (wbritish): every word of five or more letters one edit from a
/// fuzzy target (<see cref="FuzzyEnglish.Targets"/>). Regenerate when the lexicon gains English words.
/// </summary>
internal static class FuzzyGuardWords
{
    public static readonly string[] Words = All.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private const string All =
        "abase abased abases abashed abashing abasing abductee abetter abetters abraded abrading abridge abridged " +
        "abridges abridging acing acted acting added adding adulated adulating advise advised advises advising aging " +
        "aided aiding ailed ailing aimed aiming alders alight alighted alighting alights alike allergies alley allied " +
        "allying aloes along always amuse amused amuses amusing anion anions anted antidepressant anuses apathetic " +
        "aping append aright arising armed arming arouse aroused arouses arousing asexual asexually ashed ashes ashing " +
        "assaulter assay assayed assaying assays atone atoned atones atoning attach attached attaching attacker " +
        "attackers awaken awakens aware awing awoke axing babes babied babier babiest babysat backed backing backs " +
        "bagged bagging baggy bailed bailing bails baked bakes baking balded balding balds baled bales baling balked " +
        "balking balks ballad ballet ballsy balms banal banded banding bands banes banker banned banning banns banter " +
        "bantered bantering banters bards barged barging barked barking barks barns barter bartered bartering barters " +
        "based bases bashes basing basis basked basking basks basted basting batch batched batching bated bates bathe " +
        "bather bathers bathes bathos bating batted batten battened battening battens battier batting battle battled " +
        "battles battling bawled bawling bawls bayed baying beach beached beaching beady beaked beaks beamed beaming " +
        "beams beaned beaning beans bearded bearding beards bearing bearings bears beast beasts beater beaters beaus " +
        "becks bedded bedding beets being belated belied belled belling bells belly bellying belting belts bending " +
        "bends benefit benefited benefiting benefitted benefitting bents berated berating bested besting bests betas " +
        "betted betting bettor bettors bidding bided biding bights bilked bilking bilks billed billing billings billow " +
        "billowed billowing billows bills billy binding binds binged biped birch birched birching bitches bitchy " +
        "biting bitten bitter bitters blacked blame blamed blames blaming blanches blanked blanking blanks blare " +
        "blared blares blaring blaster blasters blats blaze blazed blazes blazing bleacher bleaches bleak bleated " +
        "bleating bleats bleeder bleep bleeped bleeping bleeps blench blenched blenching blend blended blending blends " +
        "bless bletch blimps bling blockaded blockading blocking blocks blond blonds bloodied bloody bloodying bloom " +
        "bloomed blooming blooms blotched blotted blotting blowing blueing bluer bluest blurs bluster blustered " +
        "blustering blusters boarding boated boating boats bobbed bobbing boded bodes boding bogged bogging boggy " +
        "boiler boilers boles bolls bolted bonded bonding bonds boned bones boney bonged bonging bongs boning booed " +
        "booing booked booking bookings books boors bored bores boring bosses bossy botch botched botches botching " +
        "bother bothered bothering bothers bough boughs bowed bowing bowled bowling boxen boxer boxers brads bragged " +
        "bragging brags braise braised braises braising brake braked brakes braking branch branched branching brats " +
        "brayed braying brays breach breached breaches breaching bread breaded breading breads breadth breadths " +
        "breaker breather breathers breathy breed breeding breeds bride brides bridle bridled bridles bridling " +
        "brightened brightens bring bringing broad broads broiled broiling broker brokered brokering brokers brood " +
        "brooded brooding broods brooked brooking broom brooms brown browned browning browns bruiser bruisers brunt " +
        "bubbled bubbling bucked bugged bugging bulgy bulled bulling bulls bumbled bumbler bumblers bummed bummer " +
        "bummers bumming bumper bumpers bumpy bunch bunched bunches bunching bunged bunging bungs bunked bunking bunks " +
        "bunny bunted bunting bunts buoyed buoying burgs buried burner burners burped burping burps burred burring " +
        "burrs burst bursted bursting bursts burying bused buses bushed bushing bushings busing bussed bussing butch " +
        "butted butter buttered butteries buttering butters buttery butting buying cabal cabals cabbed cabbing cached " +
        "caching caddy caddying caged cages caging cairn cairns caked cakes caking called calling callings calls " +
        "calmer calved candled candling caned caning cannabises canned canning canny canted canting cants caped caper " +
        "capered capering capers capes capped capping carbs cared cares caress caressed caressing caring carnal carped " +
        "carping carps carriage carriages carried carries carry carted carting carts carved carving cased cases cashes " +
        "cashew casing casks casting casts cater catered catering caters caused causing caved caving cawed cawing " +
        "ceded ceding cells cents chads chafed chafing changing chanted chanting chants chaos chapping chaps charmed " +
        "charming charms chars charted charting charts chased chasing chattel chatter cheated cheating cheats check " +
        "checked checking checks chewer chewers chick chicks chided chiding chill chilled chilling chills chimed " +
        "chiming chinking chins chipped chipping chits chives chock chocked chocking chocks choker chokers chomping " +
        "chore chores chose chowed chowing chubby chuckled chuckling chump chumps chunk chunks churls cinch cinched " +
        "cinching cited citing claim claimed claiming clams clans clapped clapping claps clash clashed clashes " +
        "clashing clasp clasped clasping clasps classes classy claws cleanse cleansed cleanser cleansers cleansing " +
        "clear cleared clearer clearing clearings clears cleat cleats cleaved cleaver cleavers cleaving clewed clewing " +
        "clicked clinched clinches cling clinging clings clipper clippers clipping clits clocked clocking clocks clods " +
        "clone cloned clones cloning clopped clopping closer closest closet closets clotted clotting clove cloves " +
        "cloyed cloying cluck clucked clucking clucks clued clues cluing clung clutter cluttered cluttering clutters " +
        "coaches coarse coated coating coats cocked cocking cocks codded codding coded codger codgers coding coeds " +
        "coifed coiffed coiffing coifing coifs coiled coiling coils coked cokes coking colas colder collapse collapses " +
        "colts comes comic comics coming conch conchs cones confuse confuser confusers confuses confuted conic conics " +
        "conking conned conning consed consent consented consenting consents consing contend contended contending " +
        "contends contest contested contesting contests context contexts controller controllers contused convent " +
        "convents cooing cooked cookery cooks cooled cooler coolers cooling cools coons cooper coopered coopering " +
        "coopers cooping coped copes copied coping copings copped copping copse copses copying corded cording cords " +
        "cored coring corking corned corning corns couch couched couches couching cough coughed coughs county courser " +
        "courted courting covens crabbed crabbing crabs cracker crackers cracking crackings cracks crags crammed " +
        "cramming crams craned craning crank cranked cranking cranks cranny crape crapes crapped crapping craps " +
        "crashed crashes crashing crass crated crating crays creak creaked creaking creaks cress crewed crewing " +
        "crooking cropped cropping crops crown crowned crowning crowns cruise cruised cruises cruising cubed cubing " +
        "cueing cuing culled cumming cunts cupped cupping curds cured cures curing curled curling curls currying curse " +
        "cursed curses cursing cusps cussed cussing customer cuter cutter dabbed dabbing dames dandy dared daring " +
        "darned darting dashed dashes dashing dated dates daunted daunting daunts daybed dazes dazing dding deaden " +
        "deader deafer dealing deals deans dearer dearly dears dearth dearths deathbed debated debating debited " +
        "debiting debits debuted debuting debuts decades decide decided decked decking decks decodes dedication " +
        "dedications deeded deeding deeds dehydrate dehydrates dells dented denting dents departed depth depths " +
        "derides destroyer destroyers deterrent deterrents diced dicing dicks difficulty digging diking dills dilly " +
        "dimmed dimming dined diner diners dines dinged dinging dings dining dinker dinned dipped dipping discard " +
        "discarded discarding discards discoed dished dishing dissed dissing ditch ditched ditching dived diver divers " +
        "dives diving docked docking docks document documented documenting dodged dodger dodgers dodging doers doing " +
        "doings doled doles doling dolled dolling domed domes doming donned donning donors doomed dooming dooms doped " +
        "dopes doping dormer dormers dosed doses dosing doted doting dotted dotting douched douches douching dough " +
        "douse doused douses dousing downed downing downs dowsed dowsing dozed dozing drabs drainers drams drape " +
        "draped drapes draping drawing drawn draws drays dream dreamed dreaming dreams dregs dress dressed dressing " +
        "driest drink drinking drinks dripped dripping drippings drips driver drivers droned droning drooped drooping " +
        "droops dropper droppers dropsy dross drowse drowsed drowses drowsing drubs drugged drugging drums drunk " +
        "drunks dryad dryads drying dubbed dubbing ducked duded dudes duding dulled dummies dumped dumping dumps " +
        "dunner duping during dusty dwell dwelled dwelling dwellings dwells dyeing dyking early earned eased easing " +
        "eater eaters eating edible eggshell eiders eights eking elapsed elapsing elated elates elating elder email " +
        "emailed emailing emergence emptied engage engages enraged entered entering entice enticed entices enticing " +
        "entries erred erring espouse espoused espouses espousing espying etching etchings evened evening evens exited " +
        "exiting exits exploiter exploiters eying fabled facet facets facings facts faeces fagging failed failing " +
        "failings fails faint fainted fainting faints faked fakes faking fallowed fallowing famed fancy fancying fangs " +
        "fanned fanning farce farces fared fares faring farmed farmer farmers farming farmings farms farther fated " +
        "fates fating fatter faxed faxes faxing fazed fazes fazing feather feathered feathering feathers feats feeder " +
        "feeling feelings feels feller felted felting felts fended fending fends fetching feted feting fetter fettered " +
        "fettering fetters fettle feuded feuding feuds fewer fiats fickle fiend fiends fifes fighter fighters fights " +
        "filed files filing filings filled filling fillings fills filly filth finance financed finances financing " +
        "finch finches finding finds finer finest finis finked finking finks finny fired fires firing firmer fished " +
        "fishing fitted fitting fittings fiver fives fixed fixes fixing flagged flagging flags flaked flaking flamed " +
        "flaming flamings flapped flapping flaps flared flaring flasher flashers flashest flashy flask flasks flatbed " +
        "flatten flatter flawed flawing flaws flayed flaying flays fleas fleecing fleet fleeting fleets flesh fleshed " +
        "fleshes fleshing flexed flexes flexing flicked flied flies flint flints flipped flipping flippy flits flitted " +
        "flitting floated floating floats flocked flocking flocks floes flood flooded flooding floods flopped flopping " +
        "flues flunk flunked flunking flunks flush flushed flushes flushing fluster flustered flustering flusters " +
        "fluted fluting flying foaling fobbed fobbing fogged fogging foiled foiling folded folding folds follower " +
        "followers fondly fondue fondues fooled fooling fools footed footing foots forceps forded fording fords fores " +
        "forge forged forger forgers forges forging forked forking formed forming formulae formulated formulating " +
        "forte fortes foundling fours foxed foxes foxing fracking fracks frags framed framing frank franked franking " +
        "franks frats frayed fraying frays freak freaked freaking freaks freed freeing frees fridge fridges fried " +
        "frighten frightening fringed fringing frown frowned frowning frowns frowsy fucked fuelled fuelling fulled " +
        "fulling fulls fumbled fumbler fumblers fumed fuming funky furled furling furls gabbed gabbing gadded gadding " +
        "gagged gales galled galling gallop galloped galloping gallops galls gamer gamest gamey gamin gamine gamines " +
        "gamins gangling gaped gapes gaping garbed garbing garble garbled garbles garbling garbs gardener gases gashed " +
        "gashes gashing gassed gassing gassy gated gates gather gathered gathering gathers gating gauged gauging gazed " +
        "gazes gazing geared gearing gears gelled gelling genes genital gents gifted gifting gigging gills gilts " +
        "girded girding girdled girdling girds girted girting girts gives giving glade glades glads glasses glean " +
        "gleaned gleaning gleans gloom gloss glossed glossing glossy glued glues gluing goaded goading goads gobbed " +
        "gobbing goggling golds gonad goner goners gonged gonging gongs gonks goods gooks goose goosed gooses goosing " +
        "gored gores goring gowned gowning gowns grabber grace graced graces gracing grade graded grades grading grads " +
        "grains grainy grams grand granddad granddads grands grant granted granting grants graph graphed graphing " +
        "graphs grasped grasping grass grassed grassing grassy grate grated grates grating grave graved graves graving " +
        "graze grazed grazes grazing greed greps greyer grinned grinning grins gripe griped gripes griping gripped " +
        "gripping grips grist groan groaned groaning groans groin groins grooved grooving grouped grouping groupings " +
        "grouse groused grouses grousing grove groves growing growl growled growling growls grows grubbed grubbing " +
        "grubs guess gulled gummed gummier gummiest gumming gunny guppy gushed gusting gutted gutting hacked hacking " +
        "hacks hakes haled hales halls hammed hamming hamstring handed handing hands hanged hangover hangovers hangs " +
        "hanks harasses harden hardened hardening hardens harder hardy hared harems hares haring harked harking harks " +
        "harped harping harps harpy harried harries harry harrying harts hashed hashes hashing hated hater haters " +
        "hates hating hatted hatter hatters hatting haunted haunting haunts haves having hazed header headings heady " +
        "healer healers healing heals heaped heaping heaps hearing hears heated heath heaths heating heats heaved " +
        "heaving heeded heeding heeds heeled heirs hemmed hemming herded herding herds herrings hewed hewing hexed " +
        "hexes hexing hiccup hiccuped hiccuping hicks hided hides hiding hieing highs hiked hikes hiking hills hilly " +
        "hinds hinging hinted hinting hipped hipping hippy hired hires hiring hisses hitch hitched hitching hitter " +
        "hived hiving hoarded hoards hobbled hobbling hobby hocked hocking hocks hoeing hogged hogging holding holds " +
        "holed holing hollowed hollowing homer homers homey homeys homies hominy honed hones honey honeyed honeying " +
        "honeys honing hooded hooding hoods hooked hooker hookers hooking hooks hooped hooping hooted hooting hopped " +
        "hopping horded hording horned horns horse horsed horses horsing hosed hoses hosing hosted hosting hotbed " +
        "hotel hotter housings huffy hulled hulling hulls humbled humbler hummed humming humped humping humps hunch " +
        "hunched hunches hunching hunted hunting hunts hurdled hurdling hurler hurlers hurtled hurtling hushed hushing " +
        "husky hustings hying hyped hypes hyping icing inched inching infection infections infested inlays inline " +
        "inner instal instals instead insure insured insureds insures insuring interne interned internee internees " +
        "internes inure inured inures inuring invested itched itching jabber jacket jackets jaded jades jading japed " +
        "japes japing jaunted jaunting jaunts jawed jawing jelled jelling jells jelly jellying jerkin jerkins jibbed " +
        "jibbing jibed jibing jiggling jived jives jiving jobbed jobbing jocks jogged jogging joined joining joins " +
        "joker jokers jotted jotting joyed joying jumbled jumped jumps jutted jutting keened keening keens kenned " +
        "kenning keyed keying kicker kickers kicky kidder kiddoes kiddy kidnapper kidnappings killer killers kilned " +
        "kilning kilns kilos kilts kinds kinked kinking kinks kissed kissing kited kiting knack knacks knights knocker " +
        "knockers knots knotted knotting knotty kooks labourer labourers laced laces lacing lacked lacking lacks " +
        "ladder laden lades ladings ladled ladling lagged lagging lakes lamed lames laming lamps landed landing lapped " +
        "lapping lapsed lapsing larded larding lards larked larking larks lased lashes lashing lasing lasted later " +
        "lathed lather lathered lathering lathers lathing laths latter lauded lauding laughter launch launched " +
        "launching laying lazed lazing leach leached leaching leaded leading leads leafless leaned leaner leaning " +
        "leanings leans leased leashed leasing ledger ledgers lefter lefts legged legging letting lever levered " +
        "levering levers licking lickings licks lidded lighted lighten lightened lightening lightens lights liked " +
        "likes liking lilted lilting lilts limbs limed limes liming limned limning limns limos limper limpet limpid " +
        "lined lines lining linings linked linted linting lints lipid lisped lisping lisps listed listing lists litter " +
        "littered littering litters liven livens liver livers livest livid loader loafed loafing loafs loaned loaning " +
        "loans lobbed lobbing lobed locker lockers locket lockets locus locution locutions lodge lodged lodges lofted " +
        "lofting lofts logged logger loggers logging loins longer looked looking looks loose loosed looses loosing " +
        "looted looting loped lopes loping lopped lopping lorded lording lords lorry loses losing lotus louse louses " +
        "loved loves loving lowed lowing loxes lubed lubing lucked lucking lucks lulled lulling lumped lumping lumps " +
        "lunches lunged lunging lungs lurch lurched lurching lured lures luring lying lynch lynched lynching maced " +
        "maces macing magnetised magnetising magneto magnetos mailed mailing mails makes making makings males malls " +
        "malted malting manage managed manages manes manged manger mangers manna manner mapped mapping mares marker " +
        "market markings marred marring marts mashed mashes mashing masked masking masks massage massaged massages " +
        "massaging massing maths matins matted matter mattered mattering matters mattes matting matts maxed maxes " +
        "maxing mazes meaning meanings meats mediation meditation meditations melted melting melts mended mending " +
        "merry messed messing meted metes methadon meting mettle mewed mewing miked miking miler miles milfs milker " +
        "milky millage miller millet mills mimed miming minded minding minds mined mines mining minks mired miring " +
        "misled missed mister misters misting misusing mites mitten mittens mixed mixing moaned moaning mobbed mobbing " +
        "mocked mocking mocks modded modding modest moles molester molesters monkey monkeyed monkeying monkeys month " +
        "months moods moored mooring moors moose moped mopes moping morning morns mosey moseyed moseying moseys motes " +
        "moths mottle mottled mottles mottling mouse moused mouses mousing mouthwashes mucked muggy mulled mulling " +
        "mumbled mumbler mumblers mummer mummers mummies mumps munch munched munches munching murderer murderers " +
        "murderess murks mused mushed mushing musing musky mussing muted mutes mutilate mutilates muting nabbed " +
        "nabbing nagging named names naming napes napped napping nappy narked narking narks nearby neared nearing " +
        "nears neath neatly needed needing needs netter netters nettle nettled nettles nettling never nicked nicking " +
        "nickle nickles nicks niggling night nighty nines ninny nipped nipping nodded nodding nodes noise noised " +
        "noises noising nooks nosey noshed noshes noshing noted notes noting nuder nudest nudged nudges nudging nuked " +
        "nukes nuking nutted nutting oaken oaten oaths ogled ogling oldest olive olives omens omits omitted omitting " +
        "opened opening opens other others outed outing outsider outsiders outsize outsized outsizes overdoes " +
        "overdoing overdone overs oversight oversights owing paced paces pacing package packaged packed packer packers " +
        "packing packs pacts padded padding paddy paged pager pagers pages paging pained paining painkiller pains " +
        "painter paintings palates paler palled palling palls palmed pamper pampered pampering pampers panes pangs " +
        "panned panning panted panting panty papery paramedic pared pares paring parity parka parkas parred parried " +
        "parries parring parry parrying parsed parsing parted particle particles parting parts pasts pates paths " +
        "patted patter pattered pattering patters patting paunch paunches pauper paupers payed payer payers paying " +
        "pealed pearly pears pecked pecking pecks pelted pelts pended pending pends penes penises penned penning peppy " +
        "perked perking perks pesos petrifies phoney phoneys phonied phonies phony phonying photon photons picker " +
        "picket picketed picketing pickets pickle pickled pickles pickling picky piece pieced pieces piecing pieing " +
        "piing piked piking piled piles piling pillage pillaged pillages pillaging pimped pimping pimps pinches pined " +
        "pines pining pinked pinking pinks pints piped piper pipers piping pipped pipping pissed pissing pitch pitched " +
        "pitching pitted pitting placed places placing placket plackets plaint plaints planed planes planing plans " +
        "plants plate plated platen platens plating player plodded plodding plotted plotting ploys plunged plunging " +
        "plying poach poached poaching pocked pocket pocketed pocketing pockets pocking pocks point pointed pointing " +
        "points poised poising poked pokes poking poled poles policies poling polite polity polled polling polls " +
        "ponder pones poohed poohing poohs pooped pooping poops popes poppy pored pores poring ported porting ports " +
        "posed poses posing potted potting pouch pouched pouches pouching pounded pounding pounds pours pouted pouting " +
        "poxes prank pranks prated prates prating prayed praying prays preps present presented presenting presets " +
        "presses pressings prevents preyed preying preys priced pricing pricked pricking pricks pries primate primates " +
        "primed priming print printed printing prints privater privatest privatised privatising processional " +
        "processionals prodded prodding programmer programmers programmings proms prone propped propping props pucks " +
        "pudding puffed puffing puffs pukes puller pullers pullet pullets pulley pulleys pulling pulls pulped pulpy " +
        "pulsed pumped pumping pumps punchy punted punting punts pupped pupping puree pureed purees purer purest " +
        "purged purges purging purify purifying purled purling purls purpler purplest purred purring purrs purse " +
        "pursed purses pursing pusher pushers pushes pushy putted putting pyres rabbi rabbis rabies raced races racing " +
        "racket racketed racketing rackets racking racks ragas ragged ragging raked rakes raking rammed ramming ranged " +
        "ranges ranging ranked ranking ranks ranted ranting rants rapid rapids rapine rapped rapping rared rares " +
        "raring rasher rashers rashest rashness rasped rasping rasps rated rates rating ratings ratted ratting raved " +
        "raves raving ravings razed razes razing reaching readied reading readings reads realer reaped reaping reared " +
        "rearing rears receipt receipted receipting recommenced recommencing redoing reeds reedy refugee refugees " +
        "refuse refused refuses refusing refute refuted refutes refuting related relaxes relayed rending rends renter " +
        "reported researcher researches resents resource rested resting rests reuse reused reuses reusing revered " +
        "revering riced ricing ricked ricking ricks ridded ridding rider riders ridge ridged ridges ridging riding " +
        "rifer rifted rifting rifts righter rights riled riling rills rimed riming rimmed rimming rinds riper ripped " +
        "ripping riser risers rising riven riverbed rivet riveted riveting rivets roach roached roaching roads roaming " +
        "robbed robbing robed robes robing rocked rocking rocks roiled roiling roles rolled rolling romped romping " +
        "roods rooked rooking rooks roomed roomer roomers rooming rooms roses rotted rotting rouge rouged rouges " +
        "roughen rougher rouging route routed routes routing roved rover rovers roves roving rowed rowing rubbed " +
        "rubbing rumbled rummer rumps runny runts ruses rushed rushes rushing rutted rutting sacked sacking sacks " +
        "sacred sades safely safer safest sages sagged sagging sailing sailings saint saints sales sallow sames sapped " +
        "sapping sappy sashes sated sates sating saved saves saving savings sawed sawing saxes saying sayings scabbed " +
        "scabbing scabs scads scagged scags scale scaled scales scaling scalp scalped scalping scalps scaly scammer " +
        "scammers scare scarfed scarfs scarred scars scarves scatted scatting scold scolded scolding scoldings scolds " +
        "scoped scoping scored scores scull sculled sculling sculls seabed sealed sealer sealers sealing seamed " +
        "seaming seared searing sears seated seating seats secrete secretes seeded seeding seeds seeing seething " +
        "selfless selling sells senna sensed sensing serfs setter setters setting settings settle settler settlers " +
        "settles settling sever severed severing severs sewed sewing sexes sexist sexists shack shacks shade shaded " +
        "shades shading shadings shagged shagging shags shaker shakers shaky shale shallow shallows shame shamed " +
        "shames shaming shape shaped shapes shaping shards share shared shares sharing sharked sharking shave shaved " +
        "shaven shaves shell shelled shelling shells shill shilled shilling shills shimmed shimming shined shining " +
        "shinned shinning shins shipped shits shitting shock shocked shocking shocks shoed shoeing shoes shone shooed " +
        "shooing shoon shoos shoot shooting shoots shopped shopping shops shore shored shores shoring shots shovel " +
        "shovels showed showing shrew shrews shrike shrikes shrove shuck shucked shucking shucks shying sickbed sicken " +
        "sicker sickle sickles sided siding sifted sifter sifters sifting sifts sighs sights signed signing silks " +
        "sills silly silted silting silts simmer simmered simmering simmers singed singing sings sinking sinks sinned " +
        "sinner sinners sinning sipped sipping sited siting sitter sitters sitting sittings skeins skidded skidding " +
        "skids skied skies skiing skill skilled skills skims skipped skips skits skulk skulked skulking skulks skyed " +
        "skying slabbed slabbing slabs slack slacked slacking slacks slake slaked slakes slaking slammer slammers " +
        "slams slash slashed slashes slashing slated slates slating slats slaved slaving slaying slayings slays " +
        "sledded sledding sleds sleep sleeping sleeps sleety sliced slicing slicked slicking slicks sliding slighter " +
        "slims sling slinging slings slipper slippers slipping slips slitter slogged slogging slogs sloped sloping " +
        "slopped slopping sloppy slops slots slotted slotting slued slues slugged slugging slugs sluing slummer slung " +
        "sluts smacker smackers smell smelled smelling smells smiled smiting smock smocked smocking smocks smoother " +
        "snagged snagging snags snake snaked snakes snaking snapper snappers snared snares snaring snark snarks " +
        "snatches snickers sniped sniping snipped snipping snips snitch snitched snitching snits snobs snoots snooty " +
        "snored snoring snorted snorting snorts snouts snowed snowing snows snuck soaked soaking soakings soaped " +
        "soaping soaps soared sobbed sobbing socked socking socks sodded sodding soiled soiling soled soles solid " +
        "soling sometime songs sonnet sopped sopping sorry sough soughed soughing soughs soured souring sours souse " +
        "soused souses sousing south sowed sowing spake spammer spammers spared spares sparked sparking sparks spats " +
        "spayed spaying speed spell spelled spelling spellings spells spelt spiced spicing spied spiel spieled " +
        "spieling spiels spinning spins spited spiting spits spitted spitting splashes splayed splaying splays split " +
        "splits splitting spoilt spook spooked spooking spooks spooled spooling spools sports spotted spotting spotty " +
        "spouted spouting spouts spriest spring springing springs squeezer squeezers stabled stabling stack stacked " +
        "stacking stacks staged staging stags stake staked stakes staking stale staled staler stales staling stall " +
        "stalled stalling stalls stammerer stank staph stare stared stares staring stark starker starling starlings " +
        "starred starring stars started starting stashes stated stating stats stave staved staves staving stayed " +
        "staying stays stepmom stepmoms stepped stepping steps sticking sticks still stilled stilling stills stilt " +
        "stilted stilts sting stinging stings stockpile stockpiles stoked stoking stomped stomping stomps stoned " +
        "stoning stony stooped stooping stoops stopper stoppered stoppering stoppers store stored stores storey " +
        "storeys storied storing stork storks storm stormed storming storms stormy stove stoves stowed stowing stows " +
        "straggle straggled straggles straggling strainers strange strangler stranglers strapped strapping straps " +
        "stride strides striding strife striker strikers strikings stringer stringers stripe striped stripes striping " +
        "stripped stripping strips strive strived strives striving stroke stroked strokes stroking stronger stropped " +
        "stropping strops stubbed stubbing stubs stuck stuff stuffed stuffing stuffs stumbled stumbler stumblers " +
        "stupider subbed subbing sucker suckered suckering suckers sucking suckled sucks suing suited suiting suits " +
        "sulked summed summery summing sumps sunned sunning sunny surged surges surging swabbed swabbing swabs swagged " +
        "swagging swags swapped swapping swaps swash swashed swashes swashing swatch swayed swaying sways sweller " +
        "swigged swigging swigs swill swilled swilling swills swine swines swinger swished swishing swopped swopping " +
        "swops swung tabbed tabbing table tabled tables tacked tacking tackle tackled tackles tackling tacks tagging " +
        "taint tainted tainting taints taker takers tales talked talker talkers talking talks tally tallying tamed " +
        "tames taming tamped tamping tamps tanager tanagers tangs tanked tanking tanks tanned tanning taped taper " +
        "tapered tapering tapers tapes taping tapped tapping tared tares taring tarps tarried tarries tarry tarrying " +
        "tasked tasking tatted tatter tattered tattering tatters tatting taunted taunting taunts taxed taxes taxing " +
        "teaches teared tearing tears teats teeing teemed teeming teems teensy teeny telling tells temper tempi tempo " +
        "tempos tempt tempter tempters tempting tempts tented tenting tents terns terrifies testing tests texted " +
        "thanking thees theme themes thing thinning thins thought thread threaded threading threads three threes " +
        "throaty throb throbs throe throes thrower thumb thumbed thumbing thumbs ticked ticking ticks tided tiding " +
        "tighter tights tikes tiled tiling tillage tilled tilling tills timed timing tines tinkle tinkled tinkles " +
        "tinkling tipis tipper tippers tipping tippled tipsy toads toddle toddled toddles toeing toiled toiling toked " +
        "token tokens tokes toking tolled tolling tomes toned tones toning tooled tooling tools tooted tooting toots " +
        "topped topping toppings torch torched torches torching tossed tossing totem totes totter touchy tough toughs " +
        "toured touring tours touted touting towed towing traced tracer tracers traces tracing tracings track tracked " +
        "tracts traded trading trailers trainees trainer trammed tramming tramped tramping tramps trams trans trapper " +
        "trappers trappings trashed trashes trashing trays tread treading treads treat treated treating treats tress " +
        "tricking trickle trickled trickles trickling tricks tried tries trike trikes trims trios tripe tripled " +
        "tripling tripod tripos trope tropes trotted trotting trough troughs truck trucked trucker truckers trucking " +
        "trucks trump trumped trumping trumps trying tubby tubed tubing tucked tumble tumbles tummies tuned tuning " +
        "tunny turds turfed turfing turfs turner turners twigs twine twined twines twinged twinging twining twink " +
        "twinks twinned twinning twister twisters twits twitted tying tykes umped umping undresses union unions " +
        "unsafer unsafest unsaying untie untied unties untiring upped upping vacated vacating vaginae vaginal vales " +
        "vamped vamping vanes vanned vanning vapid vases vatted vatting vaunted vaunting vaunts vented venting vents " +
        "vexed vexing viced vices vicing villager villagers vines violet violets vireo vireos vised vising vision " +
        "visioned visioning vitamin vocation vocations voice voiced voles voted voting vouch vouched vouches vouching " +
        "vulture vultures vying wabbit wabbits wacks wadded wadding waded wader waders wades wading wafer wafers " +
        "wafted wafting wafts waged wager wagered wagering wagers wagging waging wailed wailing wails waist waists " +
        "waited waiter waiters waiting waits waken wakened wakening wakens waled wales waling walked walking walks " +
        "wallet wallopings wallow wallowed wallowing wallows wands waned wanes waning wanked wanking wanks warble " +
        "warbled warbles warbling warded warden wardens warding wards wares warmed warming warms warped warred warts " +
        "washed washes washing washings wasted waster wasters wasting waterbed watery watts waved waver wavered " +
        "wavering wavers waves waving waxed waxes waxing wearing wears weaving wedded wedging weeded weeding weeds " +
        "wefts weirder weirdo weirdos weirs welders welding welds welled welling wells welted welting wended wending " +
        "wends wetted wetter wetting whacker whackers whacky whale whaled whales whaling whats wheeled wheeling wheezy " +
        "where wheres while whiled whiles whiling whist whiting whopping whorl whorled whorls whose wicked wicks widow " +
        "widowed widowing widows wiggling wights wildly wilds wiled wiles wiling willed willing willow willows wills " +
        "wilts wimps winced winch winched winching wincing windy wined wines winged winging wings wining winked " +
        "winking winks winner winners winning winnow winnowed winnowing winnows winos wiped wipes wiping wired wires " +
        "wiring wises wisher wishes wisps witch witched witching witting wives wizes woken wonted wooded wooding woods " +
        "wooed wooing wordy worked working wormy worrier worriers worries worryings wowed wowing wrack wrapped " +
        "wrapping wraps wreak wreaked wreaking wreaks wreath wreathe wreathed wreathes wreathing wreaths wrecker " +
        "wreckers wrest wrested wresting wrests wriest writing writs yacked yakked yanking yanks yapped yapping yards " +
        "yearly years yelled yelling yells yipped yipping yocks yoked yokes yoking yours youth youths yucked yuppy " +
        "zapped zapping zenned zipped zipping zones zoning zonked ";
}
