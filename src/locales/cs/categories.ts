// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Czech forms.
// Czech declines noun and adjective ("jednorázové e-cigarety", "jednorázových e-cigaret"): the cases
// news uses are listed, the last word as a stem ending in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabák, tabáku, tabákem, tabákové výrobky, tabákových výrobků, tabákovými výrobky
cigarettes: cigaret*
e-cigarettes: e-cigaret*, elektronické cigaret*, elektronických cigaret*, elektronickými cigaret*, elektronická cigaret*, elektronickou cigaret*, vape, vapy, vapů, vaporizér*
disposable vapes: jednorázové e-cigaret*, jednorázových e-cigaret*, jednorázovými e-cigaret*, jednorázová e-cigaret*, jednorázovou e-cigaret*, jednorázové elektronické cigaret*, jednorázových elektronických cigaret*, jednorázovými elektronickými cigaret*, jednorázové vapy, jednorázových vapů, jednorázovky, jednorázovek
e-liquids: e-liquid*, náplně do e-cigaret*, náplní do e-cigaret*, liquidy, liquidů
flavoured e-cigarettes: ochucené e-cigaret*, ochucených e-cigaret*, aromatizované e-cigaret*, aromatizovaných e-cigaret*, příchutě do e-cigaret*, příchutí do e-cigaret*
menthol cigarettes: mentolové cigaret*, mentolových cigaret*, mentolovými cigaret*, mentolky, mentolek
flavoured tobacco: ochucený tabák, ochuceného tabáku, aromatizovaný tabák, aromatizovaného tabáku
nicotine pouches: nikotinové sáčk*, nikotinových sáčk*, nikotinovými sáčk*, nikotinové polštářk*, nikotinových polštářk*
heated tobacco products: zahřívaný tabák, zahřívaného tabáku, zahřívané tabákové výrobky, zahřívaných tabákových výrobků
cigars: doutník*
snus: snus
shisha: vodní dýmk*, vodních dýmek, vodními dýmkami, šíš*
chewing tobacco: žvýkací tabák, žvýkacího tabáku
smoking: kouření
tobacco advertising: reklama na tabák*, reklamy na tabák*, reklamu na tabák*, reklamě na tabák*, tabáková reklama, tabákové reklamy
alcohol: alkohol, alkoholu, alkoholem, alkoholické nápoje, alkoholických nápojů, alkoholickými nápoji, lihoviny, lihovin
beer: pivo, piva, pivem
alcohol advertising: reklama na alkohol, reklamy na alkohol, reklamu na alkohol, reklamě na alkohol
energy drinks: energetické nápoje, energetických nápojů, energetickými nápoji, energetickým nápojům, energetické drinky, energetických drinků, energy drink*
sugary drinks: slazené nápoje, slazených nápojů, sladké nápoje, sladkých nápojů
cannabis: konopí, marihuan*, kanabis*
kratom: kratom*
magic mushrooms: lysohlávk*, psilocybin*
nitrous oxide: rajský plyn, rajského plynu, rajským plynem, oxid dusný, oxidu dusného
synthetic cannabinoids: syntetické kanabinoidy, syntetických kanabinoidů
CBD: CBD
HHC: HHC
foie gras: foie gras
fur: kožešin*
fur farming: kožešinové farmy, kožešinových farem, kožešinových farmách, chov kožešinových zvířat, chovu kožešinových zvířat, chov zvířat na kožešinu, chovu zvířat na kožešinu
glyphosate: glyfosát*
pesticides: pesticid*, přípravky na ochranu rostlin, přípravků na ochranu rostlin
neonicotinoids: neonikotinoid*
GMOs: GMO, geneticky modifikované organismy, geneticky modifikovaných organismů, geneticky modifikované plodiny, geneticky modifikovaných plodin
palm oil: palmový olej, palmového oleje, palmovým olejem
trans fats: transmastné kyseliny, transmastných kyselin, trans-mastné kyseliny, trans-mastných kyselin
lab-grown meat: laboratorně vypěstované maso, laboratorně vypěstovaného masa, umělé maso, umělého masa, kultivované maso, kultivovaného masa
raw milk: syrové mléko, syrového mléka
titanium dioxide: oxid titaničitý, oxidu titaničitého, E171
shark fins: žraločí ploutve, žraločích ploutví
dog meat: psí maso, psího masa
cat meat: kočičí maso
ivory: slonovin*
circus animals: divoká zvířata v cirkusech, divokých zvířat v cirkusech, zvířata v cirkusech, zvířat v cirkusech, cirkusová zvířata, cirkusových zvířat
trophy hunting: trofejní lov*, trofejního lovu, lovecké trofeje, loveckých trofejí
bullfighting: býčí zápasy, býčích zápasů, korid*
battery cages: klecový chov, klecového chovu, klecové chovy, klecových chovů, chov slepic v klecích, chovu slepic v klecích
animal testing: testování na zvířatech, pokusy na zvířatech, pokusů na zvířatech
whaling: lov velryb, lovu velryb, velrybářství
exotic pets: exotická zvířata, exotických zvířat
live animal exports: vývoz živých zvířat, vývozu živých zvířat, převoz živých zvířat, převozu živých zvířat
grain: obilí, obilím, obilovin*
wheat: pšenic*
rice: rýže, rýži
sugar: cukr, cukru
eggs: vejce, vajec
poultry: drůbež*
beef: hovězí maso, hovězího masa
pork: vepřové maso, vepřového masa
single-use plastics: jednorázové plasty, jednorázových plastů, jednorázovými plasty, jednorázový plast, jednorázového plastu, jednorázové plastové výrobky, jednorázových plastových výrobků
plastic bags: plastové tašky, plastových tašek, igelitové tašky, igelitových tašek, igelitk*, plastové sáčky, plastových sáčků
plastic straws: plastová brčka, plastových brček, brčka, brček
plastic cutlery: plastové příbory, plastových příborů
plastic bottles: plastové lahve, plastových lahví, PET lahve, PET lahví
microbeads: mikrokuličk*
sky lanterns: lampiony štěstí, lampionů štěstí, lampiony přání, lampionů přání
coal: uhlí, uhlím
combustion engine cars: auta se spalovacím motorem, aut se spalovacím motorem, automobily se spalovacími motory, automobilů se spalovacími motory, vozy se spalovacím motorem, vozů se spalovacím motorem, spalovací motory, spalovacích motorů, spalovák*
diesel cars: dieselová auta, dieselových aut, dieselové vozy, dieselových vozů, naftová auta, naftových aut
gas boilers: plynové kotle, plynových kotlů, plynový kotel
incandescent light bulbs: žárovk*
leaf blowers: foukače listí, foukačů listí, foukače na listí, foukačů na listí
PFAS: PFAS
asbestos: azbest*
fracking: frakování, hydraulické štěpení, hydraulického štěpení
private jets: soukromé tryskáče, soukromých tryskáčů, soukromé letouny, soukromých letounů
short-haul flights: krátké lety, krátkých letů, vnitrostátní lety, vnitrostátních letů
e-scooters: elektrokolobě*, sdílené koloběžky, sdílených koloběžek
mobile phones: mobilní telefon*, mobilních telefon*, mobilními telefon*, mobilním telefon*, mobil, mobily, mobilů, mobilech, mobilem, mobilu, mobilům, chytré telefony, chytrých telefonů, smartphon*, telefony, telefonů
smartwatches: chytré hodinky, chytrých hodinek
social media: sociální sítě, sociálních sítí, sociálních sítích, sociálními sítěmi, sociálním sítím, sociální média, sociálních médií, sociálních médiích, sociálními médii
messaging apps: komunikační aplikace, komunikačních aplikací, chatovací aplikace, chatovacích aplikací
video games: videohr*, počítačové hry, počítačových her
online games: online hry, online her
online gambling: online hazard*, online kasin*, internetové hazardní hry, internetových hazardních her, online sázení
gambling: hazard, hazardu, hazardní hry, hazardních her, hazardními hrami
sports betting: sportovní sázky, sportovních sázek, sázení na sport
slot machines: hrací automaty, hracích automatů, výherní automaty, výherních automatů
loot boxes: loot boxy, loot boxů, lootboxy, lootboxů
cryptocurrencies: kryptoměn*
crypto mining: těžba kryptoměn, těžby kryptoměn, těžbu kryptoměn
crypto ATMs: kryptoměnové bankomaty, kryptoměnových bankomatů, kryptobankomat*
VPNs: VPN*
AI chatbots: chatbot*, AI chatboty, chatovací roboty, chatovacích robotů
facial recognition: rozpoznávání obličejů, rozpoznávání tváří
spyware: spyware, špehovací software, sledovací software
drones: dron*
surveillance cameras: sledovací kamery, sledovacích kamer, bezpečnostní kamery, bezpečnostních kamer
pornography: pornografi*, porno, porna, pornem
internet: internet, internetu, internetem
mobile internet: mobilní internet, mobilního internetu, mobilní data, mobilních dat
books: knihy, knih, knihami
face coverings: burk*, nikáb*, zahalování obličeje, zakrývání obličeje
burkinis: burkiny, burkin
headscarves: šátky, šátků, muslimské šátky, muslimských šátků, hidžáb*
Nazi symbols: nacistické symboly, nacistických symbolů, hákový kříž, hákové kříže, hákových křížů
communist symbols: komunistické symboly, komunistických symbolů
protests: demonstrace, demonstrací, protesty, protestů
public gatherings: shromáždění
cinemas: kina, kin
rainbow flags: duhové vlajky, duhových vlajek
LGBTQ content: LGBT propaganda, LGBT propagandy, LGBT obsah, LGBTQ obsah
pride parades: pochody hrdosti, pochodů hrdosti, pochod hrdosti, průvody hrdosti, průvodů hrdosti
short-term rentals: krátkodobé pronájmy, krátkodobých pronájmů, krátkodobé ubytování, krátkodobého ubytování
cash: hotovost*
conversion therapy: konverzní terapie, konverzních terapií, konverzní terapii
abortion: potrat*, interrupc*
begging: žebrání, žebrot*
prostitution: prostituc*
tanning beds: solári*
surrogacy: náhradní mateřství, náhradního mateřství
firearms: střelné zbraně, střelných zbraní, střelnými zbraněmi
knives: nože, nožů
weapons: zbraně, zbraní, zbraň
fireworks: ohňostroj*, pyrotechnik*, petard*
pepper spray: pepřové spreje, pepřových sprejů, pepřový sprej
landmines: protipěchotní miny, protipěchotních min, nášlapné miny, nášlapných min
cluster munitions: kazetová munice, kazetové munice, kazetovou munici, kazetové bomby, kazetových bomb
hunting: lov, lovu, myslivost*
wolf hunting: lov vlků, lovu vlků, odstřel vlků, odstřelu vlků
bear hunting: lov medvědů, lovu medvědů, odstřel medvědů, odstřelu medvědů
logging: kácení, těžba dřeva, těžby dřeva, těžbu dřeva
mining: těžba, těžby, těžbu, těžbou
uranium mining: těžba uranu, těžby uranu, těžbu uranu
gold mining: těžba zlata, těžby zlata, těžbu zlata
nuclear power: jaderná energie, jaderné energie, jadernou energii, jaderné elektrárny, jaderných elektráren
dating apps: seznamovací aplikace, seznamovacích aplikací, seznamk*
balloons: balónk*, nafukovací balónky
glitter: třpytk*
live streaming: živé vysílání, živého vysílání, streamování
tattoos: tetování
NGOs: neziskové organizace, neziskových organizací
foreign funding: zahraniční financování, zahraničního financování
political advertising: politická reklama, politické reklamy, politickou reklamu
religious symbols: náboženské symboly, náboženských symbolů
same-sex marriage: stejnopohlavní manželství, manželství pro všechny, manželství osob stejného pohlaví
child marriage: dětské sňatky, dětských sňatků, sňatky nezletilých
corporal punishment: tělesné tresty, tělesných trestů
food dyes: potravinářská barviva, potravinářských barviv, umělá barviva, umělých barviv
aspartame: aspartam*
wildlife trade: obchod s divokými zvířaty, obchodu s divokými zvířaty
# 0.28.0: more categories
bidis: bidi
kreteks: kretek, hřebíčkové cigarety, hřebíčkových cigaret
single cigarettes: jednotlivé cigarety, jednotlivých cigaret
synthetic nicotine: syntetický nikotin, syntetického nikotinu
absinthe: absint, absintu
kava: kava kava, kavakava
powdered alcohol: práškový alkohol, práškového alkoholu, alkohol v prášku
alcohol deliveries: rozvoz alkoholu, donáška alkoholu
heroin: heroin, heroinu
amphetamines: amfetamin, amfetaminy, amfetaminů
pregabalin: pregabalin, pregabalinu, gabapentin
benzodiazepines: benzodiazepiny, benzodiazepinů, alprazolam, diazepam
pseudoephedrine: pseudoefedrin, pseudoefedrinu
ethylene oxide: ethylenoxid, ethylenoxidu, etylenoxid
dicamba: dikamba, dicamba
ammonium nitrate: dusičnan amonný, dusičnanu amonného
PCBs: PCB, polychlorované bifenyly, polychlorovaných bifenylů
parabens: parabeny, parabenů
triclosan: triklosan, triklosanu
methyl bromide: methylbromid, brommethan
caviar: kaviár, kaviáru
whale meat: velrybí maso, velrybího masa
peanuts: arašídy, arašídů, burské oříšky
factory farming: velkochovy, velkochovů, intenzivní chov, intenzivního chovu
sewage sludge: čistírenské kaly, čistírenských kalů, kaly z čistíren
manure spreading: kejda, kejdy, hnojení kejdou, statková hnojiva
piglet castration: kastrace selat, kastraci selat
mulesing: mulesing
hare coursing: štvanice na zajíce, honitba na zajíce se psy
bird hunting: lov ptáků, lovu ptáků, odchyt ptáků
blast fishing: rybolov s dynamitem, lov ryb dynamitem
pulse fishing: elektrolov, elektrický rybolov, pulzní rybolov
gillnets: tenatové sítě, tenatových sítí, žábrové sítě
coral harvesting: těžba korálů, sběr korálů, obchod s korály
foraging: houbaření, sběr hub, sběru hub, sběr lesních plodů
stray dog culling: utrácení toulavých psů, zabíjení toulavých psů
spearfishing: podvodní rybolov, lov ryb harpunou
flammable cladding: hořlavé obklady, hořlavých obkladů, hořlavé fasádní obklady
skyscrapers: mrakodrapy, mrakodrapů, výškové budovy, výškových budov
dams: přehrady, přehrad, vodní přehrady, stavba přehrad
biofuels: biopaliva, biopaliv, bionafta, bionafty
landfilling: skládkování, skládky odpadu, skládek odpadu
waste incineration: spalování odpadu, spalovny, spaloven
destruction of unsold goods: ničení neprodaného zboží, likvidace neprodaného zboží
radar detectors: antiradary, antiradarů, detektory radarů
pavement parking: parkování na chodníku, parkování na chodnících
tinted windows: tónovaná skla, tónovaných skel, tónovací fólie
shared bikes: sdílená kola, sdílených kol, sdílení kol
hotel toiletries: hotelová kosmetika, jednorázová hotelová kosmetika
signal jammers: rušičky, rušiček, rušičky signálu
satellite phones: satelitní telefony, satelitních telefonů
hidden cameras: skryté kamery, skrytých kamer, špionážní kamery
pagers: pagery, pagerů, pager
walkie-talkies: vysílačky, vysílaček, walkie-talkie
headphones: sluchátka, sluchátek
short-video apps: aplikace s krátkými videi, platformy krátkých videí
online pharmacies: internetové lékárny, online lékárny, internetových lékáren
emotion recognition: rozpoznávání emocí
tracking cookies: sledovací cookies, cookies třetích stran
cross-border data transfers: přenos dat do zahraničí, předávání osobních údajů do třetích zemí
internet cafés: internetové kavárny, internetových kaváren
ICOs: prodej tokenů, počáteční nabídky mincí, ICO projekty
peer-to-peer lending: P2P půjčky, půjčky mezi lidmi
social scoring: sociální skórování, systém sociálního kreditu
narcocorridos: narcocorridos, narkokoridos
twerking: twerking, twerkování
belly dancing: břišní tanec, břišní tance, orientální tanec
reality shows: reality show, reality TV
horror films: horory, hororů, hororové filmy
caricatures: karikatury, karikatur
foreign words: anglicismy, cizí slova, cizích slov
minarets: minarety, minaretů
opinion polls: průzkumy veřejného mínění, volební průzkumy, volebních průzkumů
child influencers: dětští influenceři, dětských influencerů
hoodies: mikiny s kapucí, mikin s kapucí
jeans: džíny, džínů, rifle
camouflage clothing: maskáče, maskáčů, maskovací oblečení
beards: vousy, vousů, plnovousy
high heels: vysoké podpatky, vysokých podpatků, lodičky na podpatku
public urination: močení na veřejnosti, močení na ulici
fortune telling: věštění, vykládání karet, věštírny
witchcraft: čarodějnictví, černá magie
hitchhiking: stopování, autostop
door-to-door sales: podomní prodej, podomního prodeje, podomní obchod
public displays of affection: líbání na veřejnosti, projevy náklonnosti na veřejnosti
cross-dressing: crossdressing, transvestitismus, převlékání do oblečení opačného pohlaví
homework: domácí úkoly, domácích úkolů
dowry: věno, věna, cena za nevěstu
organ sales: obchod s orgány, prodej orgánů
human cloning: klonování lidí, klonování
gene editing: editace genů, editace genomu, genové editace
blasphemy: rouhání, blasfemie
hate speech: nenávistné projevy, nenávistných projevů, podněcování k nenávisti
disinformation: dezinformace, falešné zprávy, poplašné zprávy
prenatal sex determination: určování pohlaví plodu, selektivní potraty podle pohlaví
international adoption: mezinárodní adopce, zahraniční adopce
pyramid schemes: pyramidové hry, pyramidová schémata
multi-level marketing: multi-level marketing, síťový marketing, MLM
layoffs: propouštění, hromadné propouštění, výpovědi z pracovního poměru
rent increases: zvyšování nájemného, zvýšení nájemného
zero-hours contracts: smlouvy na nula hodin, smlouvy s nulovým počtem hodin
body armour: neprůstřelné vesty, neprůstřelných vest
grenades: granáty, granátů, ruční granáty
martial arts weapons: nunčaku, vrhací hvězdice
slingshots: praky, prak
depleted uranium munitions: ochuzený uran, munice s ochuzeným uranem
biological weapons: biologické zbraně, biologických zbraní
hollow-point bullets: expanzní střely, střely dum-dum
mercenaries: žoldnéři, žoldnéřů, soukromé vojenské společnosti
nuclear tests: jaderné zkoušky, jaderných zkoušek, jaderné testy
cooking oil: jedlý olej, jedlé oleje, rostlinné oleje, kuchyňský olej
flour: mouka, mouky, pšeničná mouka
potash: potaš, draselná hnojiva, draselné soli
urea: močovina, močoviny
rosewood: palisandr, palisandrové dřevo
fodder: krmivo, krmiva, krmiv, seno
electricity exports: vývoz elektřiny, export elektřiny
medical masks: roušky, respirátory, chirurgické roušky, zdravotnické roušky
forced labour goods: výrobky z nucené práce, zboží z nucené práce
foreign investment: zahraniční investice, zahraničních investic
foreign land ownership: prodej půdy cizincům, prodej zemědělské půdy
high-denomination banknotes: bankovky vysokých nominálních hodnot, bankovky s vysokou hodnotou
bankers' bonuses: bonusy bankéřů, bankéřské bonusy, bonusy manažerů
chess: šachy, šachů
boxing: boxerské zápasy, boxerských zápasů, profesionální box
martial arts: bojová umění, bojové sporty, kickbox
mixed martial arts: MMA, zápasy v kleci, smíšená bojová umění
wrestling: zápasení, řecko-římský zápas, wrestling
yoga: jóga, jógy
ball games: míčové hry, míčových her
horse racing: koňské dostihy, dostihy, dostihů
motorsport: motorsport, automobilové závody, motoristické závody
bungee jumping: bungee jumping, skoky bungee
rock climbing: horolezectví, lezení, skalní lezení
karaoke: karaoke
poker: poker, pokeru
mahjong: mahjong
playing cards: hrací karty, karetní hry, karetních her
water pistols: vodní pistole, vodních pistolí
gyms: posilovny, posiloven, fitness centra
fidget spinners: fidget spinnery, fidget spinner
sledding: sáňkování, sáňky, bobování
paintball: paintball, paintballu, airsoft
`);
