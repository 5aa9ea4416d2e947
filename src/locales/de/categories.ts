// Categories of banned things (src/gazetteer/categories.ts): canonical name -> German forms.
// A leading "*" matches the end of a compound ("*zigaretten" = Einwegzigaretten); keep such suffixes specific.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: Tabak, Tabaks, Tabakwaren, Tabakprodukte, Tabakprodukten, Tabakerzeugnisse, Tabakerzeugnissen, *tabakwaren, *tabakprodukte
cigarettes: Zigarette, Zigaretten, Glimmstängel, *zigarette, *zigaretten
e-cigarettes: E-Zigarette, E-Zigaretten, E-Zigi, E-Zigis, elektronische Zigarette, elektronische Zigaretten, elektronischen Zigaretten, Vape, Vapes, Vaping, Dampfer-Produkte, Verdampfer, *e-zigarette, *e-zigaretten, *vapes
disposable vapes: Einweg-E-Zigarette, Einweg-E-Zigaretten, Einwegzigarette, Einwegzigaretten, Einweg-Zigarette, Einweg-Zigaretten, Einweg-Vapes, Einweg-Vape, Einwegvapes, Wegwerf-E-Zigaretten, Wegwerf-Vapes, Einweg-Dampfer, Puff Bars, *einweg-e-zigarette, *einweg-e-zigaretten, *einwegzigarette, *einwegzigaretten, *einweg-zigaretten, *einwegvapes, *einweg-vapes, *wegwerf-e-zigaretten
e-liquids: Liquids, Liquid, E-Liquid, E-Liquids, Nachfüllflüssigkeiten, Nachfüllbehälter
flavoured e-cigarettes: aromatisierte E-Zigaretten, E-Zigaretten mit Aromen, E-Zigaretten mit Geschmack, Aromen in E-Zigaretten, Aromastoffe in E-Zigaretten, Aroma-Liquids
menthol cigarettes: Mentholzigarette, Mentholzigaretten, Menthol-Zigaretten, Menthol-Zigarette, Zigaretten mit Menthol, Zigaretten mit Mentholgeschmack, *mentholzigaretten, *menthol-zigaretten
flavoured tobacco: aromatisierter Tabak, aromatisierten Tabak, aromatisierte Tabakprodukte, aromatisierten Tabakprodukten, Tabak mit Aromen, Aromatabak
flavoured cigarettes: aromatisierte Zigaretten, aromatisierten Zigaretten, Zigaretten mit Aromen, Aromazigaretten, Zigaretten mit charakteristischen Aromen, Zigaretten mit charakteristischem Aroma, Zigaretten mit einem charakteristischen Aroma
nicotine pouches: Nikotinbeutel, Nikotinbeuteln, Nikotinpouches, Nikotin-Pouches, Nikotinkissen, Nicotine Pouches, *nikotinbeutel
heated tobacco products: Tabakerhitzer, Tabakerhitzern, erhitzter Tabak, erhitzte Tabakerzeugnisse, Heat-not-burn
cigars: Zigarre, Zigarren, Zigarillo, Zigarillos
snus: Snus, Oraltabak
shisha: Shisha, Shishas, Wasserpfeife, Wasserpfeifen, Shisha-Bars, Shishabars, Shisha-Tabak, Shishatabak
chewing tobacco: Kautabak, Kautabaks, Schnupftabak, rauchloser Tabak
rolling tobacco: Drehtabak, Feinschnitt, Feinschnitttabak, Tabak zum Selbstdrehen
smoking: Rauchen, Rauchens, Tabakkonsum, Rauchverbot*
tobacco advertising: Tabakwerbung, Zigarettenwerbung, Werbung für Tabak, Werbung für Tabakprodukte, Tabaksponsoring, *tabakwerbung
alcohol: Alkohol, Alkohols, alkoholische Getränke, alkoholischen Getränken, Alkoholverkauf, Alkoholausschank, Spirituosen, Alkoholkonsum
beer: Bier, Biers, Bierverkauf, Bierausschank
alcohol advertising: Alkoholwerbung, Werbung für Alkohol, Alkohol-Werbung
energy drinks: Energydrink, Energydrinks, Energy-Drinks, Energy Drinks, Energy-Drink, Energiegetränke, Energiegetränken
sugary drinks: zuckerhaltige Getränke, zuckerhaltigen Getränken, Softdrinks, Limonaden, Süßgetränke, gezuckerte Getränke, Zuckergetränke
cannabis: Cannabis, Marihuana, Haschisch, Kiffen, Cannabisprodukte
kratom: Kratom
khat: Khat
magic mushrooms: Zauberpilze, psilocybinhaltige Pilze, Psilocybin, Magic Mushrooms, halluzinogene Pilze
nitrous oxide: Lachgas, Distickstoffmonoxid, Lachgaskartuschen, Lachgas-Kartuschen, Lachgasflaschen, *lachgas
synthetic cannabinoids: synthetische Cannabinoide, synthetischen Cannabinoiden, Kräutermischungen, Legal Highs
CBD: CBD, Cannabidiol, CBD-Produkte, CBD-Öl
hemp flowers: CBD-Blüten, Hanfblüten, CBD-Blüte, Hanfblüte
HHC: HHC, Hexahydrocannabinol, HHC-Produkte
poppers: Poppers, Amylnitrit
foie gras: Foie gras, Stopfleber, Stopfleberprodukte
fur: Pelz, Pelze, Pelzen, Pelzhandel, Pelzprodukte, Echtpelz
fur farming: Pelztierhaltung, Pelzfarmen, Pelztierzucht, Pelztierfarmen
mink farming: Nerzfarmen, Nerzzucht, Nerzfarm, Nerzhaltung
glyphosate: Glyphosat, Glyphosats, glyphosathaltige Mittel, Roundup
pesticides: Pestizid, Pestizide, Pestiziden, Pflanzenschutzmittel, Pflanzenschutzmitteln, Herbizide, Insektizide, *pestizide
neonicotinoids: Neonikotinoide, Neonikotinoiden, Neonicotinoide
GMOs: Gentechnik, gentechnisch veränderte Organismen, gentechnisch veränderte Pflanzen, Gentechnisch veränderte Lebensmittel, GVO, Gen-Mais, Genmais, gentechnisch veränderten, gentechnisch veränderter Mais, gentechnisch veränderten Mais, Gentechnik-Mais
palm oil: Palmöl, Palmöls
trans fats: Transfette, Transfettsäuren, Transfetten
lab-grown meat: Laborfleisch, kultiviertes Fleisch, Kunstfleisch, In-vitro-Fleisch, Fleisch aus dem Labor, zellkultiviertes Fleisch
junk food advertising: Junkfood-Werbung, Werbung für ungesunde Lebensmittel, Werbung für Süßigkeiten, Werbung für ungesunde Kinderlebensmittel, Süßigkeitenwerbung, Kinderlebensmittelwerbung, Werbung für Lebensmittel mit zu viel Zucker, Werbung für Lebensmittel mit hohem Zucker-, Werbung für zuckerhaltige Lebensmittel, Werbung für Lebensmittel mit viel Zucker
raw milk: Rohmilch, Rohmilchprodukte
food dyes: Lebensmittelfarbstoffe, Farbstoffe, künstliche Farbstoffe, Lebensmittelfarben
titanium dioxide: Titandioxid, E171, E 171
shark fins: Haifischflossen, Haiflossen, Haifischflossensuppe
dog meat: Hundefleisch, Hundefleischs, Hundefleischhandel, Hunden als Nahrungsmittel
cat meat: Katzenfleisch
rhino horn: Nashornhorn, Nashorn-Horn, Rhinozeroshorn, Horn von Nashörnern
ivory: Elfenbein, Elfenbeinhandel
circus animals: Wildtiere im Zirkus, Zirkustiere, Wildtierverbot im Zirkus, Tiere im Zirkus
trophy hunting: Trophäenjagd, Jagdtrophäen, Trophäen-Importe, Trophäenimporte
bullfighting: Stierkampf, Stierkämpfe, Stierkämpfen, Corrida
live animal exports: Lebendtierexporte, Lebendtiertransporte, Tiertransporte, Lebendtierexport, Export lebender Tiere
battery cages: Käfighaltung, Legebatterien, Batteriekäfige, Kastenstände
bottom trawling: Grundschleppnetzfischerei, Grundschleppnetze, Schleppnetzfischerei
whaling: Walfang, Walfangs, Waljagd
animal testing: Tierversuche, Tierversuchen, Tierversuch, Tierversuche für Kosmetik
chewing gum: Kaugummi, Kaugummis
exotic pets: exotische Haustiere, exotischen Haustieren, Wildtiere als Haustiere
grain: Getreide, Getreideexporte, Getreideexport, Getreideausfuhr, Getreideausfuhren
rice: Reis, Reisexporte, Reisexport, Reisausfuhren, Reisausfuhr
single-use plastics: Einwegplastik, Einweg-Plastik, Einwegkunststoff, Einwegkunststoffe, Einwegkunststoffen, Einweg-Kunststoffprodukte, Einwegplastikprodukte, Wegwerfplastik, Plastik-Einwegprodukte, *einwegplastik, *einwegkunststoffe
plastic bags: Plastiktüte, Plastiktüten, Plastiktaschen, Kunststofftüten, Kunststofftragetaschen, Plastiksackerl, Plastiksäcke, Plastiksäckchen, Tragetaschen aus Plastik, *plastiktüten, *plastiktüte, *plastiksackerl, *kunststofftragetaschen
plastic straws: Strohhalme, Strohhalm, Trinkhalme, Trinkhalm, Plastikstrohhalme, Plastik-Strohhalme, *trinkhalme, *strohhalme
plastic cutlery: Plastikbesteck, Einwegbesteck, Plastik-Besteck, Besteck aus Plastik, *plastikbesteck
plastic plates: Plastikteller, Einwegteller, Plastik-Teller, Teller aus Plastik, *plastikteller
plastic stirrers: Rührstäbchen, Plastik-Rührstäbchen, Rührstäbe, *rührstäbchen
plastic cotton buds: Wattestäbchen, Plastik-Wattestäbchen, Ohrenstäbchen, *wattestäbchen
plastic balloon sticks: Luftballonstäbe, Luftballonstäbchen, Ballonstäbe, Haltestäbe für Luftballons
plastic cups: Plastikbecher, Einwegbecher, Kaffeebecher, Coffee-to-go-Becher, To-go-Becher, *plastikbecher, *einwegbecher
plastic bottles: Plastikflaschen, Plastikflasche, PET-Flaschen, Einwegflaschen, *plastikflaschen
glass bottles: Glasflaschen, Glasflasche, Glasbehältnisse, Glasbehälter, *glasflaschen
plastic packaging: Plastikverpackungen, Plastikverpackung, Kunststoffverpackungen, Einwegverpackungen, *plastikverpackungen
expanded polystyrene food containers: Styropor, Styroporbehälter, Styropor-Behälter, Styroporverpackungen, Lebensmittelbehälter aus expandiertem Polystyrol, expandiertem Polystyrol, Polystyrol-Behälter, *styroporbehälter
microbeads: Mikroplastik, Mikroperlen, Mikroplastikpartikel
oxo-degradable plastics: oxo-abbaubare Kunststoffe, oxo-abbaubaren Kunststoffen, oxo-abbaubarem Kunststoff, oxo-abbaubares Plastik
oxo-degradable plastic bags: oxo-abbaubare Plastiktüten, oxo-abbaubare Tüten
wet wipes: Feuchttücher, Feuchttüchern, Feuchtigkeitstücher
sky lanterns: Himmelslaternen, Himmelslaterne, Himmelslampions, Skylaternen, Glückslaternen
coal: Kohle, Kohlekraft, Kohlekraftwerke, Kohlekraftwerken, Kohleverstromung, Kohleabbau, Braunkohle, Steinkohle
combustion engine cars: Verbrenner, Verbrennerautos, Verbrenner-Autos, Verbrennungsmotor, Verbrennungsmotoren, Autos mit Verbrennungsmotor, Benziner, Verbrennerfahrzeuge, Neuwagen mit Verbrennungsmotor, *verbrennerautos, *verbrennungsmotoren, Autos mit Benzin- oder Dieselmotor, Benzin- oder Dieselmotor, Benzin- und Dieselmotoren, Benzin- und Dieselautos, Neuwagen mit Benzin- oder Dieselmotor
diesel cars: Dieselautos, Diesel-Autos, Dieselfahrzeuge, Diesel-Fahrzeuge, Dieselfahrzeugen, Diesel-Pkw, ältere Diesel, *dieselfahrzeuge
gas boilers: Gasheizungen, Gasheizung, Gasthermen, Gaskessel, Gasheizkessel, *gasheizungen
oil boilers: Ölheizungen, Ölheizung, Ölkessel, *ölheizungen
incandescent light bulbs: Glühbirnen, Glühbirne, Glühlampen, Halogenlampen, Halogenlampe, Leuchtstofflampen, Leuchtstoffröhren
patio heaters: Heizpilze, Heizpilz, Heizstrahler, Terrassenheizer, *heizpilze
leaf blowers: Laubbläser, Laubbläsern, Laubsauger, *laubbläser
wood stoves: Holzöfen, Kaminöfen, Kamine, Holzofen, Kaminofen, Holzheizungen
PFAS: PFAS, Ewigkeitschemikalien, PFAS-Chemikalien, PFOA
asbestos: Asbest, Asbests
fracking: Fracking, hydraulisches Fracturing, Schiefergasförderung
deep-sea mining: Tiefseebergbau, Tiefsee-Bergbau, Tiefseebergbaus
aircraft: Flugzeuge, Flugzeugen, Luftfahrzeuge, Luftfahrzeugen
private jets: Privatjets, Privatjet, Privatflugzeuge, Privatflüge, *privatjets
short-haul flights: Kurzstreckenflüge, Kurzstreckenflügen, Inlandsflüge, Inlandflüge, *kurzstreckenflüge
cruise ships: Kreuzfahrtschiffe, Kreuzfahrtschiff, Kreuzfahrtschiffen, *kreuzfahrtschiffe
SUVs: SUV, SUVs, Stadtgeländewagen
e-scooters: E-Scooter, E-Scootern, E-Tretroller, Leih-E-Scooter, Leihscooter, Elektroroller, *e-scooter
fossil fuel advertising: Werbung für fossile Brennstoffe, Werbung für fossile Energien, fossile Werbung, Fossilwerbung
mobile phones: Handy, Handys, Mobiltelefon, Mobiltelefone, Mobiltelefonen, Mobiltelefons, Handynutzung, Telefone, Diensthandys, *handys, *handy, *mobiltelefone, Smartphone, Smartphones, *smartphones, *smartphone
smartwatches: Smartwatch, Smartwatches, Computeruhren
laptops: Laptop, Laptops, Notebooks, Klapprechner
power banks: Powerbank, Powerbanks, Power Banks, Zusatzakkus
social media: Social-Media, soziale Medien, sozialen Medien, soziale Netzwerke, sozialen Netzwerken, sozialen Netzwerke, Social Media, Sozialmedien, Social-Media-Plattformen, Social-Media-Dienste, Online-Netzwerke, *sozialmedien
messaging apps: Messenger-Apps, Messenger-Dienste, Messengerdienste, Messenger, Chat-Apps, Messaging-Apps
video games: Videospiele, Videospielen, Videospiel, Computerspiele, Computerspielen, Computerspiel, Games, Videogames, *videospiele
online games: Onlinespiele, Online-Spiele, Online-Spielen, Onlinespielen, Online-Games, *online-spiele, Computerspiele im Internet, Videospiele im Internet, Spiele im Internet, Online-Videospiele, Online-Videospielen, Online-Computerspiele, Online-Computerspielen
online gambling: Online-Glücksspiel, Online-Glücksspiele, Onlineglücksspiel, Online-Casinos, Onlinecasinos, Online-Wetten, *online-glücksspiel, *online-casinos, Wettseiten, Glücksspielseiten, Glücksspiel-Websites, Wett-Apps
gambling: Glücksspiel, Glücksspiele, Glücksspielen, Glücksspiels, Casinos, *glücksspiel, *glücksspiele
sports betting: Sportwetten, Sportwette, *sportwetten
slot machines: Spielautomaten, Geldspielautomaten, Glücksspielautomaten, Spielautomat, *spielautomaten
loot boxes: Lootboxen, Loot-Boxen, Beutekisten, *lootboxen
cryptocurrencies: Kryptowährungen, Kryptowährung, Krypto, Kryptowerte, Krypto-Assets, Kryptohandel, Digitalwährungen, *kryptowährungen
crypto mining: Krypto-Mining, Kryptomining, Bitcoin-Mining, Schürfen von Kryptowährungen, Mining von Kryptowährungen
VPNs: VPN, VPNs, VPN-Dienste, VPN-Apps, virtuelle private Netzwerke
AI chatbots: KI-Chatbots, KI-Chatbot, Chatbots, Chatbot, KI-Anwendungen, KI-Tools, KI-Dienste, KI-Apps, generative KI, KI-Programme, *chatbots
facial recognition: Gesichtserkennung, Gesichtserkennungssoftware, Gesichtserkennungstechnologie, biometrische Überwachung, *gesichtserkennung
deepfakes: Deepfakes, Deepfake, Deepfake-Videos, sexuelle Deepfakes, Nacktbilder-Apps
spyware: Spähsoftware, Spionagesoftware, Spyware, Staatstrojaner
drones: Drohne, Drohnen, unbemannte Luftfahrzeuge, *drohnen, *drohne, Drohnenflüge, *drohnenflüge, Drohnenflug
telecom equipment: Telekommunikationsausrüstung, Netzwerkausrüstung, Netzausrüstung, Telekom-Ausrüstung, Netzwerkkomponenten, Netzkomponenten, *netzkomponenten
5G equipment: 5G-Ausrüstung, 5G-Netz, 5G-Netze, 5G-Komponenten, 5G-Technik, 5G-Netzausbau
surveillance cameras: Überwachungskameras, Überwachungskamera, Videoüberwachung, Sicherheitskameras, *überwachungskameras
semiconductors: Halbleiter, Halbleitern, Mikrochips, Computerchips, KI-Chips, Chipmaschinen, *halbleiter
mobile internet: Zugang zum mobilen Internet, mobiles Internet, mobile Internet, mobilen Internet, mobiles Internets, mobile Daten, Mobilfunkinternet
internet: Internetzugang, Internetsperre, Internetsperren, Internetdienste, Zugang zum Internet, Internet-Shutdown
pornography: Pornografie, Pornographie, Pornos, Pornoseiten, Pornoplattformen, pornografische Inhalte, *pornoseiten
targeted advertising: personalisierte Werbung, zielgerichtete Werbung, gezielte Werbung, personalisierter Werbung
social commerce: Social Commerce, Social-Commerce, Social-Shopping
satellite dishes: Satellitenschüsseln, Satellitenschüssel, Satellitenfernsehen
connected cars: vernetzte Autos, vernetzte Fahrzeuge, vernetzten Fahrzeugen, vernetzten Autos
routers: Router, WLAN-Router, Routern
live streaming: Livestreaming, Live-Streaming, Livestreams, Live-Streams
media outlets: Medien, Sender, Fernsehsender, Radiosender, Nachrichtenseiten, Staatsmedien, Medienhäuser, Nachrichtensender, Medienanbieter, *fernsehsender, *staatsmedien
books: Buch, Bücher, Büchern, Romane, Schulbücher, *bücher
music: Musik, Lieder, Songs, Musikvideos
movies: Filme, Filmen, Film, Spielfilme, Kinofilme
TV series: Fernsehserien, Serien, TV-Serien, Fernsehserie, Seifenopern
newspapers: Zeitungen, Zeitung, Zeitschriften, Magazine
concerts: Konzerte, Konzert, Konzerten, Festivals, Musikfestivals
LGBTQ content: LGBTQ-Inhalte, LGBT-Propaganda, Homosexuellen-Propaganda, LGBTQ-Propaganda, queere Inhalte
religious symbols: religiöse Symbole, religiösen Symbolen, religiöse Kleidung, auffällige religiöse Symbole
face coverings: Burka, Burkas, Burqa, Niqab, Nikab, Niqabs, Gesichtsschleier, Vollverschleierung, Gesichtsverhüllung, Vollschleier, Verhüllung, Verhüllungs, Gesichtsverhüllungs, das Gesicht zu verhüllen, Vermummung, Vermummungsverbot
abayas: Abaya, Abayas, Qamis
headscarves: Kopftuch, Kopftücher, Kopftüchern, Hidschab, Hijab, Kopftuchverbot*
Nazi symbols: Hakenkreuz, Hakenkreuze, Hakenkreuzen, Nazi-Symbole, NS-Symbole, Hitlergruß, verfassungsfeindliche Symbole
protests: Proteste, Protesten, Demonstrationen, Kundgebungen, Demos, Protest, Demonstration
public gatherings: Menschenansammlungen, Ansammlungen, Großveranstaltungen, Zusammenkünfte, Versammlungs
cinemas: Kinos, Kino
Sunday trading: Sonntagsöffnung, Sonntagsöffnungen, Ladenöffnung am Sonntag, Sonntagsverkauf
rainbow flags: Regenbogenflaggen, Regenbogenflagge, Regenbogenfahne, Regenbogenfahnen, Pride-Flagge, Pride-Flaggen
short-term rentals: Kurzzeitvermietung, Kurzzeitvermietungen, Ferienwohnungen, Ferienvermietung, Ferienvermietungen, Zweckentfremdung, Touristenwohnungen, Ferienapartments
cash: Bargeld, Barzahlungen, Bargeldzahlungen, Barzahlung, Bargeldgeschäfte
surrogacy: Leihmutterschaft, Leihmütter, kommerzielle Leihmutterschaft
conversion therapy: Konversionstherapie, Konversionstherapien, Konversionsbehandlungen, Konversionsbehandlung
abortion: Abtreibung, Abtreibungen, Schwangerschaftsabbruch, Schwangerschaftsabbrüche, Abtreibungspille, Mifepriston
gender-affirming care: geschlechtsangleichende Behandlungen, geschlechtsangleichende Maßnahmen, Pubertätsblocker, Geschlechtsumwandlungen, geschlechtsangleichende Operationen
child marriage: Kinderehe, Kinderehen, Minderjährigenehen, Minderjährigenehe
female genital mutilation: weibliche Genitalverstümmelung, Genitalverstümmelung, Beschneidung von Frauen, FGM
corporal punishment: körperliche Züchtigung, Körperstrafen, Prügelstrafe, Ohrfeigen
begging: Betteln, Bettelei, aggressives Betteln, Bettelverbot*
prostitution: Prostitution, Sexkauf, Sexarbeit, Bordelle, Straßenprostitution
ride-hailing: Fahrdienste, Fahrdienstvermittler, Ridesharing, Fahrdienst-Apps
private tutoring: Nachhilfe, Nachhilfeunterricht, private Nachhilfe, kommerzielle Nachhilfe
tanning beds: Solarien, Solarium, Sonnenbänke, Sonnenstudios
skin-lightening products: Hautaufheller, Bleichcremes, Hautbleichmittel, hautaufhellende Produkte
dangerous dog breeds: Kampfhunde, Kampfhunden, gefährliche Hunderassen, Listenhunde, Pitbulls, Pitbull
XL bully dogs: XL Bully, XL Bullys, XL-Bully, XL-Bullys, American XL Bully
billboards: Werbetafeln, Plakatwerbung, Außenwerbung, Werbeplakate, Reklametafeln
short selling: Leerverkäufe, Leerverkauf, Leerverkäufen, ungedeckte Leerverkäufe
binary options: binäre Optionen, binären Optionen
firearms: Schusswaffen, Schusswaffe, Feuerwaffen, Feuerwaffe, Gewehre, halbautomatische Waffen, *schusswaffen
assault weapons: Sturmgewehre, Sturmgewehren, Angriffswaffen, halbautomatische Gewehre, Kriegswaffen
handguns: Handfeuerwaffen, Pistolen, Revolver, Faustfeuerwaffen
ghost guns: Geisterwaffen, 3D-gedruckte Waffen, Waffen aus dem 3D-Drucker
knives: Messer, Messern, Springmesser, Klappmesser, Macheten, Zombie-Messer, Messerverbot*
weapons: Waffen, Waffe, Waffenverbot*
landmines: Landminen, Antipersonenminen, Landmine
cluster munitions: Streumunition, Streubomben, Clustermunition
fireworks: Feuerwerk, Feuerwerke, Feuerwerks, Feuerwerkskörper, Böller, Silvesterböller, Pyrotechnik, Raketen und Böller, Knallkörper, *feuerwerk, *böller, *feuerwerkskörper, pyrotechnische Gegenstände, pyrotechnischen Gegenständen, pyrotechnische Artikel, Pyrotechnikartikel
pepper spray: Pfefferspray, Pfeffersprays, Reizgas, Tierabwehrspray
ammunition: Munition, Patronen, *munition
toy guns: Spielzeugwaffen, Spielzeugpistolen, Spielzeuggewehre, Softairwaffen, Anscheinswaffen
laser pointers: Laserpointer, Laserpointern
nuclear weapons: Atomwaffen, Atomwaffe, Kernwaffen, Nuklearwaffen, Atombomben
chemical weapons: Chemiewaffen, chemische Waffen, chemischen Waffen
wheat: Weizen, Weizenexporte, Weizenexport
onions: Zwiebeln, Zwiebel
tomatoes: Tomaten, Tomate
potatoes: Kartoffeln, Kartoffel
beef: Rindfleisch, Rindfleischs
poultry: Geflügel, Geflügelfleisch, Hühnerfleisch
pork: Schweinefleisch
sugar: Zuckerexporte, Zuckerausfuhr
eggs: Eier
maize: Mais
fertilisers: Düngemittel, Dünger
sunflower oil: Sonnenblumenöl
# hunting, fishing, harvesting and extraction
hunting: Jagd, Jagen, Jagens, Bejagung, Hobbyjagd, Freizeitjagd, Jagdausübung, Jagdbetrieb
wolf hunting: Wolfsjagd, Wolfsabschuss, Wolfsabschüsse, Abschuss von Wölfen, Abschuss des Wolfes, Bejagung des Wolfes, Jagd auf Wölfe, Wolfsabschüssen
bear hunting: Bärenjagd, Jagd auf Bären, Bärenabschuss, Bärenabschüsse, Abschuss von Bären
duck hunting: Entenjagd, Jagd auf Enten, Wasservogeljagd
seal hunting: Robbenjagd, Robbenfang, Robbenprodukte, Robbenschlag, Jagd auf Robben
fox hunting: Fuchsjagd, Fuchsjagden, Jagd auf Füchse, Baujagd
fishing: Fischerei, Fischfang, Fischereien, Berufsfischerei, kommerzielle Fischerei, Fangverbot*, Angelverbot*, *fischerei
eel fishing: Aalfischerei, Aalfang, Glasaalfang, Glasaale, Fang von Glasaalen
cod fishing: Dorschfischerei, Dorschfang, Kabeljaufischerei, Kabeljaufang, Fang von Dorsch
sardine fishing: Sardinenfischerei, Sardinenfang
tuna fishing: Thunfischfang, Thunfischfischerei, Fang von Thunfisch
shark fishing: Haifischfang, Haifang, Haifischerei, Fang von Haien, Haijagd
sea urchin fishing: Seeigelfang, Seeigel, Seeigelfischerei
driftnet fishing: Treibnetzfischerei, Treibnetze, Treibnetzen, Treibnetz
logging: Holzeinschlag, Holzeinschlags, Baumfällungen, illegaler Holzeinschlag, Holzfällen, Kahlschläge
deforestation: Entwaldung, Abholzung, Abholzungen, Rodungen, Waldrodung, Waldrodungen, *abholzung, *entwaldung
mining: Bergbau, Bergbaus, Bergbauaktivitäten, Bergbauprojekte, Rohstoffabbau, *bergbau
metal mining: Metallbergbau, Erzbergbau, Metallabbau
gold mining: Goldabbau, Goldbergbau, Goldminen, Goldgewinnung, Goldabbaus
open-pit mining: Tagebau, Tagebaue, Tagebauen, Tagebaus, Tagebaubetrieb
sand mining: Sandabbau, Sandgewinnung
uranium mining: Uranabbau, Uranbergbau, Uranminen, Urangewinnung
oil drilling: Ölbohrungen, Ölförderung, Erdölförderung, Öl- und Gasförderung, Öl- und Gasbohrungen, neue Öl- und Gasfelder, Ölexploration, Öl- und Gaslizenzen, Erdölbohrungen, *ölbohrungen
offshore drilling: Offshore-Bohrungen, Offshore-Ölbohrungen, Offshore-Förderung, Ölbohrungen vor der Küste, Offshorebohrungen
peat: Torf, Torfabbau, Torferde, torfhaltige Erde, Torfs
# food and agriculture
apricot kernels: Aprikosenkerne, bittere Aprikosenkerne, Aprikosenkernen, Aprikosenkern
meat: Fleisch, Fleischprodukte, Fleischwaren, rotes Fleisch, Fleischkonsum, verarbeitetes Fleisch, Fleischerzeugnisse, Fleischprodukten
meat advertising: Fleischwerbung, Werbung für Fleisch, Werbung für Fleischprodukte, *fleischwerbung
dairy products: Milchprodukte, Milcherzeugnisse, Molkereiprodukte, Milchpulver, Milchprodukten
seafood: Meeresfrüchte, Meeresfrüchten, Meeresprodukte, Fischprodukte, Fisch und Meeresfrüchte, Fischereierzeugnisse, Fischimporte
honey: Honig, Honigimporte
cocoa: Kakao, Kakaobohnen, Kakaoexporte
fruit: Obst, Obstimporte, frisches Obst
vegetables: Gemüse, Gemüseimporte, frisches Gemüse
soybeans: Soja, Sojabohnen, Sojaprodukte, Sojaimporte, Sojaschrot
horse meat: Pferdefleisch
bushmeat: Buschfleisch, Bushmeat, Fleisch von Wildtieren
wildlife trade: Wildtierhandel, Handel mit Wildtieren, Wildvogelhandel, Handel mit Wildvögeln, Verzehr von Wildtieren, Wildtiermärkte, Wildtiermärkten, Handel mit wilden Tieren
aspartame: Aspartam, E951
artificial sweeteners: Süßstoffe, künstliche Süßstoffe, Süßungsmittel, Süßstoff, Süßstoffen
food additives: Lebensmittelzusatzstoffe, Zusatzstoffe, Lebensmittelzusätze, E-Nummern, Zusatzstoffen
plant-based meat: Fleischersatz, Fleischersatzprodukte, Fleischersatzprodukten, Veggie-Burger, Veggieburger, vegane Burger, vegetarische Burger, Veggie-Wurst, vegane Wurst, Fleischalternativen, pflanzliche Fleischalternativen, Fleischbezeichnungen, *fleischersatzprodukte
plant-based milk: Hafermilch, Sojamilch, Mandelmilch, Pflanzenmilch, Pflanzendrinks, Haferdrinks, Haferdrink, pflanzliche Milch, pflanzliche Milchalternativen, Milchersatzprodukte, Milchalternativen
antibiotics: Antibiotika, Antibiotikum, Antibiotikaeinsatz, Reserveantibiotika, *antibiotika
growth hormones: Wachstumshormone, Wachstumshormonen, Hormonfleisch, Hormonrindfleisch
chlorinated chicken: Chlorhühnchen, Chlorhähnchen, Chlorhühner, Chlorhuhn
fast food: Fastfood, Fast Food, Fast-Food, Fast-Food-Restaurants, Fast-Food-Ketten, Schnellrestaurants, Fastfood-Ketten
ultra-processed foods: hochverarbeitete Lebensmittel, hochverarbeiteten Lebensmitteln, stark verarbeitete Lebensmittel, stark verarbeiteten Lebensmitteln, ultraverarbeitete Lebensmittel, hochverarbeitete Produkte
junk food: Junkfood, Junk Food, Junk-Food, ungesunde Lebensmittel, ungesunden Lebensmitteln, ungesunde Snacks, ungesundes Essen
nitrites: Nitrit, Nitrite, Nitritpökelsalz, Natriumnitrit, Nitritsalz
# chemicals, medicines and substances
chlorpyrifos: Chlorpyrifos, Chlorpyrifos-methyl
paraquat: Paraquat
atrazine: Atrazin
chlorothalonil: Chlorothalonil
lead ammunition: Bleimunition, bleihaltige Munition, bleihaltiger Munition, Bleischrot, Blei in Munition, Bleigeschosse
mercury: Quecksilber, Amalgam, Amalgamfüllungen, Quecksilberthermometer, quecksilberhaltige Produkte
bisphenol A: Bisphenol A, Bisphenol-A, BPA
bisphenols: Bisphenole
phthalates: Phthalate, Phthalaten
formaldehyde: Formaldehyd
hydroquinone: Hydrochinon
talc: Talkum, Talkumpuder
heavy fuel oil: Schweröl, Schweröls, Schwerölen
codeine: Codein, Kodein, codeinhaltige Medikamente, codeinhaltige Hustensäfte
tramadol: Tramadol
fentanyl: Fentanyl, Fentanyl-Analoga
ephedrine: Ephedrin, Ephedra
melatonin: Melatonin
ivermectin: Ivermectin
hydroxychloroquine: Hydroxychloroquin
opioids: Opioide, Opioiden, Opiate, opioidhaltige Schmerzmittel, Opioid-Schmerzmittel
steroids: Steroide, Steroiden, Anabolika, anabole Steroide
cough syrups: Hustensaft, Hustensäfte, Hustensäften, Hustensirup, Hustenmittel
# transport, places and urban life
cars: Autos, Autoverkehr, Pkws, Privatautos, Pkw-Verkehr, motorisierter Individualverkehr, motorisierten Individualverkehr
trucks: Lastwagen, Lkws, Lastkraftwagen, Schwerverkehr, Lkw-Verkehr, Schwerlastverkehr, *lastwagen
motorcycles: Motorräder, Motorrädern, Motorrad, Motorradverkehr, Krafträder, *motorräder
motorcycle taxis: Motorradtaxis, Mototaxis, Moto-Taxis, Motorrad-Taxis, Okadas
tuk-tuks: Tuk-Tuks, Tuktuks, Tuk-Tuk, Autorikschas, Rikschas, Motorrikschas
mopeds: Mopeds, Mofas, Motorroller, Mofa, Moped, Kleinkrafträder
e-bikes: E-Bikes, E-Bike, Pedelecs, Elektrofahrräder, Elektrofahrrad, E-Fahrräder, *e-bikes
fat bikes: Fatbikes, Fat-Bikes, Fat Bikes, E-Fatbikes, Fatbike
jet skis: Jetskis, Jet-Skis, Jetski, Jet-Ski, Wassermotorräder, Wasserscooter
horse-drawn carriages: Pferdekutschen, Pferdekutsche, Fiaker, Fiakern, Kutschen, Kutschfahrten, *pferdekutschen
night flights: Nachtflüge, Nachtflug, Nachtflügen
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: Straßenhandel, Straßenverkauf, ambulanter Handel
nightclubs: Nachtclubs, Nachtclub, Diskotheken, Discos, Diskos, Tanzlokale, Nachtlokale
camping: Campen, Wildcampen, wildes Campen, Camping, wildes Zelten
barbecues: Grillen, Grillfeuer, Einweggrills, Einweg-Grills, Grills, Grillverbot*
campfires: Lagerfeuer, Lagerfeuern, offenes Feuer, offene Feuer, offenen Feuern, Feuerstellen, Feuerschalen, Feuerkörbe, Feuerverbot*
bonfires: Osterfeuer, Osterfeuern, Sonnwendfeuer, Johannisfeuer, Brauchtumsfeuer, Maifeuer
stubble burning: Stoppelverbrennung, Verbrennen von Ernterückständen, Abbrennen von Stoppelfeldern, Strohverbrennung
open burning: Verbrennen von Gartenabfällen, Verbrennung von Gartenabfällen, Verbrennen von Grünschnitt, Gartenabfälle verbrennen
street prayers: Straßengebete, Gebete auf der Straße, Straßengebet, Beten auf der Straße
loudspeakers: Lautsprecher, Lautsprechern, Megafone, Megaphone, Lautsprecheranlagen, Lautsprecherboxen
public drinking: Alkoholkonsum im öffentlichen Raum, Alkoholkonsum in der Öffentlichkeit, Trinken in der Öffentlichkeit, Alkohol im öffentlichen Raum, öffentlicher Alkoholkonsum, Alkoholkonsum auf öffentlichen Plätzen, Trinken auf der Straße
pride parades: Pride-Paraden, Pride-Parade, Pride-Märsche, Pride-Marsch, Christopher Street Day, CSD-Paraden, CSD-Parade, Pride-Veranstaltungen, Regenbogenparade, Gay Pride
# goods and trade
second-hand clothes: Altkleider, Altkleidern, Gebrauchtkleidung, gebrauchte Kleidung, Secondhand-Kleidung, Second-Hand-Kleidung, Altkleiderimporte
second-hand underwear: gebrauchte Unterwäsche, Second-Hand-Unterwäsche, Secondhand-Unterwäsche, getragene Unterwäsche
used cars: Gebrauchtwagen, Gebrauchtwagenimporte, Gebrauchtfahrzeuge, gebrauchte Autos, gebrauchter Autos
used tyres: Altreifen, gebrauchte Reifen, Gebrauchtreifen
e-waste: Elektroschrott, Elektroaltgeräte, Elektronikschrott, Elektroschrotts, E-Schrott, Elektromüll
plastic waste: Plastikmüll, Plastikmülls, Plastikabfälle, Plastikabfällen, Kunststoffabfälle, Kunststoffmüll, *plastikmüll, *plastikabfälle
scrap metal: Metallschrott, Altmetall, Altmetalle, Schrottexporte, Schrottexport, Stahlschrott, Eisenschrott
timber: Rundholz, Holzexporte, Holzexport, Tropenholz, Holzausfuhr, Holzausfuhren, Schnittholz, illegales Holz, Baumstämme, Holzimporte
rare earths: Seltene Erden, Seltenen Erden, Seltenerdmetalle, Seltenerdmagnete, Seltene-Erden-Magnete, Seltenerd-Magnete
gallium: Gallium
germanium: Germanium
antimony: Antimon
graphite: Graphit, Grafit
diamonds: Diamanten, Rohdiamanten, Blutdiamanten, russische Diamanten, Konfliktdiamanten
textiles: Textilien, Textilimporte, Textilprodukte, Textilwaren
luxury goods: Luxusgüter, Luxusgütern, Luxuswaren, Luxusartikel, Luxusprodukte
arms exports: Waffenexporte, Waffenexport, Rüstungsexporte, Rüstungsexport, Waffenlieferungen, Waffenlieferung, Rüstungsgüter, Rüstungsgütern, Waffenverkäufe, *waffenlieferungen, *rüstungsexporte, *waffenexporte
dual-use goods: Dual-Use-Güter, Dual-Use-Gütern, Güter mit doppeltem Verwendungszweck
uranium: Uran, Urans, angereichertes Uran, Uranimporte, russisches Uran
oil: Rohöl, Rohöls, Erdöl, Erdöls, Ölimporte, Ölexporte, Erdölprodukte, Rohölimporte, Öl
natural gas: Erdgas, Erdgases, Flüssiggas, LNG-Importe, russisches Gas, Gasimporte, Flüssigerdgas
vaccines: Impfstoffe, Impfstoff, Impfstoffen, Vakzine, mRNA-Impfstoffe, Corona-Impfstoffe, *impfstoffe
vaccine mandates: Impfpflicht, Impfpflichten, Corona-Impfpflicht, *impfpflicht
# animals and plants
invasive species: invasive Arten, invasiven Arten, invasive gebietsfremde Arten, gebietsfremde Arten, invasive Pflanzen, invasiven Pflanzen, invasive Tierarten, Neophyten
pangolins: Schuppentiere, Schuppentieren, Schuppentier, Pangoline, Pangolin
dog fighting: Hundekämpfe, Hundekampf, Hundekämpfen
cockfighting: Hahnenkämpfe, Hahnenkampf, Hahnenkämpfen
pigeon feeding: Taubenfüttern, Tauben füttern, Taubenfütterung, Füttern von Tauben, Füttern der Tauben, Vögel füttern, Fütterungsverbot*, Taubenfütterungsverbot*
cherry laurel: Kirschlorbeer, Kirschlorbeers
greyhound racing: Windhundrennen, Greyhound-Rennen
dolphinariums: Delfinarien, Delfinarium, Delphinarien, Delphinarium, Delfinshows, Delfine in Gefangenschaft
ritual slaughter: Schächten, Schächtung, betäubungsloses Schlachten, Schlachten ohne Betäubung, rituelles Schlachten, rituelle Schlachtung, Schächtverbot*
# society, media and education
gender-neutral language: Gendern, gendergerechte Sprache, geschlechtergerechte Sprache, Gendersprache, Gender-Sprache, Gendersternchen, Genderstern, Gender-Sternchen, geschlechtersensible Sprache, Genderverbot*
flags: Flaggen, Fahnen, Nationalflaggen, palästinensische Flaggen, Palästina-Flaggen
communist symbols: kommunistische Symbole, kommunistischen Symbolen, sowjetische Symbole, sowjetischen Symbolen, Sowjetsymbole, Hammer und Sichel
burkinis: Burkinis, Burkini
political advertising: politische Werbung, politischer Werbung, Wahlwerbung, politische Anzeigen, Politwerbung, Wahlkampfwerbung
foreign funding: Auslandsfinanzierung, ausländische Finanzierung, Finanzierung aus dem Ausland, ausländische Spenden, Auslandsspenden
NGOs: NGOs, Nichtregierungsorganisationen, Nichtregierungsorganisation
religious groups: Sekten, religiöse Gruppen, religiösen Gruppen, Religionsgemeinschaften, religiöse Gemeinschaften, Glaubensgemeinschaften
homeschooling: Hausunterricht, Homeschooling, Heimunterricht, Unterricht zu Hause
sex education: Sexualkunde, Sexualerziehung, Sexualaufklärung, Sexualkundeunterricht, sexuelle Bildung, Aufklärungsunterricht
critical race theory: Critical Race Theory, kritische Rassentheorie
DEI programmes: DEI-Programme, Diversitätsprogramme, Diversitätsprogrammen, DEI-Initiativen, Diversitätsinitiativen, Vielfaltsprogramme, DEI-Maßnahmen
drag shows: Dragshows, Drag-Shows, Drag-Auftritte, Dragqueen-Lesungen, Drag-Lesungen, Drag-Queen-Shows
same-sex marriage: gleichgeschlechtliche Ehe, gleichgeschlechtliche Ehen, gleichgeschlechtlichen Ehe, gleichgeschlechtlichen Ehen, Ehe für alle, Homo-Ehe, Homoehe
polygamy: Polygamie, Vielehe, Mehrehe, Mehrehen, Vielweiberei
cousin marriage: Cousinenehe, Cousinenehen, Verwandtenehe, Verwandtenehen, Ehen zwischen Cousins und Cousinen, Ehen unter Cousins
# digital and finance
e-commerce platforms: Online-Marktplätze, Online-Marktplätzen, Onlinemarktplätze, E-Commerce-Plattformen, Shopping-Plattformen, Online-Shopping-Plattformen
crypto ATMs: Krypto-Automaten, Kryptoautomaten, Bitcoin-Automaten, Bitcoinautomaten, Krypto-Geldautomaten, Krypto-ATMs
stablecoins: Stablecoins, Stablecoin
NFTs: NFTs, Non-Fungible Tokens, nicht-fungible Token, NFT-Handel
buy now pay later: Buy now pay later, Buy-now-pay-later, BNPL, BNPL-Angebote
dating apps: Dating-Apps, Datingapps, Dating-App, Partnerbörsen, Dating-Plattformen, Dating-Portale
# health and body
cosmetic surgery: Schönheitsoperationen, Schönheits-OPs, Schönheitseingriffe, ästhetische Eingriffe, Schönheitschirurgie, Botox, Botox-Behandlungen, Unterspritzungen, ästhetische Chirurgie, Schönheitsbehandlungen
tattoos: Tattoos, Tätowierungen, Tattoo, Tätowierung, Tätowieren, Tattoofarben, Tätowierfarben, Tattoo-Farben
piercings: Piercings, Piercen
assisted dying: Sterbehilfe, assistierter Suizid, assistierten Suizid, assistierte Suizid, Suizidhilfe, Euthanasie, aktive Sterbehilfe, Beihilfe zum Suizid, Suizidbeihilfe
# energy and environment
nuclear power: Atomkraft, Kernkraft, Atomenergie, Kernenergie, Atomkraftwerke, Atomkraftwerken, Kernkraftwerke, Kernkraftwerken, AKWs, Kernreaktoren, Atomstrom, *atomkraftwerke
wind turbines: Windräder, Windrädern, Windrad, Windkraftanlagen, Windkraft, Windparks, Windenergie, Windturbinen, Windenergieanlagen, *windräder, *windkraftanlagen, *windparks
solar panels: Solarmodule, Solaranlagen, Photovoltaikanlagen, Photovoltaik-Anlagen, PV-Anlagen, Solarparks, Balkonkraftwerke, Solarpaneele, Photovoltaik, Fotovoltaik, Solarenergie, Solarzellen, *solaranlagen, *solarparks, *solarmodule
gas stoves: Gasherde, Gasherd, Gasherden, Gaskochfelder
gravel gardens: Schottergärten, Schottergarten, Steingärten, Schotterflächen, Kiesgärten, *schottergärten
artificial turf: Kunstrasen, Kunstrasens, Kunstrasenplätze, Kunststoffrasen, Kunstrasengranulat, *kunstrasenplätze
glitter: Glitzer, Glitter, Plastikglitzer, Glitzerpartikel
balloons: Luftballons, Luftballone, Heliumballons, Luftballonstarts, Ballonstarts, Luftballon
confetti: Konfetti, Konfettikanonen
lawn watering: Rasensprengen, Rasen sprengen, Rasenbewässerung, Gartenbewässerung, Gärten bewässern, Bewässern von Gärten, Bewässerung von Gärten, Gartenschläuche, Rasensprenger, Bewässerung von Rasenflächen
swimming pool filling: Befüllen von Pools, Pools befüllen, Poolbefüllung, Befüllen von Swimmingpools, Befüllen von Schwimmbecken, Befüllung von Pools, Füllen von Pools, Swimmingpools befüllen
car washing: Autowaschen, Autos waschen, Autowäsche, Waschen von Autos, Auto waschen, Fahrzeugwäsche
irrigation: Bewässerung, Bewässerungen, Feldbewässerung, landwirtschaftliche Bewässerung, *bewässerung
# housing and weapons
evictions: Zwangsräumungen, Zwangsräumung, Delogierungen, Wohnungsräumungen
stun guns: Elektroschocker, Taser, Elektroschockwaffen, Distanzelektroimpulsgeräte
gambling advertising: Glücksspielwerbung, Werbung für Glücksspiel, Werbung für Glücksspiele, Werbung für Sportwetten, Sportwettenwerbung, Wettwerbung
crypto exchanges: Kryptobörsen, Kryptobörse, Krypto-Börsen, Krypto-Börse, Kryptowährungsbörsen
away fans: Gästefans, Auswärtsfans, Gästeanhänger
fossil fuel heating: fossile Heizungen, fossilen Heizungen, fossiler Heizungen, fossile Heizsysteme, fossilen Heizsystemen, fossile Heizanlagen, fossilen Heizanlagen, fossiles Heizen, Heizungen mit fossilen Brennstoffen
open fireplaces: offene Kamine, offener Kamin, offenen Kaminen, offenen Kamin, offene Kaminfeuer, offenes Kaminfeuer, Kaminfeuer
air conditioning: Klimaanlagen, Klimaanlage, Klimageräte, Klimagerät, Klimatisierung, *klimaanlagen
shop window lighting: Schaufensterbeleuchtung, Schaufensterbeleuchtungen, Schaufenster-Beleuchtung, beleuchtete Schaufenster, beleuchteten Schaufenster, Beleuchtung von Schaufenstern, *schaufensterbeleuchtung
outdoor lighting: Außenbeleuchtung, Außenbeleuchtungen, Fassadenbeleuchtung, Gebäudebeleuchtung, Anstrahlung von Gebäuden, Denkmalbeleuchtung, Leuchtreklame, Leuchtreklamen, Lichtwerbung, beleuchtete Werbeanlagen, *außenbeleuchtung
electric cars: Elektroautos, Elektroauto, E-Autos, E-Auto, Elektrofahrzeuge, Elektrofahrzeugen, Elektrofahrzeug, *elektroautos, *e-autos
old vehicles: alte Fahrzeuge, alten Fahrzeugen, ältere Fahrzeuge, älteren Fahrzeugen, alte Autos, alten Autos, ältere Autos, älteren Autos, Altfahrzeuge, Altautos
tour buses: Reisebusse, Reisebus, Reisebussen, Touristenbusse, Touristenbussen, Ausflugsbusse, Sightseeing-Busse, *reisebusse
golf carts: Golfcarts, Golf-Carts, Golfcart, Golfwagen, Golfcars
quad bikes: Quads, Quad-Bikes, Quadfahrzeuge, Quadfahren
snowmobiles: Schneemobile, Schneemobil, Schneemobilen, Motorschlitten
hoverboards: Hoverboards, Hoverboard
motorboats: Motorboote, Motorbooten, Motorboot, Motorbootverkehr, Schnellboote, Außenbordmotoren, *motorboote
helicopters: Hubschrauber, Hubschraubern, Helikopter, Helikoptern, Hubschrauberflüge, Helikopterflüge, Heliskiing, *hubschrauber
paragliders: Gleitschirme, Gleitschirm, Gleitschirmfliegen, Paraglider, Paragleiter, Paragliding, Motorschirme
hot-air balloons: Heißluftballons, Heißluftballone, Heißluftballon, Heißluftballonen, Ballonfahrten, Heißluftballonfahrten
microlight aircraft: Ultraleichtflugzeuge, Ultraleichtflugzeugen, Ultraleichtflugzeug, Ultraleichtflieger, UL-Flugzeuge, *ultraleichtflugzeuge
kites: Drachensteigen, Drachen steigen lassen, Flugdrachen, Lenkdrachen
lawn mowers: Rasenmäher, Rasenmähern, Benzinrasenmäher, Mähroboter, Mährobotern, Rasenmähroboter, *rasenmäher
swimming: Schwimmen, Wildschwimmen, Baden im Meer, Baden in Seen, Baden im See, Baden im Fluss, Badeverbot*, Schwimmverbot*
off-road driving: Offroad-Fahren, Offroadfahren, Offroad-Fahrten, Off-Road-Fahrten, Geländefahrten, Fahren im Gelände, Fahren abseits der Straßen
data centres: Rechenzentren, Rechenzentrum, Datenzentren, Datacenter, *rechenzentren
golf courses: Golfplätze, Golfplatz, Golfplätzen, Golfanlagen, *golfplätze
snow cannons: Schneekanonen, Schneekanone, Kunstschnee, Beschneiung, Beschneiungsanlagen, technische Beschneiung, Schneeerzeuger
disposable nappies: Wegwerfwindeln, Einwegwindeln, Wegwerf-Windeln, Einweg-Windeln, *wegwerfwindeln
takeaway containers: To-go-Verpackungen, Take-away-Verpackungen, Takeaway-Verpackungen, Mitnahmeverpackungen, Einweg-Essensbehälter, Essensverpackungen zum Mitnehmen
plastic sachets: Sachets, Plastiksachets, Portionsverpackungen, Portionsbeutel
cigarette filters: Zigarettenfilter, Zigarettenfiltern, Filterzigaretten, Zigarettenstummel, Zigarettenkippen
polystyrene: Polystyrol, Polystyrols, Polystyrolverpackungen, Polystyrolprodukte
microplastics: Mikrokunststoffe, absichtlich zugesetztes Mikroplastik, bewusst zugesetztes Mikroplastik, Kunststoffmikropartikel, synthetische Polymermikropartikel
charcoal: Holzkohle, Holzkohleproduktion, Holzkohleherstellung, Holzkohleexporte
kerosene: Kerosin, Kerosins, Petroleumöfen, Petroleumlampen
diesel generators: Dieselgeneratoren, Dieselgenerator, Dieselaggregate, Notstromaggregate, Stromaggregate
gas flaring: Abfackelung, Gasabfackelung, Abfackeln von Gas, Abfackeln von Erdgas, Routineabfackelung
potassium bromate: Kaliumbromat, E924
brominated vegetable oil: bromiertes Pflanzenöl, bromierte Pflanzenöle, bromiertem Pflanzenöl, bromierten Pflanzenöls, bromierten Pflanzenölen
propylparaben: Propylparaben, E216
oxybenzone: Oxybenzon, Benzophenon-3
chemical sunscreens: chemische Sonnencreme, chemische Sonnencremes, chemischen Sonnencremes, chemische Sonnenschutzmittel, chemischen Sonnenschutzmitteln, chemische UV-Filter, chemischen UV-Filtern, chemische Lichtschutzfilter, korallenschädliche Sonnencremes, riffschädliche Sonnencremes, korallenschädliche Sonnenschutzmittel
water fluoridation: Trinkwasserfluoridierung, Wasserfluoridierung, Fluoridierung des Trinkwassers, Fluoridierung von Trinkwasser, Fluoridierung, fluoridiertes Trinkwasser, fluoridiertes Wasser, Fluorid im Trinkwasser, Fluorid im Leitungswasser
lead paint: Bleifarbe, Bleifarben, bleihaltige Farbe, bleihaltige Farben, bleihaltigen Farben, bleihaltiger Farbe, bleihaltiger Farben, Blei in Farben, Bleiweiß
cadmium: Cadmium, Kadmium, cadmiumhaltige Produkte
PVC: PVC, Polyvinylchlorid, PVC-Verpackungen
nitrates: Nitrat, Nitrate, Nitraten, Natriumnitrat, Kaliumnitrat, *nitrate
baby walkers: Lauflernhilfe, Lauflernhilfen, Babywalker, Gehfrei, Gehfreis, Baby-Walker
infant formula advertising: Werbung für Säuglingsanfangsnahrung, Werbung für Säuglingsnahrung, Werbung für Säuglingsmilch, Werbung für Babymilch, Werbung für Muttermilchersatz, Werbung für Muttermilchersatzprodukte, Werbung für Muttermilchersatznahrung, Säuglingsmilchwerbung, Babymilchwerbung, Vermarktung von Muttermilchersatzprodukten, Vermarktung von Säuglingsnahrung
weight-loss drugs: Abnehmspritze, Abnehmspritzen, Abnehmmedikament, Abnehmmedikamente, Abnehmmedikamenten, Medikamente zur Gewichtsreduktion, Medikamente zum Abnehmen, Fettweg-Spritze, Fettwegspritze, Fettweg-Spritzen, GLP-1-Agonisten, GLP-1-Medikamente, Ozempic, Wegovy, Semaglutid, Tirzepatid, Mounjaro, Sibutramin, *abnehmspritzen, *abnehmspritze
diet pills: Diätpillen, Diätpille, Schlankheitspillen, Schlankheitspille, Abnehmpillen, Abnehmpille, Abnehmtabletten, Schlankheitsmittel, Schlankheitsmitteln, Abnehmmittel, Abnehmmitteln, Appetitzügler, Appetitzüglern, Fatburner, Fettverbrenner-Pillen
ketamine: Ketamin, Ketamins
psychedelics: Psychedelika, psychedelische Drogen, psychedelische Substanzen, psychedelischen Substanzen, Halluzinogene, Halluzinogenen, halluzinogene Drogen, halluzinogene Substanzen, LSD, DMT, Ayahuasca, Meskalin, Peyote, Ibogain
xylazine: Xylazin
nitazenes: Nitazene, Nitazenen, Nitazen, Isotonitazen, Protonitazen, Metonitazen, *nitazene, *nitazenen
delta-8 THC: Delta-8-THC, Delta-8 THC, Delta-8, Delta-8-Tetrahydrocannabinol
betel nut: Betelnuss, Betelnüsse, Betelnüssen, Arekanuss, Arekanüsse, Betel
contraceptives: Verhütungsmittel, Verhütungsmitteln, Verhütungsmittels, Empfängnisverhütung, Antibabypille, Antibabypillen, Pille danach, Notfallverhütung, Notfallkontrazeptiva, Kontrazeptiva, Kondome, Kondomen, Präservative, *verhütungsmittel, *verhütungsmitteln
cosmetic fillers: Hyaluronfiller, Hyaluron-Filler, Hyaluronsäure-Filler, Hyaluronsäurefiller, Lippenfiller, kosmetische Filler, Faltenunterspritzung, Faltenunterspritzungen, Lippenunterspritzung, Lippenunterspritzungen, Hyaluron-Unterspritzungen, Hyaluronunterspritzungen, Hyaluronspritzen
hair relaxers: Haarglättungsmittel, Haarglättungsmitteln, Haarglättungsprodukte, Haarglättungsprodukten, chemische Haarglätter, chemische Haarglättung, Haarrelaxer, Haar-Relaxer, Glättungsmittel für Haare, Keratinglättung, Keratin-Glättung
edible insects: essbare Insekten, essbaren Insekten, Speiseinsekten, Insektenmehl, Insektenpulver, Insektenprotein, Insekteneiweiß, Insekten als Lebensmittel, Lebensmittel aus Insekten, Lebensmittel mit Insekten, insektenbasierte Lebensmittel, Grillenmehl, Grillenpulver, Mehlwürmer, Mehlwurmpulver
spirits: Schnaps, Schnäpse, Branntwein, Branntweine, hochprozentige Getränke, hochprozentigen Getränken, hochprozentiger Alkohol, hochprozentigen Alkohol, Hochprozentiges, Hochprozentigem, Wodka, Whisky, Weinbrand, Likör, Liköre
wine: Wein, Weine, Weins, Weinverkauf, Weinausschank, Weinimporte, Weineinfuhren, Weinexporte
moonshine: Schwarzbrand, Schwarzgebrannter, Schwarzgebranntes, selbst gebrannter Schnaps, selbstgebrannter Schnaps, selbstgebrannten Schnaps, selbstgebrannter Alkohol, illegal gebrannter Alkohol, illegal gebrannter Schnaps, gepanschter Alkohol, gepanschten Alkohol, gepanschte Spirituosen, Moonshine, Fusel
button batteries: Knopfzellen, Knopfzelle, Knopfbatterien, Knopfbatterie, Knopfzellenbatterien, Lithium-Knopfzellen, Münzbatterien, Münzzellen, *knopfzellen, *knopfbatterien
magnetic toys: Magnetspielzeug, Magnetspielzeuge, magnetisches Spielzeug, magnetische Spielzeuge, Spielzeug mit Magneten, Magnetkugeln, Magnetkügelchen, Hochleistungsmagnete, Neodym-Magnetkugeln, Neodymmagnete, Buckyballs, *magnetspielzeug, *magnetspielzeuge
water beads: Wasserperlen, Gelperlen, Aquaperlen, Hydrogelperlen, Hydrogelkugeln, Orbeez
lithium batteries: Lithiumbatterien, Lithium-Batterien, Lithiumbatterie, Lithium-Batterie, Lithium-Ionen-Akkus, Lithium-Ionen-Akku, Lithium-Ionen-Batterien, Lithium-Ionen-Batterie, Lithium-Akkus, Lithiumakkus, Li-Ionen-Akkus, Lithiumionenbatterien, *lithiumbatterien, *lithium-ionen-akkus, *lithium-ionen-batterien
counterfeit goods: Produktfälschungen, Markenfälschungen, gefälschte Produkte, gefälschten Produkten, gefälschte Waren, gefälschten Waren, gefälschter Waren, gefälschte Markenprodukte, gefälschte Markenware, gefälschte Markenartikel, Fälschungen von Markenprodukten, Produktpiraterie, Markenpiraterie, Fake-Produkte, *produktfälschungen, *markenfälschungen
counterfeit medicines: gefälschte Medikamente, gefälschten Medikamenten, gefälschte Arzneimittel, gefälschten Arzneimitteln, gefälschter Arzneimittel, Arzneimittelfälschungen, Medikamentenfälschungen, Fälschungen von Arzneimitteln, *arzneimittelfälschungen, *medikamentenfälschungen
dietary supplements: Nahrungsergänzungsmittel, Nahrungsergänzungsmitteln, Nahrungsergänzungsmittels, Nahrungsergänzungen, Nahrungsergänzung, Nahrungsergänzungsprodukte, *nahrungsergänzungsmittel, *nahrungsergänzungsmitteln
painkillers: Schmerzmittel, Schmerzmitteln, Schmerzmittels, Schmerztabletten, Analgetika, Paracetamol, Ibuprofen, *schmerzmittel, *schmerzmitteln
homeopathy: Homöopathie, Homöopathika, homöopathische Mittel, homöopathischen Mitteln, homöopathische Arzneimittel, homöopathischen Arzneimitteln, Globuli
cosmetics: Kosmetik, Kosmetika, Kosmetikprodukte, Kosmetikprodukten, Kosmetikartikel, kosmetische Produkte, kosmetischen Produkten, kosmetische Mittel, kosmetischen Mitteln, *kosmetika, *kosmetikprodukte
sweets: Süßigkeiten, Süßwaren, Bonbons, Zuckerwaren, Naschereien, Süßkram, Lutscher, Fruchtgummis, *süßigkeiten
tablets: Tablets, Tablet, Tablet-PCs, Tablet-PC, Tablet-Computer, Tabletcomputer, iPads, *tablets
smart glasses: smarte Brillen, smarten Brillen, Smart Glasses, Smartglasses, Datenbrillen, Datenbrille, KI-Brillen, KI-Brille, intelligente Brillen, Kamerabrillen, AR-Brillen, *datenbrillen
AI-generated content: KI-generierte Inhalte, KI-generierten Inhalten, KI-generierte Bilder, KI-generierten Bildern, KI-generierte Videos, KI-generierte Texte, KI-erzeugte Inhalte, KI-Inhalte, KI-Bilder, mit KI erstellte Inhalte, mit KI erzeugte Inhalte
end-to-end encryption: Ende-zu-Ende-Verschlüsselung, Ende-zu-Ende Verschlüsselung, Ende-zu-Ende-verschlüsselte Kommunikation, Ende-zu-Ende-verschlüsselten Kommunikation, durchgehende Verschlüsselung, E2EE
SIM cards: SIM-Karten, SIM-Karte, Prepaid-SIM-Karten, eSIM, eSIMs, *sim-karten
satellite internet: Satelliteninternet, Satelliten-Internet, satellitengestütztes Internet, Starlink, Starlink-Terminals, Starlink-Geräte
online advertising: Online-Werbung, Onlinewerbung, Internetwerbung, digitale Werbung, digitaler Werbung, Werbung im Internet, Online-Anzeigen, *online-werbung
influencer marketing: Influencer-Marketing, Influencermarketing, Influencer-Werbung, Influencerwerbung, Werbung durch Influencer, Werbung von Influencern, gesponserte Beiträge, gesponserte Posts, *influencer-werbung
crypto advertising: Kryptowerbung, Krypto-Werbung, Kryptowährungswerbung, Werbung für Kryptowährungen, Werbung für Krypto, Werbung für Kryptowerte, *kryptowerbung
crypto payments: Kryptozahlungen, Krypto-Zahlungen, Zahlungen mit Kryptowährungen, Zahlungen in Kryptowährungen, Bezahlen mit Kryptowährungen, Bezahlen mit Krypto, Bitcoin-Zahlungen
lotteries: Lotterien, Lotterie, Lotto, Lottospiele, Lotterielose, Tombola, Tombolas, *lotterien
betting shops: Wettbüros, Wettbüro, Wettannahmestellen, Wettannahmestelle, Wettlokale, Wettshops, Buchmacher, *wettbüros
payday loans: Kurzzeitkredite, Kurzzeitkredit, Schnellkredite, Schnellkredit, Sofortkredite, Minikredite, Payday-Kredite
foreign currency: Devisen, Fremdwährungen, Fremdwährung, ausländische Währungen, ausländischen Währungen, ausländische Währung, Devisengeschäfte, Zahlungen in Fremdwährung
podcasts: Podcasts, Podcast, *podcasts
foreign journalists: ausländische Journalisten, ausländischen Journalisten, ausländische Journalistinnen, ausländische Reporter, ausländischen Reportern, ausländische Korrespondenten, ausländischen Korrespondenten, Auslandskorrespondenten, ausländische Presse
comics: Comics, Comic, Comichefte, Comic-Hefte, Comicbücher, Graphic Novels, Manga, Mangas, *comics
anime: Anime, Animes, Anime-Serien, Animeserien
foreign films: ausländische Filme, ausländischen Filmen, ausländischer Filme, ausländische Spielfilme
rap music: Rapmusik, Rap-Musik, Rap, Hip-Hop, Hiphop, Rapsongs, Gangsta-Rap
drill music: Drill-Musik, Drillmusik, Drill-Rap, UK-Drill, Drill-Videos
raves: Raves, Rave-Partys, Rave-Parties, Raveparties, Technopartys, Teknivals
strikes: Streiks, Streik, Arbeitsniederlegungen, Arbeitsniederlegung, Generalstreiks, Generalstreik, Streikrecht, *streiks
political parties: politische Parteien, politischen Parteien, politische Partei, politischer Parteien
opposition parties: Oppositionsparteien, Oppositionspartei, oppositionelle Parteien, oppositionellen Parteien
trade unions: Gewerkschaften, Gewerkschaft, *gewerkschaften
missionaries: Missionare, Missionaren, Missionar, Missionarinnen, Missionierung, Missionsarbeit, Missionstätigkeit, Proselytismus
miniskirts: Miniröcke, Miniröcken, Minirock, Minirocks, kurze Röcke, kurzen Röcken
make-up: Make-up, Makeup, Schminke, Lippenstift, Lippenstifte, Nagellack
robocalls: Robocalls, Robo-Calls, automatisierte Anrufe, automatisierten Anrufen, automatische Anrufe, Roboteranrufe
telemarketing: Telefonmarketing, Telemarketing, Telefonwerbung, unerlaubte Telefonwerbung, Werbeanrufe, unerwünschte Werbeanrufe, Kaltakquise, Cold Calls, *werbeanrufe
junk fees: versteckte Gebühren, versteckten Gebühren, versteckte Kosten, versteckten Kosten, versteckte Zusatzgebühren, Junk Fees, Drip Pricing
surge pricing: dynamische Preise, dynamischen Preisen, dynamische Preisgestaltung, dynamischen Preisgestaltung, dynamische Preissetzung, Surge Pricing
non-compete clauses: Wettbewerbsverbote, Wettbewerbsverbot, Wettbewerbsklauseln, Wettbewerbsklausel, Konkurrenzklauseln, Konkurrenzklausel, nachvertragliche Wettbewerbsverbote, *wettbewerbsverbote
child labour: Kinderarbeit, Kinderarbeiter, *kinderarbeit
unpaid internships: unbezahlte Praktika, unbezahlten Praktika, unbezahltes Praktikum, unbezahlten Praktikums, Gratispraktika
dogs: Hunde, Hunden, Hund, Hundes, Haushunde, Hundeverbot*
cats: Katzen, Katze, Hauskatzen, Streunerkatzen, streunende Katzen
cattle: Rinder, Rindern, Rindvieh, Kühe, Kühen, Milchkühe
glue traps: Klebefallen, Klebefalle, Leimfallen, Leimfalle
snares: Drahtschlingen, Drahtschlinge, Schlingfallen, Schlingfalle, Fangschlingen
leghold traps: Tellereisen, Fangeisen, Schlageisen, Trittfallen
fish farming: Fischzucht, Fischzuchten, Aquakultur, Aquakulturen, Fischfarmen, Fischfarm, Aquakulturanlagen
salmon farming: Lachszucht, Lachsfarmen, Lachsfarm, Zuchtlachs, Lachsaquakultur
octopus farming: Oktopuszucht, Oktopusfarmen, Oktopusfarm, Krakenzucht, Krakenfarm, Krakenfarmen
krill fishing: Krillfischerei, Krillfang, Krill-Fischerei
lobster fishing: Hummerfang, Hummerfischerei, Langustenfang, Langustenfischerei
shellfish harvesting: Muschelfischerei, Muschelernte, Muschelsammeln, Sammeln von Muscheln, Muschelfang
rodeos: Rodeos, Rodeo, Rodeoveranstaltungen, Rodeoshows
elephant rides: Elefantenreiten, Elefantenritte, Elefantenritt, Ritte auf Elefanten, Reiten auf Elefanten
puppy sales: Welpenhandel, Welpenhandels, Welpenverkauf, Welpenverkäufe, Verkauf von Welpen, Welpenmafia
pet shops: Zoohandlungen, Zoohandlung, Zoofachhandel, Zoofachgeschäfte, Zoogeschäfte, Tierhandlungen
crossbows: Armbrüste, Armbrust, Armbrüsten
swords: Schwerter, Samuraischwerter, Katanas
air guns: Luftgewehre, Luftgewehr, Luftpistolen, Luftpistole, Luftdruckwaffen, Druckluftwaffen, Luftdruckgewehre
high-capacity magazines: Magazine mit hoher Kapazität, Magazine mit großer Kapazität, Hochkapazitätsmagazine, großvolumige Magazine, Großmagazine
explosives: Sprengstoffe, Sprengstoff, Sprengstoffen, Sprengmittel, explosive Stoffe, Dynamit
tear gas: Tränengas, Tränengases, Tränengasgranaten, Tränengaskartuschen, CS-Gas
rubber bullets: Gummigeschosse, Gummigeschossen, Gummigeschoss, Gummimunition, Gummikugeln
white phosphorus: weißer Phosphor, weißen Phosphor, weißem Phosphor, weisser Phosphor, weissen Phosphor, Phosphorbomben, Phosphormunition
flares: Bengalos, bengalische Feuer, bengalische Fackeln, Leuchtfackeln, Signalfackeln, Seenotfackeln, Handfackeln
steel: Stahl, Stahls, Stahlimporte, Stahlexporte, Stahlprodukte, Stahlerzeugnisse, russischer Stahl
aluminium: Aluminium, Aluminiums, Aluminiumprodukte, Aluminiumimporte, russisches Aluminium
copper: Kupfer, Kupfers, Kupferkonzentrat, Kupfererz, Kupfererze, Kupferexporte, Kupferimporte
nickel: Nickel, Nickelerz, Nickelerze
bauxite: Bauxit
lithium: Lithium
cobalt: Kobalt
tungsten: Wolfram, Wolframerz
love locks: Liebesschlösser, Liebesschlössern, Liebesschloss, Liebesschloß
key boxes: Schlüsselboxen, Schlüsselbox, Schlüsselkästen, Schlüsselsafes, Schlüsseltresore
wheeled suitcases: Rollkoffer, Rollkoffern, Rollkoffers, Koffer mit Rollen
street performers: Straßenmusiker, Straßenmusikern, Straßenmusik, Straßenkünstler, Straßenkünstlern, Straßenmusikanten
rough sleeping: Schlafen im öffentlichen Raum, Übernachten im öffentlichen Raum, Schlafen auf der Straße, auf der Straße schlafen, Übernachten im Freien, Nächtigen im öffentlichen Raum
homeless encampments: Obdachlosencamps, Obdachlosen-Camps, Obdachlosenlager, Zeltlager von Obdachlosen, Zeltlager Obdachloser, Zeltstädte
tourist groups: Reisegruppen, Reisegruppe, Touristengruppen, Touristengruppe
second homes: Zweitwohnungen, Zweitwohnung, Zweitwohnsitze, Zweitwohnsitz, Zweitwohnungsbau
foreign home buyers: ausländische Immobilienkäufer, ausländischen Immobilienkäufern, ausländische Käufer, ausländischen Käufern, Immobilienkäufe durch Ausländer, Immobilienerwerb durch Ausländer, Wohnungskäufe durch Ausländer, Grundstückserwerb durch Ausländer
new hotels: neue Hotels, neuen Hotels, Hotelneubauten, Hotelneubau, Bau neuer Hotels, neue Hotelprojekte, Hotelstopp
# 0.27.0: more categories
game consoles: Spielkonsole, Spielkonsolen, Spielekonsole, Spielekonsolen, Videospielkonsole, Videospielkonsolen, Gaming-Konsolen, Gaming-Konsole, *spielkonsolen, *spielekonsolen
gas-powered garden equipment: benzinbetriebene Gartengeräte, benzinbetriebenen Gartengeräten, benzinbetriebenen Gartengeräte, Benzin-Gartengeräte, Benzingartengeräte, Gartengeräte mit Verbrennungsmotor, Gartengeräten mit Verbrennungsmotor, motorbetriebene Gartengeräte, motorbetriebenen Gartengeräten, Benzin-Heckenscheren, Benzin-Motorsägen, Benzin-Kettensägen, Motorsensen, Freischneider, Benzin-Rasentrimmer, Zweitakt-Gartengeräte
sex dolls: Sexpuppen, Sexpuppe, Sex-Puppen, kindliche Sexpuppen, kindlichen Sexpuppen, kindlich aussehende Sexpuppen, Kindersexpuppen, Sexroboter, Sexrobotern, *sexpuppen
selfie sticks: Selfie-Sticks, Selfiesticks, Selfie-Stick, Selfiestick, Selfiestangen, Selfie-Stangen
disposable lighters: Einwegfeuerzeuge, Einwegfeuerzeugen, Einwegfeuerzeug, Einweg-Feuerzeuge, Feuerzeuge, Feuerzeugen, Plastikfeuerzeuge, Billigfeuerzeuge, *feuerzeuge
coal stoves: Kohleöfen, Kohleofen, Kohleöfen in Privathaushalten, Kohleheizungen, Kohleheizung, Kohlekessel, Kohleheizkessel, Kohlefeuerung, Kohlefeuerungen, *kohleöfen
dashcams: Dashcams, Dashcam, Dash-Cams, Dash-Cam, Armaturenbrettkameras, Autokameras
coffee capsules: Kaffeekapseln, Kaffeekapsel, Kaffee-Kapseln, Kapselkaffee, Kaffeepads, Alu-Kaffeekapseln, Nespresso-Kapseln, *kaffeekapseln
bottled water: Flaschenwasser, Wasser in Flaschen, abgefülltes Wasser, abgefülltem Wasser, Wasserflaschen, Trinkwasser in Flaschen, Einweg-Wasserflaschen
bicycles: Fahrräder, Fahrrad, Fahrrädern, Fahrrads, Radfahren, Radfahrer, Radfahrern, Radverkehr, Fahrradfahren, Fahrradfahrer
camper vans: Wohnmobile, Wohnmobil, Wohnmobilen, Wohnmobils, Campingbusse, Campingbus, Campingbussen, Wohnwagen, Wohnwagens, Campervans, Reisemobile, Reisemobilen, Übernachten im Auto, Übernachten im Wohnmobil, Wohnen im Fahrzeug, Vanlife, *wohnmobile, *wohnmobilen
right-hand-drive vehicles: Rechtslenker, Rechtslenkern, rechtsgelenkte Fahrzeuge, rechtsgelenkten Fahrzeugen, rechtsgelenkte Autos, Fahrzeuge mit Rechtslenkung, Fahrzeugen mit Rechtslenkung, Rechtslenkung
self-driving cars: selbstfahrende Autos, selbstfahrenden Autos, selbstfahrende Fahrzeuge, selbstfahrenden Fahrzeugen, autonome Fahrzeuge, autonomen Fahrzeugen, autonome Autos, autonomen Autos, fahrerlose Autos, fahrerlosen Autos, fahrerlose Fahrzeuge, fahrerlosen Fahrzeugen, Robotaxis, Robotaxi, Robotertaxis, Robo-Taxis, Roboterautos
petrol motorbikes: benzinbetriebene Motorräder, benzinbetriebenen Motorrädern, Motorräder mit Verbrennungsmotor, Motorrädern mit Verbrennungsmotor, Benzin-Roller, Benzinroller, Benzinrollern, Zweitakt-Roller, Zweitaktroller, Zweitaktrollern, Verbrenner-Roller, Benzin-Motorrad, Benzinmotorrad
street racing: illegale Autorennen, illegalen Autorennen, illegales Autorennen, illegale Straßenrennen, illegalen Straßenrennen, Straßenrennen, Autoposer, Poser-Treffen, Tuner-Treffen, Autotreffen, Raser-Treffen, Rasertreffen
beer bikes: Bierbikes, Bier-Bikes, Bierbike, Bierfahrräder, Bierfahrrad, Bierfahrrädern, Partybikes, Bierfiets
leaded fuel: verbleites Benzin, verbleiten Benzin, verbleiten Benzins, verbleiter Kraftstoff, verbleiten Kraftstoffs, verbleiten Kraftstoff, verbleites Flugbenzin, Bleibenzin, Tetraethylblei
liquids in hand luggage: Flüssigkeiten im Handgepäck, Flüssigkeitsbeschränkung, Flüssigkeitsbeschränkungen, Flüssigkeitsregel, Flüssigkeitenregel, Flüssigkeiten-Regel, 100-Milliliter-Regel, 100-ml-Regel, 100-ml-Grenze, Flüssigkeitslimit
studded tyres: Spikereifen, Spikesreifen, Spike-Reifen, Spikes-Reifen, Reifen mit Spikes, *spikereifen
ractopamine: Ractopamin, Ractopamine, Schweinefleisch mit Ractopamin
durian: Durian, Durians, Durianfrucht, Durianfrüchte, Stinkfrucht, Stinkfrüchte
alcopops: Alcopops, Alkopops, Alcopop, Alkopop, alkoholhaltige Mixgetränke, alkoholhaltigen Mixgetränken, alkoholische Mixgetränke, Hard Seltzer, Premix-Getränke, RTD-Getränke
late-night alcohol sales: nächtlicher Alkoholverkauf, nächtlichen Alkoholverkauf, nächtlichen Alkoholverkaufs, Alkoholverkauf in der Nacht, Alkoholverkauf nach 22 Uhr, Verkauf von Alkohol nach 22 Uhr, nächtlicher Verkauf von Alkohol, nächtlichen Verkauf von Alkohol, Alkoholverkauf an Tankstellen
drinks promotions: Happy Hours, Happy Hour, Happy-Hour, Flatrate-Partys, Flatratepartys, Flatrate-Trinken, Flatrate-Saufen, Flatrate-Saufpartys, Alkohol-Sonderangebote, Rabattaktionen für Alkohol, Open Bar, All-you-can-drink
DDT: DDT, Dichlordiphenyltrichlorethan
fluorinated gases: F-Gase, F-Gasen, fluorierte Gase, fluorierten Gasen, fluorierte Treibhausgase, fluorierten Treibhausgasen, HFKW, teilfluorierte Kohlenwasserstoffe, FCKW, Fluorchlorkohlenwasserstoffe, SF6, Schwefelhexafluorid, ozonschädigende Stoffe, ozonabbauende Stoffe, Kältemittel
chlorinated solvents: chlorierte Lösungsmittel, chlorierten Lösungsmitteln, Trichlorethylen, Trichlorethen, TCE, Perchlorethylen, Tetrachlorethen, Tetrachlorethylen, Dichlormethan, Methylenchlorid
cyanide: Cyanid, Cyanide, Zyanid, Zyanide, Cyanidlaugung, Zyanidlaugung, Natriumcyanid, Cyanid-Laugung
acetamiprid: Acetamiprid
rodenticides: Rodentizide, Rodentiziden, Rattengift, Rattengifte, Rattengiften, Giftköder, Giftködern, Mäusegift, blutgerinnungshemmende Rodentizide, Antikoagulanzien-Rodentizide
road salt: Streusalz, Streusalzes, Streusalze, Streusalzeinsatz, Auftausalz, Auftausalze, Tausalz, Tausalze, Salzstreuung
flame retardants: Flammschutzmittel, Flammschutzmitteln, bromierte Flammschutzmittel, bromierten Flammschutzmitteln, halogenierte Flammschutzmittel, halogenierten Flammschutzmitteln, PBDE, polybromierte Diphenylether
engineered stone: Kunststein, Kunststeins, Quarzkomposit, Quarzstein, Quarzkompositstein, Kunststein-Arbeitsplatten, Küchenarbeitsplatten aus Kunststein, Engineered Stone
cocaine: Kokain, Kokains, Crack-Kokain
methamphetamine: Methamphetamin, Methamphetamine, Methamphetamins, Crystal Meth, Meth, Yaba, Shabu
MDMA: MDMA, Ecstasy, Ecstasy-Pillen, Ecstasy-Tabletten, XTC, MDMA-gestützte Therapie, MDMA-Therapie
opium poppy cultivation: Schlafmohnanbau, Schlafmohn, Schlafmohns, Mohnanbau, Opiumanbau, Opium, Opiums, Opiummohn, Mohnfelder, Mohnfeldern, Opiumproduktion, Opiumhandel
new psychoactive substances: neue psychoaktive Stoffe, neuen psychoaktiven Stoffen, neue psychoaktive Substanzen, neuen psychoaktiven Substanzen, NPS, Designerdrogen, Designer-Drogen, Research Chemicals, synthetische Cathinone, synthetischen Cathinonen, Mephedron
GHB: GHB, GBL, Liquid Ecstasy, K.-o.-Tropfen, KO-Tropfen, K.O.-Tropfen, Gamma-Hydroxybuttersäure, Gammahydroxybuttersäure, Gamma-Butyrolacton
bear bile: Bärengalle, Gallebären, Gallenbären, Bärengallefarmen, Bärengalle-Farmen, Gallebärenfarmen
donkey skins: Eselshäute, Eselshäuten, Eselhäute, Eselhäuten, Eselhaut, Eselshaut, Handel mit Eselshäuten, Eselschlachtung, Schlachtung von Eseln, Ejiao, Eselgelatine
tail docking: Kupieren, Schwanzkupieren, Kupieren von Schwänzen, Kupieren der Rute, Kupieren der Ruten, Schwanzkürzen, Kürzen der Schwänze, kupierte Schwänze, kupierten Schwänzen, Ohrenkupieren, Kupieren von Ohren
declawing: Entkrallen, Entkrallung, Entkrallen von Katzen, entkrallte Katzen, entkrallten Katzen
sow stalls: Abferkelbuchten, Ferkelschutzkörbe, Sauenkäfige, Sauenkäfigen, Abferkelkäfige, Sauenkäfig
chick culling: Kükentöten, Kükentötung, Küken-Töten, Kükenschreddern, Tötung männlicher Küken, Töten männlicher Küken, Töten von Eintagsküken, Tötung von Eintagsküken
live poultry markets: Lebendgeflügelmärkte, Lebendgeflügelmärkten, Lebendgeflügelhandel, Lebendtiermärkte, Lebendtiermärkten, Märkte mit lebenden Tieren, Märkten mit lebenden Tieren, Wet Markets, Nassmärkte, Nassmärkten
big cats: Großkatzen, Großkatze, Raubkatzen, Raubkatze, Tiger als Haustiere, Löwen als Haustiere, Privathaltung von Großkatzen, private Raubkatzenhaltung, Raubkatzenhaltung
badger culling: Dachskeulung, Dachstötung, Tötung von Dachsen, Keulung von Dachsen, Dachsabschuss, Dachsbekämpfung
bull running: Stierläufe, Stierlauf, Stierhatz, Stierhatzen, Stiertreiben, Encierro, Encierros, Toro embolado, Bous al carrer, Stierfeste, Feuerstier
animal sacrifice: Tieropfer, Tieropfern, Tieropfers, Opferung von Tieren, rituelle Tieropfer, rituellen Tieropfern, Opfertiere
wildlife feeding: Wildtierfütterung, Füttern von Wildtieren, Fütterung von Wildtieren, Füttern wilder Tiere, Füttern von Affen, Entenfüttern, Füttern von Enten, Wildschweinfütterung, Füttern von Wildschweinen, Füttern von Möwen, Möwenfüttern, Wildfütterung
exotic skins: exotische Häute, exotischen Häuten, exotisches Leder, exotischem Leder, Krokodilleder, Krokodilhaut, Krokodilhäute, Schlangenleder, Schlangenhaut, Pythonleder, Alligatorleder, Reptilleder, Reptilienleder
spitting: Spucken, Ausspucken, Spucken auf die Straße, Spucken in der Öffentlichkeit, öffentliches Spucken, Spucken auf den Boden
littering: Littering, Vermüllung, Wegwerfen von Müll, achtloses Wegwerfen, wilder Müll, wilde Müllablagerungen, wilde Müllkippen, illegale Müllentsorgung, illegale Müllablagerung, illegale Müllablagerungen
jaywalking: Jaywalking, Überqueren bei Rot, Überqueren der Straße bei Rot, Rotlichtverstöße von Fußgängern, Rotgehen, Rotgänger
loitering: Herumlungern, Rumlungern, Herumlungern in Gruppen, Lungern, Loitering
skateboarding: Skateboards, Skateboard, Skateboardfahren, Skateboarden, Skaten, Inlineskaten, Inline-Skaten, Rollschuhfahren, Rollschuhe, Inlineskates, Inline-Skates
public nudity: Nacktheit in der Öffentlichkeit, öffentliche Nacktheit, öffentlichen Nacktheit, FKK, Freikörperkultur, Nacktbaden, Nacktwandern, Nacktsonnen, Oben-ohne-Baden, Oben ohne, Oben-ohne, Nudismus, Naturismus, FKK-Strände
swimwear in the street: Badebekleidung in der Stadt, Badekleidung in der Innenstadt, Badekleidung in der Stadt, Bikini in der Stadt, Badehose in der Stadt, in Badekleidung durch die Stadt, mit nacktem Oberkörper, nackter Oberkörper, nacktem Oberkörper, nackten Oberkörper, oberkörperfrei
eating in the street: Essen auf der Straße, Essen in der Öffentlichkeit, Essen im Gehen, Essen beim Gehen, Essen auf Treppen, Essen auf den Stufen, Essen an Denkmälern
graffiti: Graffiti, Graffitis, Graffiti-Sprayen, Sprühfarbe, Sprühdosen, Spraydosen, Verkauf von Sprühdosen, Farbschmierereien, Schmierereien
honking: Hupen, Hupens, Hupkonzerte, Hupkonzert, Autohupen, Gebrauch der Hupe, Hupenlärm, Drucklufthörner
dancing: Tanzen, Tanzveranstaltungen, Tanzveranstaltung, öffentliches Tanzen, öffentliche Tanzveranstaltungen, Tanzlustbarkeiten, Tanzpartys, Tanzen an stillen Feiertagen
entering forests: Betreten des Waldes, Betreten der Wälder, Betreten von Wäldern, Betreten des Walds, Betreten von Waldgebieten, Waldbetretung, Waldbesuche, Zutritt zu Wäldern, Zugang zu Wäldern
Halloween: Halloween, Halloween-Feiern, Halloweenfeiern, Halloween-Partys, Halloweenpartys, Halloween-Kostüme, Süßes oder Saures
Valentine's Day: Valentinstag, Valentinstags, Valentinstagsfeiern, Valentinstag-Feiern, Valentinsgeschenke
beauty pageants: Schönheitswettbewerbe, Schönheitswettbewerben, Schönheitswettbewerb, Schönheitswettbewerbs, Misswahlen, Miss-Wahlen, Misswahl, Miss-Wahl, Kinder-Schönheitswettbewerbe, Mini-Miss-Wahlen
pub crawls: Kneipentouren, Kneipentour, Pub-Crawls, Pub Crawls, Pubcrawls, Pub-Crawl, Sauftouren, Sauftour, Kneipenrundgänge, Kneipen-Touren
Quran burning: Koranverbrennungen, Koranverbrennung, Koran-Verbrennungen, Koran-Verbrennung, Verbrennen des Korans, Verbrennung des Korans, Verbrennungen des Korans, Verbrennung von Koranen, Koranschändungen, Koranschändung, Schändung heiliger Schriften
flag burning: Flaggenverbrennung, Flaggenverbrennungen, Fahnenverbrennung, Fahnenverbrennungen, Verbrennen von Flaggen, Verbrennen von Fahnen, Verbrennen der Flagge, Verbrennen der Nationalflagge, Flaggenschändung
Holocaust denial: Holocaustleugnung, Holocaust-Leugnung, Holocaustleugner, Holocaust-Leugner, Holocaustleugnern, Leugnung des Holocaust, Leugnung des Holocausts, Völkermordleugnung, Leugnung von Völkermorden, Leugnung des Völkermords
Z symbol: Z-Symbol, Z-Symbols, Z-Symbole, Z-Symbolen, Z-Zeichen, Buchstabe Z, Buchstaben Z, Kriegssymbol Z
sex shops: Sexshops, Sexshop, Sex-Shops, Sex-Shop, Erotikshops, Erotikshop, Erotikläden, Erotikladen, Erotikgeschäfte, Sexläden
strip clubs: Stripclubs, Stripclub, Strip-Clubs, Strip-Club, Striplokale, Striplokal, Stripteaselokale, Table-Dance-Bars, Tabledance-Bars, Tabledance-Clubs, Lapdance-Clubs
massage parlours: Massagesalons, Massagesalon, Massagesalonen, Massagestudios, Massagestudio, erotische Massagesalons, Thai-Massagesalons, *massagesalons
beauty salons: Schönheitssalons, Schönheitssalon, Kosmetiksalons, Kosmetiksalon, Kosmetikstudios, Kosmetikstudio, Beautysalons, Beauty-Salons, *schönheitssalons
minimarkets: Minimärkte, Minimärkten, Minimarkt, Minimarkets, Spätis, Späti, Spätkaufs, Spätkauf, Spätverkaufsstellen, Spätshops, Nachtshops, Nachtläden, 24-Stunden-Läden, Convenience Stores
vape shops: Vape-Shops, Vapeshops, Vape-Shop, Vapeshop, Dampfershops, Dampfer-Shops, Dampferläden, E-Zigaretten-Läden, E-Zigaretten-Shops, E-Zigaretten-Geschäfte, *dampfershops
cannabis shops: Cannabis-Shops, Cannabisshops, Cannabis-Geschäfte, Cannabisgeschäfte, Cannabis-Fachgeschäfte, Coffeeshops, Cannabis-Clubs, Cannabisclubs, Cannabis Social Clubs, Cannabis-Social-Clubs, Anbauvereinigungen, Anbauvereinigung, Anbauvereine, Anbauvereinen, Cannabis-Ausgabestellen
drive-throughs: Drive-ins, Drive-in, Drive-Through, Drive-Throughs, Drive-thru, Drive-Thrus, Autoschalter, Drive-in-Schalter, Drive-in-Restaurants, McDrive
dark stores: Dark Stores, Darkstores, Dark-Stores, Dark Store, Lieferdienst-Lager, Schnelllieferdienste, Lebensmittel-Schnelllieferdienste, Quick-Commerce, Dark Kitchens, Ghost Kitchens, Geisterküchen
prescription drug advertising: Arzneimittelwerbung, Medikamentenwerbung, Werbung für Arzneimittel, Werbung für Medikamente, Werbung für verschreibungspflichtige Arzneimittel, Werbung für rezeptpflichtige Medikamente, Pharmawerbung, Pharma-Werbung, *arzneimittelwerbung, *medikamentenwerbung
advertising to children: Kinderwerbung, an Kinder gerichtete Werbung, an Kinder gerichteten Werbung, Werbung für Kinder, Werbung an Kinder, Kindermarketing, Werbung im Kinderprogramm, Werbung in Kindersendungen, Werbung gegenüber Kindern, *kinderwerbung
junk mail: Werbepost, Wurfsendungen, Wurfsendung, Reklamepost, unadressierte Werbung, unadressierten Werbung, Werbeprospekte, Werbeprospekten, Prospektwerbung, Werbebroschüren, Werbeflyer, Postwurfsendungen, Postwurfsendung, Briefkastenwerbung, Papierwerbung, Werbezettel
digital billboards: digitale Werbetafeln, digitalen Werbetafeln, digitale Werbeflächen, digitalen Werbeflächen, digitale Werbebildschirme, digitalen Werbebildschirmen, Werbebildschirme, Werbebildschirmen, LED-Werbetafeln, LED-Werbewände, LED-Werbeschilder, Bildschirmwerbung, digitale Plakatwände, Werbemonitore
carbon-neutral claims: Greenwashing, Grünfärberei, Umweltaussagen, Umweltversprechen, Werbung mit Klimaneutralität, Werbeaussagen zur Klimaneutralität, Klimaneutralitätsversprechen, Green Claims, irreführende Umweltwerbung, irreführende Umweltaussagen, irreführenden Umweltaussagen, Werbung mit Umweltversprechen
CFDs: CFDs, CFD, CFD-Handel, CFD-Produkte, CFD-Broker, Differenzkontrakte, Differenzkontrakten, Differenzgeschäfte
prediction markets: Prognosemärkte, Prognosemärkten, Vorhersagemärkte, Vorhersagemärkten, Wetten auf Wahlen, Wahlwetten, Ereigniskontrakte
fantasy sports: Fantasy Sports, Fantasy-Sport, Fantasy-Spiele, Echtgeldspiele, Echtgeld-Spiele, Online-Echtgeldspiele, Daily Fantasy Sports, Fantasy-Ligen
share buybacks: Aktienrückkäufe, Aktienrückkäufen, Aktienrückkauf, Aktienrückkaufs, Aktienrückkaufprogramme, Aktienrückkaufprogrammen, Rückkaufprogramme, Rückkauf eigener Aktien
golden passports: goldene Pässe, goldenen Pässe, goldenen Pässen, Staatsbürgerschaft gegen Geld, Staatsbürgerschaft durch Investition, Staatsbürgerschaft für Investoren, Pässe gegen Geld, Einbürgerung gegen Investitionen, Passverkauf, Verkauf von Staatsbürgerschaften
golden visas: goldene Visa, goldenen Visa, Golden Visa, Golden Visas, Investorenvisa, Investorenvisum, Aufenthaltstitel für Investoren, Aufenthaltsgenehmigungen für Investoren, Golden-Visa-Programme
ransom payments: Lösegeldzahlungen, Lösegeldzahlung, Zahlung von Lösegeld, Zahlung von Lösegeldern, Lösegelder, Lösegeldern, Ransomware-Zahlungen, Zahlungen an Erpresser, *lösegeldzahlungen
stock trading by lawmakers: Aktienhandel von Abgeordneten, Aktienhandel durch Abgeordnete, Aktienhandel von Kongressabgeordneten, Aktienhandel von Kongressmitgliedern, Aktienhandel durch Kongressmitglieder, Aktienhandel von Parlamentariern, Aktienhandel von Politikern, Aktiengeschäfte von Abgeordneten, Aktiengeschäfte von Politikern
CBDCs: digitales Zentralbankgeld, digitalen Zentralbankgelds, digitale Zentralbankwährungen, digitalen Zentralbankwährungen, digitale Zentralbankwährung, CBDC, CBDCs, digitaler Euro, digitalen Euro, digitaler Dollar, digitalen Dollar, E-Yuan, digitaler Yuan, digitaler Rubel, digitalen Rubel
pirate sites: Piraterie-Seiten, Piraterieseiten, Piratenseiten, illegale Streaming-Seiten, illegalen Streaming-Seiten, illegale Streamingseiten, illegales Streaming, illegale IPTV-Angebote, illegales IPTV, Online-Piraterie, Torrent-Seiten, illegale Downloads, illegalen Downloads, Filesharing-Seiten, Streaming-Piraterie
loan apps: Kredit-Apps, Kreditapps, Kredit-App, Darlehens-Apps, digitale Kredit-Apps, Sofortkredit-Apps, illegale Kredit-Apps, Kreditvermittlungs-Apps
AI companions: KI-Begleiter, KI-Begleitern, KI-Companions, KI-Freundinnen, KI-Freundin, KI-Freunde, Companion-Apps, KI-Companion-Apps, Chatbot-Begleiter, virtuelle Begleiter, virtuellen Begleitern
addictive feeds: süchtig machende Feeds, suchterzeugende Feeds, algorithmische Feeds, algorithmischen Feeds, personalisierte Feeds, personalisierten Feeds, Empfehlungsalgorithmen, Empfehlungsalgorithmus, endloses Scrollen, Endlos-Scrollen, Infinite Scroll, Autoplay, suchterzeugendes Design, süchtig machendes Design, suchtfördernde Funktionen, suchtfördernde Designs
suppressors: Waffen-Schalldämpfer, Schalldämpfer für Waffen, Schalldämpfer für Schusswaffen, Schalldämpfer für Jagdwaffen, Jagd-Schalldämpfer, Schalldämpfer an Jagdwaffen
knuckle-dusters: Schlagringe, Schlagring, Schlagringen, Schlagrings
flick knives: Butterflymesser, Butterfly-Messer, Butterflymessern, Fallmesser, Fallmessern, Faustmesser, Faustmessern, Einhandmesser, Einhandmessern
machine guns: Maschinengewehre, Maschinengewehren, Maschinengewehr, Maschinengewehrs, Maschinenpistolen, Maschinenpistole, vollautomatische Waffen, vollautomatischen Waffen
blank guns: Schreckschusswaffe, Schreckschusspistolen, Schreckschusspistole, Gaspistolen, Gaspistole, Signalwaffen, SRS-Waffen, Startpistolen, Schreckschuss-Waffen
autonomous weapons: autonome Waffen, autonomen Waffen, autonome Waffensysteme, autonomen Waffensystemen, tödliche autonome Waffensysteme, tödlichen autonomen Waffensystemen, Killerroboter, Killer-Roboter, Killerrobotern, KI-Waffen, vollautonome Waffen
chokeholds: Würgegriffe, Würgegriff, Würgegriffen, Würgegriffs, Chokeholds, Chokehold, Halsgriffe, Halsklammer
death penalty: Todesstrafe, Todesstrafen, Todesurteile, Todesurteilen, Todesurteil, Hinrichtungen
virginity tests: Jungfräulichkeitstests, Jungfräulichkeitstest, Jungfräulichkeitsuntersuchungen, Jungfräulichkeitszeugnisse, Jungfräulichkeitsatteste, Hymenrekonstruktion, Hymenrekonstruktionen, Jungfernhäutchen-Rekonstruktion
IVF: IVF, künstliche Befruchtung, künstlichen Befruchtung, In-vitro-Fertilisation, In-vitro-Befruchtung, Kinderwunschbehandlung, Kinderwunschbehandlungen, Fruchtbarkeitsbehandlungen, Fruchtbarkeitsbehandlung, assistierte Reproduktion
circumcision: Beschneidung, Beschneidungen, Knabenbeschneidung, Jungenbeschneidung, Beschneidung von Jungen, religiöse Beschneidung, rituelle Beschneidung, Vorhautbeschneidung, Zirkumzision
girls' education: Mädchenbildung, Bildung für Mädchen, Schulbildung für Mädchen, Schulbesuch von Mädchen, weiterführende Schulen für Mädchen, Mädchenschulen, Frauenbildung, Bildung von Frauen, Universitätsbesuch von Frauen, Studium für Frauen, Hochschulbildung für Frauen, Bildung für Frauen und Mädchen
transgender athletes: Transgender-Athleten, Transgender-Athletinnen, Trans-Athletinnen, Transathletinnen, trans Athletinnen, Transfrauen im Frauensport, Trans-Frauen im Frauensport, Transgender-Sportlerinnen, Transgender-Sportler, Transsportlerinnen, Trans-Sportlerinnen, transgeschlechtliche Sportlerinnen, Transgender-Frauen im Sport
mask mandates: Maskenpflicht, Maskenpflichten, Maskentragepflicht, Masken-Pflicht, Pflicht zum Tragen von Masken, Pflicht zum Maskentragen, Maskenvorschriften, Maskenzwang, FFP2-Maskenpflicht, FFP2-Pflicht, *maskenpflicht
geoengineering: Geoengineering, Geo-Engineering, Climate Engineering, Wolkenimpfen, Wolkenimpfung, Wolkenimpfungen, Wettermanipulation, Wettermodifikation, Wetterbeeinflussung, solares Geoengineering, Solar Geoengineering, Solar Radiation Management, stratosphärische Aerosolinjektion, Chemtrails
butterfly bushes: Schmetterlingsflieder, Sommerflieder, Buddleja, Buddleia, Schmetterlingsstrauch, Schmetterlingssträucher
knotweed: Japanischer Staudenknöterich, Japanischen Staudenknöterich, Japanischen Staudenknöterichs, Staudenknöterich, Staudenknöterichs, Japan-Knöterich, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: Eukalyptusplantagen, Eukalyptusplantage, Eukalyptus-Plantagen, Eukalyptus, Eukalyptusbäume, Eukalyptusbäumen, Eukalyptus-Monokulturen, Eukalyptusanbau, Eukalyptuswälder
gold: Goldexporte, Goldexporten, Goldexport, Goldausfuhren, Goldausfuhr, Goldimporte, Goldimporten, russisches Gold, russischen Goldes, russischem Gold, Goldbarren, Rohgold
iron ore: Eisenerz, Eisenerzes, Eisenerzexporte, Eisenerz-Exporte, Eisenerzpellets, Eisenerzausfuhren
raw cashew nuts: Cashewnüsse, Cashewnüssen, Cashew-Nüsse, rohe Cashewnüsse, rohen Cashewnüssen, Cashewkerne, Cashew-Exporte, Cashewexporte, unverarbeitete Cashewnüsse, unverarbeiteten Cashewnüssen, Rohcashews
shea nuts: Sheanüsse, Sheanüssen, Shea-Nüsse, Sheanuss, Shea-Nuss, Sheakerne, Karité-Nüsse, Karitenüsse, rohe Sheanüsse
cotton: Baumwolle, Baumwollexporte, Baumwollimporte, Rohbaumwolle, Xinjiang-Baumwolle, Baumwolle aus Xinjiang, Baumwollprodukte, Baumwollprodukten, Baumwollgarn
avocados: Avocados, Avocado, Avocadoimporte, Avocado-Importe, Avocadoexporte, Avocado-Exporte, mexikanische Avocados, mexikanischen Avocados
motor fuel: Kraftstoffexporte, Kraftstoffexporten, Kraftstoffausfuhren, Benzinexporte, Benzinexporten, Benzinausfuhren, Benzin-Exporte, Dieselexporte, Dieselausfuhren, Diesel-Exporte, Treibstoffexporte, Treibstoff-Exporte, Kraftstoffimporte, Benzinimporte, Dieselimporte, russischer Diesel, russischen Diesel, russisches Benzin
hazardous waste: Sondermüll, Sondermülls, Giftmüll, Giftmülls, gefährliche Abfälle, gefährlichen Abfällen, Abfallexporte, Abfallexporten, Müllexporte, Müllexporten, Müllexport, Müllimporte, Müllimporten, Abfallimporte, Abfallimporten, Abfallverbringung, Abfallverbringungen, Giftmüllexporte
# 0.28.0: more categories
bidis: Bidi, Bidis, Beedis
kreteks: Kretek, Kreteks
single cigarettes: lose Zigaretten, einzelne Zigaretten, Einzelverkauf von Zigaretten
synthetic nicotine: synthetisches Nikotin, synthetischem Nikotin, synthetischen Nikotins
absinthe: Absinth, Absinths
kava: Kava, Kava-Kava
powdered alcohol: Alkoholpulver, Pulveralkohol, pulverisierter Alkohol
alcohol deliveries: Alkohollieferungen, Alkohollieferdienste, Lieferung von Alkohol, Alkohol-Lieferdienste
heroin: Heroin
amphetamines: Amphetamin, Amphetamine, Amphetaminen
pregabalin: Pregabalin, Gabapentin
benzodiazepines: Benzodiazepine, Benzodiazepinen, Benzodiazepin, Alprazolam, Diazepam
pseudoephedrine: Pseudoephedrin
ethylene oxide: Ethylenoxid
dicamba: Dicamba
ammonium nitrate: Ammoniumnitrat
PCBs: PCB, polychlorierte Biphenyle, polychlorierten Biphenylen
parabens: Parabene, Parabenen, Paraben
triclosan: Triclosan
methyl bromide: Methylbromid, Brommethan
caviar: Kaviar, Störkaviar
whale meat: Walfleisch
peanuts: Erdnüsse, Erdnüssen, Erdnuss, Erdnussprodukte
factory farming: Massentierhaltung, Intensivtierhaltung, Megaställe, Massentierhaltungen
sewage sludge: Klärschlamm, Klärschlamms, Klärschlammausbringung
manure spreading: Gülle, Gülleausbringung, Wirtschaftsdünger
piglet castration: Ferkelkastration, betäubungslose Ferkelkastration, Kastration von Ferkeln
mulesing: Mulesing
hare coursing: Hasenhetze, Hetzjagden auf Hasen, Hetzjagd auf Hasen
bird hunting: Vogeljagd, Vogelfang, Singvogelfang
blast fishing: Fischen mit Dynamit, Fischen mit Sprengstoff, Dynamitfischen
pulse fishing: Elektrofischen, Pulsfischen, Fischen mit Elektroimpulsen
gillnets: Stellnetze, Stellnetzen, Kiemennetze, Stellnetz
coral harvesting: Korallenabbau, Korallenernte, Korallenhandel
foraging: Pilzesammeln, Pilzsammeln, Pilze sammeln, Sammeln von Pilzen, Beerensammeln
stray dog culling: Tötung von Straßenhunden, Tötung streunender Hunde
spearfishing: Speerfischen, Harpunenfischen, Unterwasserjagd
flammable cladding: brennbare Fassadenverkleidungen, brennbare Fassadendämmung, brennbare Dämmstoffe
skyscrapers: Hochhäuser, Hochhäusern, Wolkenkratzer, Wolkenkratzern
dams: Staudämme, Staudämmen, Staudammprojekte, Talsperren
biofuels: Biokraftstoffe, Biokraftstoffen, Agrotreibstoffe, Biodiesel, Biosprit
landfilling: Deponierung, Mülldeponien, Deponien, Müllkippen
waste incineration: Müllverbrennung, Müllverbrennungsanlagen, Abfallverbrennung
destruction of unsold goods: Vernichtung unverkaufter Waren, Vernichtung von Retouren, Vernichtung unverkaufter Kleidung
radar detectors: Radarwarner, Radarwarnern, Radarwarngeräte, Blitzerwarner
pavement parking: Gehwegparken, Parken auf Gehwegen, Gehwegparker
tinted windows: getönte Scheiben, getönten Scheiben, Tönungsfolien, Scheibentönung
shared bikes: Leihräder, Leihfahrräder, Mietfahrräder, Bikesharing
hotel toiletries: Mini-Shampoos, Kosmetik-Miniaturen, Shampoo-Fläschchen
signal jammers: Störsender, Störsendern, Handy-Störsender, GPS-Störsender
satellite phones: Satellitentelefone, Satellitentelefonen, Satellitentelefon
hidden cameras: versteckte Kameras, versteckten Kameras, Spionagekameras, Spycams
pagers: Pager, Pagern, Funkmeldeempfänger
walkie-talkies: Walkie-Talkies, Funkgeräte, Funkgeräten, Handfunkgeräte
headphones: Kopfhörer, Kopfhörern, Ohrhörer
short-video apps: Kurzvideo-Apps, Kurzvideoplattformen, Kurzvideo-Plattformen
online pharmacies: Online-Apotheken, Online-Apotheke, Versandapotheken, Onlinehandel mit Medikamenten
emotion recognition: Emotionserkennung, Emotionserkennungssysteme
tracking cookies: Tracking-Cookies, Drittanbieter-Cookies, Cookie-Walls
cross-border data transfers: Datenübermittlungen, Datentransfers, Datenübermittlung in Drittländer, Datenexporte
internet cafés: Internetcafés, Internetcafe, Internet-Cafés
ICOs: ICOs, Initial Coin Offerings, Token-Verkäufe
peer-to-peer lending: P2P-Kredite, Peer-to-Peer-Kredite, P2P-Plattformen
social scoring: Social Scoring, Sozialkreditsysteme, Sozialpunktesysteme
narcocorridos: Narcocorridos, Narco-Balladen
twerking: Twerking, Twerken
belly dancing: Bauchtanz, Bauchtänze, Bauchtänzen, Bauchtänzerinnen
reality shows: Reality-Shows, Realityshows, Reality-TV
horror films: Horrorfilme, Horrorfilmen, Horrorfilm
caricatures: Karikaturen, Karikatur, satirische Zeichnungen
foreign words: Anglizismen, Fremdwörter, Fremdwörtern, englische Begriffe
minarets: Minarette, Minaretten, Minarettbau, Minarett
opinion polls: Meinungsumfragen, Wahlumfragen, Nachwahlbefragungen
child influencers: Kinderinfluencer, Kinder-Influencer, Kinderinfluencern
hoodies: Kapuzenpullover, Kapuzenpullis, Hoodies, Kapuzenpullovern
jeans: Jeans, Jeanshosen, Bluejeans
camouflage clothing: Tarnkleidung, Tarnanzüge, Camouflage-Kleidung
beards: Bärte, Bärten, Vollbärte, Bart
high heels: High Heels, hohe Absätze, Stöckelschuhe
public urination: Wildpinkeln, öffentliches Urinieren, Urinieren in der Öffentlichkeit
fortune telling: Wahrsagerei, Wahrsagen, Wahrsager, Handlesen
witchcraft: Hexerei, Zauberei, schwarze Magie
hitchhiking: Trampen, Autostopp, Trampern
door-to-door sales: Haustürgeschäfte, Haustürverkauf, Haustürverkäufe, Drückerkolonnen
public displays of affection: Küssen in der Öffentlichkeit, öffentliche Zärtlichkeiten, öffentliches Küssen
cross-dressing: Cross-Dressing, Crossdressing, Travestie
homework: Hausaufgaben, Hausaufgabe
dowry: Mitgift, Brautpreis, Brautgeld
organ sales: Organhandel, Organverkauf, Organverkäufe
human cloning: Klonen von Menschen, reproduktives Klonen, Klonen
gene editing: Genom-Editierung, Genomeditierung, Genschere, Gen-Schere, CRISPR
blasphemy: Blasphemie, Gotteslästerung, Religionsbeleidigung
hate speech: Hassrede, Hassreden, Volksverhetzung, Hasskommentare
disinformation: Desinformation, Falschnachrichten, Fake News, Falschinformationen
prenatal sex determination: vorgeburtliche Geschlechtsbestimmung, geschlechtsselektive Abtreibung, Geschlechtsselektion
international adoption: Auslandsadoptionen, internationale Adoptionen, Auslandsadoption
pyramid schemes: Schneeballsysteme, Schneeballsystemen, Pyramidensysteme, Ponzi-Systeme
multi-level marketing: Multi-Level-Marketing, Netzwerkmarketing, Strukturvertrieb, MLM
layoffs: Kündigungen, Entlassungen, betriebsbedingte Kündigungen, Massenentlassungen
rent increases: Mieterhöhungen, Mieterhöhung, Mietsteigerungen
zero-hours contracts: Null-Stunden-Verträge, Nullstundenverträge, Arbeit auf Abruf
body armour: Schutzwesten, schusssichere Westen, kugelsichere Westen, Körperpanzer
grenades: Handgranaten, Granaten
martial arts weapons: Nunchakus, Nunchaku, Wurfsterne, Wurfsternen
slingshots: Zwillen, Steinschleudern
depleted uranium munitions: abgereichertes Uran, abgereichertem Uran, Munition mit abgereichertem Uran
biological weapons: Biowaffen, biologische Waffen, biologischen Waffen
hollow-point bullets: Hohlspitzgeschosse, Dum-Dum-Geschosse, Deformationsgeschosse
mercenaries: Söldner, Söldnern, Söldnertruppen, private Militärfirmen
nuclear tests: Atomtests, Atomwaffentests, Nukleartests, Kernwaffentests
cooking oil: Speiseöl, Speiseöle, Speiseölen, Pflanzenöl
flour: Mehl, Mehlexporte, Weizenmehl
potash: Kalidünger, Kalisalz, Kaliexporte, Kalidüngemittel
urea: Harnstoff, Harnstoffdünger, Harnstoffexporte
rosewood: Rosenholz, Palisander, Palisanderholz
fodder: Futtermittel, Futtermitteln, Tierfutter, Heu
electricity exports: Stromexporte, Stromexporten, Stromexport, Stromausfuhren
medical masks: medizinische Masken, OP-Masken, Schutzmasken, FFP2-Masken
forced labour goods: Produkte aus Zwangsarbeit, Waren aus Zwangsarbeit, Zwangsarbeitsprodukte
foreign investment: ausländische Investitionen, Auslandsinvestitionen, ausländische Direktinvestitionen, ausländischen Investoren
foreign land ownership: Landverkäufe an Ausländer, Verkauf von Agrarland, Bodenverkauf an Ausländer
high-denomination banknotes: große Banknoten, großer Banknoten, 500-Euro-Scheine, große Geldscheine
bankers' bonuses: Bankerboni, Banker-Boni, Bonuszahlungen, Managerboni
chess: Schach, Schachspiel, Schachspielen, Schachturniere
boxing: Boxsport, Boxkämpfe, Boxkämpfen, Profiboxen
martial arts: Kampfsport, Kampfsportarten, Kampfkunst, Kickboxen, Karate
mixed martial arts: Mixed Martial Arts, MMA, Käfigkämpfe
wrestling: Ringkämpfe, Ringkämpfen, Ringkampf, Wrestling
yoga: Yoga
ball games: Ballspiele, Ballspielen, Ballspielverbot
horse racing: Pferderennen, Galopprennen, Trabrennen
motorsport: Motorsport, Autorennen, Motorsportveranstaltungen
bungee jumping: Bungee-Jumping, Bungeespringen, Bungee-Sprünge
rock climbing: Klettern, Bergsteigen, Felsklettern
karaoke: Karaoke, Karaoke-Bars
poker: Poker, Pokerspiele, Pokerturniere
mahjong: Mahjong
playing cards: Kartenspiele, Spielkarten, Kartenspielen
water pistols: Wasserpistolen, Wasserpistole, Wassergewehre
gyms: Fitnessstudios, Fitnessstudio, Fitnesscenter
fidget spinners: Fidget Spinner, Fidget-Spinner, Handkreisel
sledding: Rodeln, Schlittenfahren, Schlittenfahrten
paintball: Paintball, Gotcha, Airsoft
`);
