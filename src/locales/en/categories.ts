// Categories of banned things (src/gazetteer/categories.ts): canonical name -> English forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobacco, tobacco products, tobacco sales
cigarettes: cigarette, cigarettes, cigs, ciggies
e-cigarettes: e-cigarette, e-cigarettes, e cigarette, e cigarettes, ecigarette, ecigarettes, e-cig, e-cigs, vape, vapes, vaping, vaping products, vape pens, electronic cigarette, electronic cigarettes, electronic nicotine delivery systems
disposable vapes: disposable vape, disposable vapes, disposable e-cigarette, disposable e-cigarettes, disposable electronic cigarettes, single-use vapes, single-use vape, single use vapes, single use vape, single-use vape products, single use vape products, disposable vape products, disposables, puff bars, disposable vaping products, single-use vaping products, disposable vaping devices, disposable vape devices
e-liquids: e-liquid, e-liquids, vape juice, vaping liquids, vape liquids
flavoured e-cigarettes: flavoured e-cigarettes, flavored e-cigarettes, flavoured vapes, flavored vapes, flavoured vaping products, flavored vaping products, flavored e-cigs, vape flavours, vape flavors
menthol cigarettes: menthol cigarette, menthol cigarettes, menthol cigs, menthols, menthol tobacco
flavoured tobacco: flavoured tobacco, flavored tobacco, flavoured tobacco products, flavored tobacco products
flavoured cigarettes: flavoured cigarettes, flavored cigarettes, flavoured cigarette, flavored cigarette, cigarettes with characterising flavours, cigarettes with a characterising flavour, cigarettes with characterizing flavors, cigarettes with a characterizing flavor
nicotine pouches: nicotine pouch, nicotine pouches, nicotine bags, Zyn pouches, white snus
heated tobacco products: heated tobacco, heated tobacco products, heat-not-burn, heat-not-burn products, heated tobacco devices
cigars: cigar, cigars, cigarillo, cigarillos
snus: snus
shisha: shisha, hookah, hookahs, waterpipe, waterpipes, water pipes, hookah bars, shisha bars, shisha lounges
chewing tobacco: chewing tobacco, smokeless tobacco, gutka, gutkha, chewing-tobacco
rolling tobacco: rolling tobacco, roll-your-own tobacco, hand-rolling tobacco, roll-your-own, loose tobacco
smoking: smoking, smoking in public, public smoking
tobacco advertising: tobacco advertising, tobacco advertisements, tobacco ads, cigarette advertising, cigarette ads, tobacco sponsorship
alcohol: alcohol, alcoholic drinks, alcoholic beverages, liquor, booze, alcohol sales, sale of alcohol
beer: beer, beers, beer sales, sale of beer
alcohol advertising: alcohol advertising, alcohol ads, alcohol advertisements, liquor advertising, alcohol marketing
energy drinks: energy drink, energy drinks
sugary drinks: sugary drinks, sugary drink, sugar-sweetened beverages, sugary beverages, sugary sodas, soda, sodas, fizzy drinks
cannabis: cannabis, marijuana, hashish, recreational cannabis, recreational marijuana
kratom: kratom
khat: khat, qat, miraa
magic mushrooms: magic mushrooms, psilocybin, psilocybin mushrooms, shrooms
nitrous oxide: nitrous oxide, laughing gas, nos canisters, nitrous oxide canisters, whippets
synthetic cannabinoids: synthetic cannabinoids, synthetic cannabis, synthetic marijuana
CBD: CBD, cannabidiol, CBD products, CBD oil
hemp flowers: hemp flowers, hemp flower, CBD flowers, CBD flower, cannabis light, hemp buds
HHC: HHC, hexahydrocannabinol
poppers: poppers, amyl nitrite, alkyl nitrites
foie gras: foie gras
fur: fur, furs, fur sales, fur products, animal fur
fur farming: fur farming, fur farms, fur farm, breeding animals for fur, breeding animals for their fur
mink farming: mink farming, mink farms, mink farm, mink breeding, breeding of mink, breeding mink
glyphosate: glyphosate, Roundup
pesticides: pesticide, pesticides, herbicides, insecticides
neonicotinoids: neonicotinoid, neonicotinoids, neonics, neonicotinoid pesticides, neonicotinoid insecticides, neonicotinoid insecticide
GMOs: GMO, GMOs, genetically modified crops, genetically modified organisms, genetically modified food, genetically modified foods, GM crops, GM food, GM foods, GM maize, GM corn, genetically modified corn, genetically modified maize, GMO corn
palm oil: palm oil
trans fats: trans fat, trans fats, trans fatty acids
lab-grown meat: cultivated meat, lab-grown meat, lab grown meat, cultured meat, cell-cultured meat, synthetic meat
junk food advertising: junk food advertising, junk food ads, junk food adverts, junk food marketing, advertising junk food, advertising of junk food, advertising for junk food, adverts for junk food, HFSS advertising, HFSS ads, advertising of HFSS foods, advertising for HFSS products
raw milk: raw milk, unpasteurised milk, unpasteurized milk
food dyes: food dyes, food dye, food colourings, food colorings, artificial dyes, artificial food dyes
titanium dioxide: titanium dioxide, E171
shark fins: shark fin, shark fins, shark fin soup
dog meat: dog meat, dogs for human consumption, dogs for food, dog meat trade, the dog meat trade, eating dogs
cat meat: cat meat, cats for food, cats for human consumption
rhino horn: rhino horn, rhino horns, rhinoceros horn, rhinoceros horns
ivory: ivory, ivory trade, elephant ivory
circus animals: circus animals, wild animals in circuses, animal circuses, performing animals
trophy hunting: trophy hunting, hunting trophies, trophy imports
bullfighting: bullfighting, bullfights, bullfight, corridas
live animal exports: live animal exports, live exports, live export, live sheep exports, live cattle exports
battery cages: battery cages, battery cage, caged hens, cage farming, enriched cages
bottom trawling: bottom trawling, bottom trawlers
whaling: whaling, whale hunting, commercial whaling
animal testing: animal testing, animal tests, cosmetics testing on animals, animal experiments
chewing gum: chewing gum
exotic pets: exotic pets, exotic animals as pets, wild animals as pets
grain: grain, grains, cereals, grain exports, grain export
rice: rice, rice exports, rice export
single-use plastics: single-use plastics, single-use plastic, single use plastics, single use plastic, single-use plastic products, disposable plastics, single-use items, throwaway plastics, throwaway plastic
plastic bags: plastic bag, plastic bags, single-use plastic bags, single use plastic bags, single-use plastic bag, disposable plastic bags, plastic carrier bags, plastic shopping bags, carrier bags, polythene bags, plastic-bag, plastic-bags
plastic straws: plastic straw, plastic straws, drinking straws
plastic cutlery: plastic cutlery, plastic forks, plastic knives, plastic spoons, plastic utensils, disposable cutlery
plastic plates: plastic plates, plastic plate, disposable plates
plastic stirrers: plastic stirrers, drink stirrers, stirrers, plastic drink stirrers
plastic cotton buds: plastic cotton buds, cotton buds, plastic-stemmed cotton buds, cotton swabs, plastic cotton swabs, q-tips
plastic balloon sticks: plastic balloon sticks, balloon sticks
plastic cups: plastic cups, plastic cup, disposable cups, single-use cups, coffee cups
plastic bottles: plastic bottles, plastic bottle, plastic water bottles, PET bottles
glass bottles: glass bottles, glass bottle, glass containers
plastic packaging: plastic packaging, plastic wrapping, plastic wrap, plastic packaging for fruit and vegetables
expanded polystyrene food containers: expanded polystyrene food containers, expanded polystyrene, polystyrene containers, polystyrene food containers, styrofoam, styrofoam containers, Styrofoam food containers, polystyrene cups, foam containers, EPS containers, expanded polystyrene food and beverage containers, food containers made of expanded polystyrene, expanded polystyrene containers
microbeads: microbeads, plastic microbeads
oxo-degradable plastics: oxo-degradable plastics, oxo-degradable plastic, oxo-degradable products
oxo-degradable plastic bags: oxo-degradable plastic bags, oxo-degradable bags
wet wipes: wet wipes, plastic wet wipes, wipes containing plastic
sky lanterns: sky lanterns, Chinese lanterns, sky lantern
coal: coal, coal power, coal-fired power, coal-fired power plants, coal plants, coal power plants, coal mining
combustion engine cars: combustion engine cars, cars with combustion engines, cars with internal combustion engines, vehicles with combustion engines, cars with petrol or diesel engines, combustion-engine cars, internal combustion engine cars, combustion engines, internal combustion engines, petrol cars, gasoline cars, petrol and diesel cars, gas-powered cars, fossil fuel cars, new petrol and diesel cars
diesel cars: diesel cars, diesel vehicles, diesel car, older diesel cars
gas boilers: gas boilers, gas boiler, gas heating, natural gas boilers, natural gas heating
oil boilers: oil boilers, oil heating, oil-fired boilers, oil heaters
incandescent light bulbs: incandescent light bulbs, incandescent bulbs, incandescent lamps, halogen bulbs, halogen lamps, fluorescent lamps
patio heaters: patio heaters, outdoor heaters, terrace heaters
leaf blowers: leaf blowers, leaf blower, gas-powered leaf blowers
wood stoves: wood stoves, wood-burning stoves, wood burners, wood burning stoves, log burners, wood fires
PFAS: PFAS, forever chemicals, PFOA, PFOS
asbestos: asbestos
fracking: fracking, hydraulic fracturing, shale gas extraction
deep-sea mining: deep-sea mining, deep sea mining, seabed mining
aircraft: aircraft, airplanes, aeroplanes, planes, airliners
private jets: private jets, private jet, private jet flights
short-haul flights: short-haul flights, short-haul domestic flights, short haul flights, domestic flights
cruise ships: cruise ships, cruise ship, large cruise ships
SUVs: SUV, SUVs
e-scooters: e-scooters, e-scooter, electric scooters, rental scooters, shared scooters, rental e-scooters
fossil fuel advertising: fossil fuel advertising, fossil fuel ads, fossil fuel advertisements, fossil fuel adverts
mobile phones: mobile phone, mobile phones, mobiles, cell phone, cell phones, cellphone, cellphones, cellular phones, phones, phone, handsets, mobile-phone, mobile-phones, smartphone, smartphones, smart phones
smartwatches: smartwatch, smartwatches, smart watches
laptops: laptop, laptops, laptop computers
power banks: power bank, power banks, powerbanks
social media: social media, social networks, social media platforms, social networking sites, social network, social media apps, social-media
messaging apps: messaging apps, messaging app, messaging services, messenger apps, chat apps, instant messaging apps
video games: video games, video game, videogames, computer games
online games: online games, online gaming, online game, online video games, online video gaming
online gambling: online gambling, online casinos, online betting, online gaming sites, online casino, betting sites, gambling sites, gambling websites, betting websites, betting apps, gambling apps
gambling: gambling, casinos, betting
sports betting: sports betting, sports wagering, sportsbooks, sports bets
slot machines: slot machines, fruit machines, gaming machines, poker machines, pokies
loot boxes: loot boxes, loot box
cryptocurrencies: cryptocurrency, cryptocurrencies, crypto, crypto assets, crypto-assets, digital currencies, virtual currencies, crypto trading, cryptocurrency trading
crypto mining: crypto mining, cryptocurrency mining, bitcoin mining, crypto-mining
VPNs: VPN, VPNs, virtual private networks, VPN services, VPN apps
AI chatbots: AI chatbots, AI chatbot, chatbots, generative AI, AI tools, AI apps, AI models, generative AI tools
facial recognition: facial recognition, facial recognition technology, face recognition, facial-recognition
deepfakes: deepfake, deepfakes, deepfake videos, sexual deepfakes, nudify apps
spyware: spyware, commercial spyware
drones: drone, drones, unmanned aerial vehicles, UAVs, drone flights, drone flying
telecom equipment: telecom equipment, telecommunications equipment, network equipment, telecoms equipment, telecom gear
5G equipment: 5G equipment, 5G networks, 5G network equipment, 5G gear, 5G kit
surveillance cameras: surveillance cameras, surveillance camera, CCTV cameras, CCTV, security cameras, video surveillance equipment
semiconductors: semiconductors, semiconductor, advanced chips, microchips, AI chips, chipmaking equipment
mobile internet: access to mobile internet, access to the mobile internet, mobile internet, mobile data, mobile internet services, mobile internet access
internet: internet access, internet services, internet shutdown, internet shutdowns, access to the internet, the internet
pornography: pornography, porn, porn sites, pornographic websites, pornographic content, adult websites
targeted advertising: targeted advertising, targeted ads, personalised advertising, personalized advertising, behavioural advertising, behavioral advertising
social commerce: social commerce, social e-commerce, social commerce platforms
satellite dishes: satellite dishes, satellite dish, satellite TV
connected cars: connected cars, connected vehicles, connected vehicle software
routers: routers, router, Wi-Fi routers, wifi routers
live streaming: live streaming, livestreaming, live-streaming, livestreams, live streams
media outlets: media outlets, media outlet, news outlets, news outlet, news sites, news websites, broadcasters, TV channels, television channels, radio stations, state media, foreign media
books: books, book, novels, textbooks
music: music, songs, song, music videos
movies: movies, movie, films, feature films
TV series: TV series, television series, TV shows, TV dramas, soap operas
newspapers: newspaper, newspapers, magazines
concerts: concerts, concert, music festivals, festivals
LGBTQ content: LGBTQ content, LGBT propaganda, LGBT content, gay propaganda, LGBTQ books, LGBTQ+ content
religious symbols: religious symbols, religious clothing, conspicuous religious symbols, religious garb
face coverings: face coverings, face covering, full-face coverings, face veils, face veil, full-face veils, full face veils, burqa, burqas, burka, burkas, niqab, niqabs, face-covering garments, covering the face, covered faces
abayas: abaya, abayas, qamis
headscarves: headscarf, headscarves, hijab, hijabs, Islamic headscarf
Nazi symbols: Nazi symbols, swastika, swastikas, Nazi salute, Nazi flags, Hitler salute
protests: protests, protest, demonstrations, rallies
public gatherings: public gatherings, gatherings, mass gatherings, large gatherings, public events
cinemas: cinemas, cinema, movie theaters, movie theatres, movie theater, movie theatre
Sunday trading: Sunday trading, Sunday shopping, shops opening on Sundays, Sunday opening
rainbow flags: rainbow flags, rainbow flag, Pride flags, Pride flag
short-term rentals: short-term rentals, short-term rental, short term rentals, holiday rentals, holiday lets, vacation rentals, tourist rentals, tourist apartments, short-term lets
cash: cash, cash payments, cash transactions, large cash payments
surrogacy: surrogacy, commercial surrogacy, surrogate pregnancy
conversion therapy: conversion therapy, conversion practices, gay conversion therapy
abortion: abortion, abortions, abortion pills, abortion pill, mifepristone
gender-affirming care: gender-affirming care, gender affirming care, puberty blockers, gender transition treatment, sex-change surgery
child marriage: child marriage, child marriages, underage marriage, marriage of minors
female genital mutilation: female genital mutilation, FGM, female circumcision
corporal punishment: corporal punishment, smacking, spanking, caning
begging: begging, aggressive begging
prostitution: prostitution, sex work, buying sex, brothels
ride-hailing: ride-hailing, ride hailing, ride-hailing apps, ride-sharing, ridesharing, ride-hailing services
private tutoring: private tutoring, for-profit tutoring, after-school tutoring, tutoring companies, cram schools
tanning beds: tanning beds, sunbeds, sun beds, tanning salons, solariums
skin-lightening products: skin-lightening products, skin lightening creams, skin-whitening products, skin whitening creams, bleaching creams
dangerous dog breeds: dangerous dog breeds, pit bulls, pit bull, pitbulls, fighting dogs
XL bully dogs: XL bully, XL bullies, XL bully dogs, XL bully dog, American XL bully, American XL bullies
billboards: billboards, billboard, outdoor advertising, advertising billboards
short selling: short selling, short-selling, short sales, naked short selling
binary options: binary options
firearms: firearms, firearm, guns, gun, semi-automatic weapons, semi-automatic rifles
assault weapons: assault weapons, assault rifles, assault-style weapons, AR-15s, AR-15, military-style weapons
handguns: handguns, handgun, pistols
ghost guns: ghost guns, ghost gun, 3D-printed guns, 3D printed guns
knives: knives, knife, zombie knives, machetes, ninja swords
weapons: weapons, weapon
landmines: landmines, land mines, anti-personnel mines, anti-personnel landmines
cluster munitions: cluster munitions, cluster bombs
fireworks: fireworks, firework, firecrackers, pyrotechnics, consumer fireworks, pyrotechnic devices, pyrotechnic articles, pyrotechnic products
pepper spray: pepper spray, pepper sprays, tear gas sprays
ammunition: ammunition, ammo, bullets
toy guns: toy guns, toy gun, replica guns, imitation firearms
laser pointers: laser pointers, laser pointer
nuclear weapons: nuclear weapons, nuclear arms
chemical weapons: chemical weapons
wheat: wheat, wheat exports, wheat export
onions: onion, onions
tomatoes: tomato, tomatoes
potatoes: potato, potatoes
beef: beef, beef exports, beef imports
poultry: poultry, poultry meat, poultry products, chicken meat
pork: pork, pork products
sugar: sugar, sugar exports, sugar imports
eggs: eggs
maize: maize, corn
fertilisers: fertiliser, fertilisers, fertilizer, fertilizers
sunflower oil: sunflower oil
# hunting, fishing, harvesting and extraction
hunting: hunting, sport hunting, recreational hunting, hunting of wild animals, hunting with hounds, hunting with dogs
wolf hunting: wolf hunting, wolf hunts, wolf hunt, wolf culling, wolf cull, wolf culls, hunting of wolves, hunting wolves
bear hunting: bear hunting, bear hunts, bear hunt, hunting of bears, bear culling, bear cull
duck hunting: duck hunting, duck shooting, waterfowl hunting, duck hunts, duck-hunting
seal hunting: seal hunting, seal hunt, seal hunts, seal culling, seal cull, seal products
fox hunting: fox hunting, fox hunts, fox hunt, fox-hunting, foxhunting, trail hunting
fishing: fishing, commercial fishing, industrial fishing, fishing activities, fishing activity
eel fishing: eel fishing, fishing for eels, eel fisheries, eel fishery, glass eels, glass eel fishing, elver fishing, elvers
cod fishing: cod fishing, fishing for cod, cod fisheries, cod fishery, cod catches
sardine fishing: sardine fishing, fishing for sardines, sardine fishery, sardine fisheries, sardine catches
tuna fishing: tuna fishing, fishing for tuna, tuna fisheries, tuna fishery, bluefin tuna fishing
shark fishing: shark fishing, fishing for sharks, shark fisheries, shark fishery, shark hunting
sea urchin fishing: sea urchin fishing, fishing for sea urchins, sea urchin harvesting, sea urchin harvest, sea urchins, sea urchin collection
driftnet fishing: driftnet fishing, driftnets, drift nets, driftnet, drift-net fishing, drift-nets
logging: logging, commercial logging, illegal logging, tree felling, logging operations, clear-cutting, clearcutting, clear-cut logging
deforestation: deforestation, forest clearing, land clearing, forest clearance
mining: mining, mining activities, mining operations, mining projects, mineral extraction
metal mining: metal mining, metallic mining, metals mining
gold mining: gold mining, gold mines, artisanal gold mining, illegal gold mining, gold panning, galamsey
open-pit mining: open-pit mining, open-pit mines, open pit mining, open-cast mining, opencast mining, strip mining, open-cast mines, open-pit mine
sand mining: sand mining, sand dredging, sand extraction, river sand mining
uranium mining: uranium mining, uranium mines, uranium extraction, uranium mine
oil drilling: oil drilling, oil exploration, drilling for oil, oil and gas drilling, oil and gas exploration, new oil and gas licences, oil and gas licences, oil and gas licenses, new oil and gas licenses, oil extraction, new oil and gas projects, oil and gas extraction, hydrocarbon exploration
offshore drilling: offshore drilling, offshore oil drilling, offshore oil and gas drilling, offshore oil exploration, offshore oil and gas exploration, offshore oil and gas
peat: peat, peat compost, peat-based compost, peat extraction, peat cutting
# food and agriculture
apricot kernels: apricot kernels, apricot kernel, bitter apricot kernels, apricot seeds
meat: meat, meat products, red meat, processed meat, processed meats, meat imports
meat advertising: meat advertising, meat adverts, meat ads, meat advertisements, advertising for meat, adverts for meat, advertising meat, advertising of meat
dairy products: dairy products, dairy, dairy imports, milk products, milk powder, powdered milk
seafood: seafood, seafood imports, aquatic products, marine products, fishery products, fish imports, fish products, shellfish
honey: honey, honey imports
cocoa: cocoa, cocoa beans, cocoa exports, cacao
fruit: fruit, fruits, fresh fruit, fruit imports
vegetables: vegetables, fresh vegetables, vegetable imports
soybeans: soybeans, soybean, soya beans, soy beans, soya, soy products, soybean imports
horse meat: horse meat, horsemeat, horse-meat
bushmeat: bushmeat, bush meat, wild meat
wildlife trade: wildlife trade, wildlife trading, trade in wildlife, trade in wild animals, wild animal trade, wild bird trade, trade in wild birds, wildlife markets, wildlife consumption, eating wild animals, consumption of wild animals
aspartame: aspartame, E951
artificial sweeteners: artificial sweeteners, sweeteners, artificial sweetener, non-sugar sweeteners
food additives: food additives, food additive, additives in food, E numbers
plant-based meat: plant-based meat, plant-based meats, veggie burgers, veggie burger, vegetarian burgers, vegan burgers, plant-based burgers, meat substitutes, meat alternatives, veggie sausages, meat-sounding names, meaty names, meat names
plant-based milk: plant-based milk, plant-based milks, oat milk, soy milk, almond milk, plant milk, plant-based drinks, dairy alternatives
antibiotics: antibiotics, antibiotic, antimicrobials, antibiotic growth promoters, antibiotic use in livestock
growth hormones: growth hormones, growth hormone, hormone-treated beef, hormone beef, hormone-fed beef
chlorinated chicken: chlorinated chicken, chlorine-washed chicken, chlorine chicken, chlorine-treated chicken
fast food: fast food, fast-food, fast food outlets, fast-food outlets, fast food restaurants, fast-food restaurants, hot food takeaways
ultra-processed foods: ultra-processed foods, ultra-processed food, ultraprocessed foods, ultraprocessed food, ultra-processed products, UPFs
junk food: junk food, junk foods, unhealthy food, unhealthy foods, unhealthy snacks, HFSS food, HFSS foods, HFSS products
nitrites: nitrites, nitrite, sodium nitrite, nitrite additives, nitrite salts
# chemicals, medicines and substances
chlorpyrifos: chlorpyrifos, chlorpyrifos-methyl
paraquat: paraquat
atrazine: atrazine
chlorothalonil: chlorothalonil
lead ammunition: lead ammunition, lead shot, lead bullets, lead fishing tackle, lead sinkers, lead fishing weights, lead in ammunition, lead gunshot
mercury: mercury, mercury-added products, mercury thermometers, dental amalgam, amalgam fillings, mercury fillings
bisphenol A: bisphenol A, bisphenol-A, BPA
bisphenols: bisphenols
phthalates: phthalates, phthalate
formaldehyde: formaldehyde
hydroquinone: hydroquinone
talc: talc, talcum powder, talc-based baby powder, talc products
heavy fuel oil: heavy fuel oil, heavy fuel oils
codeine: codeine, codeine-based medicines, codeine cough syrup, codeine syrups
tramadol: tramadol
fentanyl: fentanyl, fentanyl analogues
ephedrine: ephedrine, ephedra
melatonin: melatonin
ivermectin: ivermectin
hydroxychloroquine: hydroxychloroquine
opioids: opioids, opioid, opioid painkillers, opiates, prescription opioids, opioid medications
steroids: steroids, anabolic steroids
cough syrups: cough syrups, cough syrup, cough medicines, cough and cold medicines, syrup medicines
# transport, places and urban life
cars: cars, car traffic, private cars, motor traffic, motor vehicles
trucks: trucks, lorries, heavy goods vehicles, HGVs, heavy trucks, heavy vehicles
motorcycles: motorcycles, motorbikes, motorcycle, motorbike, motorcycle traffic, motorised two-wheelers
motorcycle taxis: motorcycle taxis, motorbike taxis, motorcycle taxi, okada, okadas, boda bodas, boda-bodas, bike taxis, moto-taxis, mototaxis
tuk-tuks: tuk-tuks, tuk-tuk, tuk tuks, tuktuks, auto rickshaws, auto-rickshaws, autorickshaws, rickshaws, three-wheelers
mopeds: mopeds, moped, motor scooters, mopeds and scooters
e-bikes: e-bikes, e-bike, electric bikes, electric bicycles, electric bike, ebikes, pedelecs
fat bikes: fat bikes, fatbikes, fat-bikes, fat bike, fatbike, e-fatbikes
jet skis: jet skis, jet ski, jetskis, jet-skis, personal watercraft, water scooters
horse-drawn carriages: horse-drawn carriages, horse-drawn carriage, horse carriages, carriage horses, horse-drawn carts, horse carts, horse-drawn vehicles
night flights: night flights, night-time flights, nighttime flights, night flight
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: street vending, street hawking, street trading, street food stalls
nightclubs: nightclubs, nightclub, night clubs, discos, discotheques
camping: camping, wild camping, free camping, overnight camping
barbecues: barbecues, barbecue, barbeques, BBQs, disposable barbecues, disposable BBQs
campfires: campfires, campfire, camp fires, open fires, open flames, open-air fires, fire pits
bonfires: bonfires, bonfire, Easter bonfires, Easter fires
stubble burning: stubble burning, crop burning, crop residue burning, burning of crop residue, burning of crop residues, farm fires, paddy straw burning, agricultural burning
open burning: open burning, outdoor burning, burning garden waste, burning of garden waste, backyard burning, burning of green waste
street prayers: street prayers, public prayers, praying in the street, praying in public, prayers in the street
loudspeakers: loudspeakers, loudspeaker, megaphones, loudspeaker use, amplified sound, amplified music
public drinking: public drinking, drinking in public, street drinking, drinking alcohol in public, alcohol consumption in public, drinking on the street, drinking in the street, drinking alcohol in public places
pride parades: pride parades, pride parade, pride marches, pride march, pride events, gay pride, pride celebrations
# goods and trade
second-hand clothes: second-hand clothes, secondhand clothes, second-hand clothing, secondhand clothing, second hand clothes, used clothes, used clothing, used garments, mitumba
second-hand underwear: second-hand underwear, secondhand underwear, second hand underwear, used underwear, used undergarments
used cars: used cars, used car, used car imports, second-hand cars, secondhand cars, used vehicles, second-hand vehicles
used tyres: used tyres, used tires, second-hand tyres, second-hand tires, waste tyres, scrap tyres, end-of-life tyres
e-waste: e-waste, electronic waste, waste electronics, electrical and electronic waste, WEEE
plastic waste: plastic waste, plastic waste imports, plastic waste exports, plastic scrap, waste plastic
scrap metal: scrap metal, metal scrap, ferrous scrap, scrap iron, scrap steel, steel scrap, scrap exports
timber: timber, raw timber, timber exports, log exports, raw logs, round logs, roundwood, illegal timber, tropical timber
rare earths: rare earths, rare earth, rare-earth, rare earth elements, rare-earth elements, rare earth metals, rare-earth metals, rare earth magnets, rare-earth magnets, rare earth minerals
gallium: gallium
germanium: germanium
antimony: antimony
graphite: graphite
diamonds: diamonds, rough diamonds, Russian diamonds, conflict diamonds, blood diamonds, diamond exports, diamond imports
textiles: textiles, textile imports, textile products, textile exports
luxury goods: luxury goods, luxury items, luxury products
arms exports: arms exports, arms sales, weapons exports, arms deliveries, weapons sales, arms shipments, arms transfers, weapons deliveries, arms export, weapons shipments
dual-use goods: dual-use goods, dual-use items, dual-use technology, dual-use technologies, dual-use products, dual use goods
uranium: uranium, enriched uranium, uranium imports, Russian uranium
oil: oil, crude oil, oil imports, oil exports, petroleum, petroleum products, seaborne oil, crude imports, crude exports
natural gas: natural gas, Russian gas, liquefied natural gas, Russian LNG, gas imports, LNG imports
vaccines: vaccines, vaccine, vaccine exports, COVID vaccines, mRNA vaccines
vaccine mandates: vaccine mandates, vaccine mandate, vaccination mandates, vaccination mandate, mandatory vaccination, compulsory vaccination, vaccine requirements, vaccination requirements
# animals and plants
invasive species: invasive species, invasive alien species, invasive plants, invasive plant species, invasive animals, non-native species, invasive non-native species
pangolins: pangolins, pangolin, pangolin scales
dog fighting: dog fighting, dogfighting, dog fights, dog-fighting
cockfighting: cockfighting, cockfights, cock fights, cockfight, cock-fighting, cock fighting
pigeon feeding: pigeon feeding, feeding pigeons, feeding the pigeons, feeding of pigeons, feeding birds, feeding the birds, bird feeding
cherry laurel: cherry laurel, cherry laurels
greyhound racing: greyhound racing, greyhound races, dog racing
dolphinariums: dolphinariums, dolphinarium, dolphinaria, dolphin shows, captive dolphins, dolphins in captivity, orca shows, captive orcas
ritual slaughter: ritual slaughter, slaughter without stunning, unstunned slaughter, non-stun slaughter, halal slaughter, kosher slaughter, shechita
# society, media and education
gender-neutral language: gender-neutral language, gender neutral language, gender-inclusive language, inclusive language, inclusive writing, gender-sensitive language
flags: flags, national flags, foreign flags, Palestinian flags, flag displays, flag flying
communist symbols: communist symbols, Soviet symbols, hammer and sickle, communist symbolism, Soviet symbolism
burkinis: burkinis, burkini, burqinis, burqini
political advertising: political advertising, political ads, political adverts, political advertisements, election ads, election advertising, campaign ads, paid political ads
foreign funding: foreign funding, foreign donations, foreign funds, funding from abroad, foreign financing, foreign grants
NGOs: NGOs, non-governmental organisations, non-governmental organizations, non-governmental organisation, non-governmental organization, nongovernmental organizations
religious groups: religious groups, religious organisations, religious organizations, sects, cults, religious movements, religious sects
homeschooling: homeschooling, home schooling, home-schooling, home education
sex education: sex education, sex ed, sexuality education, sexual education, relationships and sex education, comprehensive sexuality education
critical race theory: critical race theory
DEI programmes: DEI programmes, DEI programs, DEI initiatives, DEI policies, DEI offices, DEI training, DEI efforts, diversity programmes, diversity programs, diversity initiatives
drag shows: drag shows, drag show, drag performances, drag queen shows, drag events, drag queen story hours, drag story hours, drag queen story hour
same-sex marriage: same-sex marriage, same-sex marriages, same sex marriage, gay marriage, gay marriages, marriage equality
polygamy: polygamy, polygamous marriages, polygamous marriage, plural marriage
cousin marriage: cousin marriage, cousin marriages, first-cousin marriage, first cousin marriage, first-cousin marriages, marriages between cousins, marriage between cousins
# digital and finance
e-commerce platforms: e-commerce platforms, e-commerce platform, online marketplaces, online shopping platforms, e-commerce sites, e-commerce marketplaces
crypto ATMs: crypto ATMs, crypto ATM, bitcoin ATMs, bitcoin ATM, cryptocurrency ATMs, crypto kiosks, cryptocurrency kiosks, bitcoin kiosks
stablecoins: stablecoins, stablecoin, stable coins
NFTs: NFTs, non-fungible tokens, non-fungible token, NFT trading
buy now pay later: buy now pay later, buy-now-pay-later, BNPL, BNPL loans, BNPL services
dating apps: dating apps, dating app, online dating apps, dating sites, dating websites, dating platforms
# health and body
cosmetic surgery: cosmetic surgery, plastic surgery, cosmetic procedures, cosmetic treatments, aesthetic procedures, Botox, botox injections, dermal fillers, lip fillers, non-surgical cosmetic procedures
tattoos: tattoos, tattoo, tattooing, tattoo inks, tattoo ink
piercings: piercings, body piercing, body piercings
assisted dying: assisted dying, assisted suicide, euthanasia, medically assisted dying, voluntary assisted dying, physician-assisted suicide, assisted death, medical assistance in dying, mercy killing
# energy and environment
nuclear power: nuclear power, nuclear energy, nuclear power plants, nuclear power plant, nuclear power stations, nuclear plants, nuclear reactors, atomic energy
wind turbines: wind turbines, wind turbine, wind farms, wind farm, wind power, onshore wind, wind energy, wind parks, offshore wind farms
solar panels: solar panels, solar panel, solar farms, solar farm, solar power, solar modules, solar installations, balcony solar, plug-in solar, photovoltaic panels, solar parks
gas stoves: gas stoves, gas stove, gas cooktops, gas hobs, gas cookers, natural gas stoves, gas ranges
gravel gardens: gravel gardens, gravel garden, stone gardens
artificial turf: artificial turf, artificial grass, synthetic turf, fake grass, astroturf, artificial lawns, synthetic grass
glitter: glitter, loose glitter, plastic glitter, microplastic glitter
balloons: balloons, balloon releases, balloon release, helium balloons, mass balloon releases, latex balloons
confetti: confetti, plastic confetti, confetti cannons
lawn watering: lawn watering, watering lawns, watering gardens, garden watering, hosepipes, hosepipe, hosepipe use, garden hoses, garden sprinklers, sprinklers, watering the garden
swimming pool filling: swimming pool filling, filling swimming pools, filling pools, filling private pools, pool filling, filling of swimming pools
car washing: car washing, washing cars, washing vehicles, car washes, washing your car
irrigation: irrigation, crop irrigation, agricultural irrigation
# housing and weapons
evictions: evictions, eviction, winter evictions, tenant evictions, residential evictions
stun guns: stun guns, stun gun, tasers, taser, electroshock weapons, electric shock weapons, conducted energy weapons
gambling advertising: gambling advertising, gambling ads, gambling adverts, betting advertising, betting ads, betting adverts, advertising of gambling, advertising for gambling
crypto exchanges: crypto exchanges, cryptocurrency exchanges, crypto exchange, cryptocurrency exchange, crypto trading platforms
away fans: away fans, away supporters, visiting fans, visiting supporters
fossil fuel heating: fossil fuel heating, fossil-fuel heating, fossil heating, fossil fuel heating systems, fossil heating systems, fossil-fuelled heating, fossil fuel boilers, fossil-fuel boilers
open fireplaces: open fireplaces, open fireplace, fireplaces, fireplace, open hearths, open hearth fireplaces, wood-burning fireplaces, wood fireplaces
air conditioning: air conditioning, air-conditioning, air conditioners, air conditioner, air-conditioners, aircon, air con, air conditioning units, air-conditioning units, AC units
shop window lighting: shop window lighting, shop window lights, illuminated shop windows, lit shop windows, store window lighting, shop windows lit at night, illuminated shopfronts, illuminated shop fronts, window display lighting
outdoor lighting: outdoor lighting, outdoor lights, exterior lighting, illuminated advertising, illuminated signs, illuminated advertising signs, illuminated billboards, facade lighting, façade lighting, building illumination, illumination of buildings, monument lighting, floodlighting
electric cars: electric cars, electric car, electric vehicles, electric vehicle, EVs, battery electric vehicles, e-cars
old vehicles: old vehicles, older vehicles, old cars, older cars, old vehicle, ageing vehicles, aging vehicles, overage vehicles, end-of-life vehicles
tour buses: tour buses, tour bus, tourist buses, tourist bus, tourist coaches, tour coaches, sightseeing buses, excursion buses
golf carts: golf carts, golf cart, golf buggies, golf buggy, golf cars
quad bikes: quad bikes, quad bike, quad biking, ATVs, ATV, all-terrain vehicles, all-terrain vehicle
snowmobiles: snowmobiles, snowmobile, snowmobiling, snow scooters, skidoos, ski-doos
hoverboards: hoverboards, hoverboard, self-balancing scooters, self-balancing boards
motorboats: motorboats, motorboat, motor boats, motor boat, powerboats, powerboat, speedboats, speedboat, motorised boats, motorized boats, outboard motors, outboard engines
helicopters: helicopters, helicopter, helicopter flights, helicopter tours, heliskiing, heli-skiing
paragliders: paragliders, paraglider, paragliding, paramotors, paramotor, powered paragliders, powered paragliding
hot-air balloons: hot-air balloons, hot air balloons, hot-air balloon, hot air balloon, hot-air ballooning, hot air ballooning, balloon flights
microlight aircraft: microlight aircraft, microlights, microlight, ultralight aircraft, ultralights, ultra-light aircraft, microlight flights
kites: kites, kite flying, kite-flying, flying kites, kite strings, glass-coated kite strings, Chinese manja
lawn mowers: lawn mowers, lawn mower, lawnmowers, lawnmower, petrol lawn mowers, gas-powered lawn mowers, gas mowers, robotic lawn mowers, robot lawn mowers, robotic mowers
swimming: swimming, bathing, wild swimming, open-water swimming, open water swimming, swimming in the sea, swimming in rivers, swimming in lakes, sea bathing
off-road driving: off-road driving, off-roading, off-road vehicles, off-road riding, driving off-road, off-road motorcycling, 4x4 driving, dune bashing, beach driving, driving on beaches
data centres: data centres, data centers, data centre, data center, datacenters, datacentres, server farms
golf courses: golf courses, golf course, new golf courses, watering golf courses, golf course watering
snow cannons: snow cannons, snow cannon, snow guns, snowmaking, artificial snow, snow machines, snowmaking machines, artificial snowmaking
disposable nappies: disposable nappies, disposable diapers, disposable nappy, disposable diaper, nappies, diapers
takeaway containers: takeaway containers, take-away containers, takeout containers, take-out containers, takeaway food containers, disposable food containers, single-use food containers, takeaway packaging, takeout boxes, to-go containers
plastic sachets: plastic sachets, plastic sachet, sachets, sachet water, water sachets, single-use sachets, sachet packaging
cigarette filters: cigarette filters, cigarette filter, filtered cigarettes, filter cigarettes, cigarette butts, cigarette butt, cigarette ends
polystyrene: polystyrene, polystyrene foam, polystyrene packaging, polystyrene products, extruded polystyrene
microplastics: microplastics, microplastic, intentionally added microplastics, plastic microparticles, microplastic particles, synthetic polymer microparticles
charcoal: charcoal, charcoal production, charcoal burning, charcoal making, charcoal exports, charcoal trade, wood charcoal
kerosene: kerosene, kerosine, kerosene heaters, kerosene lamps, kerosene stoves, paraffin heaters
diesel generators: diesel generators, diesel generator, diesel gensets, diesel generator sets, backup diesel generators, gensets
gas flaring: gas flaring, routine flaring, flaring of gas, gas flares, associated gas flaring, natural gas flaring, venting and flaring
potassium bromate: potassium bromate, E924, bromated flour
brominated vegetable oil: brominated vegetable oil, brominated vegetable oils, BVO
propylparaben: propylparaben, propyl paraben, propylparabens, E216
oxybenzone: oxybenzone, benzophenone-3
chemical sunscreens: chemical sunscreens, chemical sunscreen, chemical UV filters, chemical sunscreen filters, reef-harming sunscreens, reef-toxic sunscreens, non-reef-safe sunscreens, harmful sunscreens
water fluoridation: water fluoridation, fluoridation, fluoridated water, fluoride in drinking water, fluoride in water, fluoride in tap water, community water fluoridation, fluoridation of drinking water, fluoridation of water, adding fluoride to drinking water, adding fluoride to water
lead paint: lead paint, lead paints, lead-based paint, lead-based paints, leaded paint, paint containing lead, paints containing lead, lead in paint, lead in paints
cadmium: cadmium, cadmium-containing products
PVC: PVC, polyvinyl chloride, PVC packaging, PVC plastics
nitrates: nitrates, nitrate, sodium nitrate, potassium nitrate, nitrate additives, nitrate salts
baby walkers: baby walkers, baby walker, infant walkers, infant walker, walkers for babies, baby walking rings
infant formula advertising: infant formula advertising, formula advertising, formula milk advertising, baby formula advertising, advertising of infant formula, advertising for infant formula, infant formula advertisements, infant formula ads, formula ads, infant formula marketing, marketing of infant formula, formula marketing, formula milk marketing, marketing of breast-milk substitutes, marketing of breastmilk substitutes, promotion of breast-milk substitutes, promotion of breastmilk substitutes, advertising of breast-milk substitutes, baby milk advertising
weight-loss drugs: weight-loss drugs, weight loss drugs, weight-loss drug, weight loss drug, weight-loss medications, weight loss medications, weight-loss medication, weight-loss jabs, weight loss jabs, weight-loss injections, weight loss injections, anti-obesity drugs, anti-obesity medications, obesity drugs, GLP-1 drugs, GLP-1 medications, GLP-1 agonists, Ozempic, Wegovy, semaglutide, tirzepatide, Mounjaro, Zepbound, sibutramine
diet pills: diet pills, diet pill, slimming pills, slimming pill, slimming tablets, weight-loss pills, weight loss pills, weight-loss pill, slimming products, slimming capsules, appetite suppressants, fat burners, fat-burning pills
ketamine: ketamine
psychedelics: psychedelics, psychedelic drugs, psychedelic substances, hallucinogens, hallucinogenic drugs, hallucinogenic substances, LSD, DMT, ayahuasca, mescaline, peyote, ibogaine
xylazine: xylazine, tranq, tranq dope
nitazenes: nitazenes, nitazene, isotonitazene, protonitazene, metonitazene, etonitazene, N-desethyl isotonitazene
delta-8 THC: delta-8 THC, delta-8-THC, delta-8, delta 8 THC, Δ8-THC, delta-8 tetrahydrocannabinol, delta-8 products
betel nut: betel nut, betel nuts, areca nut, areca nuts, betel quid, betel quids, betel, paan, supari
contraceptives: contraceptives, contraceptive, contraception, birth control, birth control pills, birth control pill, contraceptive pills, contraceptive pill, oral contraceptives, morning-after pill, morning-after pills, emergency contraception, emergency contraceptives, condoms, IUDs, contraceptive implants
cosmetic fillers: cosmetic fillers, cosmetic filler, facial fillers, facial filler, injectable fillers, filler injections, hyaluronic acid fillers, hyaluronic acid injections, aesthetic fillers, lip injections, soft tissue fillers
hair relaxers: hair relaxers, hair relaxer, chemical hair straighteners, chemical hair straightener, chemical straighteners, hair straightening products, hair-straightening products, chemical hair straightening, hair-straightening chemicals, hair smoothing products, keratin straightening treatments
edible insects: edible insects, edible insect, insect-based food, insect-based foods, insect-based products, insect food, insect foods, insect protein, insect flour, insect powder, cricket flour, cricket powder, insects as food, eating insects, mealworms, mealworm powder
spirits: spirits, hard liquor, distilled spirits, spirit drinks, strong alcohol, strong liquor, high-strength alcohol, vodka, whisky, whiskey, gin, rum, tequila
wine: wine, wines, wine sales, sale of wine, wine imports, wine exports
moonshine: moonshine, bootleg liquor, bootleg alcohol, bootleg spirits, illicit alcohol, illicit liquor, illegal alcohol, illegal liquor, homemade alcohol, home-made alcohol, homemade liquor, home-brewed alcohol, home-distilled alcohol, hooch, spurious liquor, methanol-laced alcohol
button batteries: button batteries, button battery, button cell batteries, button cell battery, button cells, button cell, coin batteries, coin battery, coin cell batteries, coin-cell batteries, coin cells, coin cell, coin-sized batteries, lithium coin batteries, lithium coin cells
magnetic toys: magnetic toys, magnetic toy, magnet toys, magnet toy, toys with magnets, toys containing magnets, high-powered magnets, high-powered magnet sets, high-strength magnets, magnet sets, magnetic balls, Buckyballs, neodymium magnet toys, small powerful magnets
water beads: water beads, water bead, water-absorbing beads, water gel beads, gel beads, jelly beads, hydrogel beads, Orbeez, sensory beads
lithium batteries: lithium batteries, lithium battery, lithium-ion batteries, lithium-ion battery, lithium ion batteries, lithium ion battery, li-ion batteries, li-ion battery, lithium-ion cells, lithium cells, lithium metal batteries
counterfeit goods: counterfeit goods, counterfeit products, counterfeit items, counterfeit merchandise, counterfeits, fake goods, fake products, fake designer goods, knock-offs, knockoffs, knock-off goods, pirated goods, counterfeit clothing
counterfeit medicines: counterfeit medicines, counterfeit medicine, counterfeit drugs, counterfeit medications, counterfeit pharmaceuticals, fake medicines, fake medicine, fake drugs, fake medications, falsified medicines, falsified medical products, substandard and falsified medicines, counterfeit pills
dietary supplements: dietary supplements, dietary supplement, food supplements, food supplement, nutritional supplements, nutritional supplement, health supplements, herbal supplements, vitamin supplements, nutraceuticals
painkillers: painkillers, painkiller, pain relievers, pain reliever, pain medication, pain medications, analgesics, over-the-counter painkillers, paracetamol, acetaminophen, ibuprofen
homeopathy: homeopathy, homoeopathy, homeopathic remedies, homeopathic products, homeopathic medicines, homeopathic treatments, homeopathic preparations
cosmetics: cosmetics, cosmetic products, cosmetic product, beauty products, cosmetic items
sweets: sweets, candy, candies, confectionery, sugar confectionery, lollipops, gummy sweets
tablets: tablets, tablet computers, tablet computer, tablet PCs, tablet PC, tablet devices, iPads
smart glasses: smart glasses, smartglasses, AI glasses, AI-powered glasses, camera glasses, AR glasses, augmented reality glasses, Ray-Ban Meta glasses, Meta smart glasses
AI-generated content: AI-generated content, AI generated content, AI-generated images, AI-generated imagery, AI-generated videos, AI-generated material, AI-generated media, AI-generated music, AI-generated art, AI-generated text, AI content, synthetic media
end-to-end encryption: end-to-end encryption, end to end encryption, E2EE, end-to-end encrypted services, end-to-end encrypted communications
SIM cards: SIM cards, SIM card, SIM-cards, SIMs, eSIMs, eSIM, prepaid SIM cards, unregistered SIM cards
satellite internet: satellite internet, satellite internet services, satellite internet terminals, satellite broadband, Starlink, Starlink terminals, Starlink devices, Starlink dishes
online advertising: online advertising, online ads, online adverts, online advertisements, digital advertising, digital ads, internet advertising, web advertising
influencer marketing: influencer marketing, influencer advertising, influencer ads, influencer promotions, influencer endorsements, sponsored posts
crypto advertising: crypto advertising, crypto ads, crypto adverts, cryptocurrency advertising, cryptocurrency ads, crypto promotions, crypto promotion, crypto marketing, advertising of cryptocurrencies, advertising for cryptocurrencies
crypto payments: crypto payments, crypto payment, cryptocurrency payments, payments in cryptocurrency, payments in cryptocurrencies, payments in crypto, paying with cryptocurrency, paying with crypto, bitcoin payments
lotteries: lotteries, lottery, lottery tickets, lottery games, lotto, raffles
betting shops: betting shops, betting shop, betting offices, betting outlets, betting parlours, betting parlors, betting halls, bookmakers, bookies, bookmaker shops
payday loans: payday loans, payday loan, payday lending, payday lenders, high-cost short-term credit, short-term high-cost loans, quick loans, instant loans
foreign currency: foreign currency, foreign currencies, foreign exchange, hard currency, foreign currency transactions, foreign currency payments, payments in foreign currency
podcasts: podcasts, podcast, podcasting
foreign journalists: foreign journalists, foreign journalist, foreign reporters, foreign correspondents, international journalists, foreign press
comics: comics, comic books, comic book, graphic novels, graphic novel, comic strips, manga
anime: anime, anime series, anime films, Japanese animation
foreign films: foreign films, foreign film, foreign movies, foreign movie, foreign-made films, imported films
rap music: rap music, rap songs, rap lyrics, gangsta rap, hip-hop, hip hop, hip-hop music
drill music: drill music, drill rap, UK drill, drill videos, drill lyrics, drill tracks, drill songs
raves: raves, rave parties, rave party, illegal raves, illegal rave, free parties, teknivals
strikes: strikes, industrial action, strike action, walkouts, labour strikes, labor strikes, general strikes, general strike, work stoppages, right to strike
political parties: political parties, political party
opposition parties: opposition parties, opposition party, opposition political parties, main opposition party
trade unions: trade unions, trade union, labour unions, labor unions, labour union, labor union, independent trade unions
missionaries: missionaries, missionary, missionary work, missionary activity, missionary activities, proselytising, proselytizing, proselytism
miniskirts: miniskirts, miniskirt, mini-skirts, mini skirts, short skirts
make-up: make-up, makeup, lipstick, nail polish, nail varnish
robocalls: robocalls, robocall, robo-calls, automated calls, automated phone calls, pre-recorded calls, prerecorded calls, AI robocalls
telemarketing: telemarketing, telesales, cold calling, cold-calling, cold calls, unsolicited calls, unsolicited sales calls, unsolicited marketing calls, nuisance calls, marketing calls
junk fees: junk fees, junk fee, hidden fees, hidden charges, surprise fees, drip pricing, drip-pricing, resort fees
surge pricing: surge pricing, surge-pricing, dynamic pricing, surge fares, surge charges, dynamic ticket pricing
non-compete clauses: non-compete clauses, non-compete clause, non-compete agreements, non-compete agreement, non-competes, noncompetes, noncompete agreements, noncompete clauses, non-competition clauses
child labour: child labour, child labor, child workers, child labourers, child laborers
unpaid internships: unpaid internships, unpaid internship, unpaid interns, unpaid work placements, unpaid placements
dogs: dogs, dog, pet dogs, stray dogs, domestic dogs
cats: cats, pet cats, domestic cats, stray cats, feral cats, house cats
cattle: cattle, cows, dairy cows, dairy cattle, beef cattle, cow slaughter, cattle slaughter
glue traps: glue traps, glue trap, glue boards, glue board traps, sticky traps, rodent glue traps
snares: snares, snare traps, wire snares, snare trapping
leghold traps: leghold traps, leghold trap, leg-hold traps, leg-hold trap, steel-jaw traps, steel jaw traps, steel-jaw leghold traps, jaw traps, foothold traps, gin traps
fish farming: fish farming, fish farms, fish farm, aquaculture, open-net fish farms, open-net pen fish farming, net-pen fish farms
salmon farming: salmon farming, salmon farms, salmon farm, open-net salmon farms, open-net salmon farming, farmed salmon, salmon aquaculture
octopus farming: octopus farming, octopus farms, octopus farm, farmed octopus, commercial octopus farming
krill fishing: krill fishing, krill fisheries, krill fishery, krill harvesting, krill catches, Antarctic krill fishing
lobster fishing: lobster fishing, lobster fishery, lobster fisheries, lobster harvesting, lobster catches, fishing for lobster, fishing for lobsters
shellfish harvesting: shellfish harvesting, shellfish harvest, shellfish gathering, shellfish collection, harvesting shellfish, collecting shellfish, cockle picking, mussel harvesting, oyster harvesting, clam digging, clamming
rodeos: rodeos, rodeo, rodeo events, rodeo shows, bull riding, calf roping
elephant rides: elephant rides, elephant ride, elephant riding, elephant trekking, elephant treks, riding elephants, rides on elephants
puppy sales: puppy sales, puppy sale, sale of puppies, sales of puppies, selling puppies, third-party puppy sales, sale of puppies and kittens, puppy farming, puppy farms, puppy mills, puppy trade, puppy trafficking
pet shops: pet shops, pet shop, pet stores, pet store, pet shop sales
crossbows: crossbows, crossbow
swords: swords, samurai swords, katanas, katana
air guns: air guns, air gun, airguns, air rifles, air rifle, air pistols, air pistol, BB guns, pellet guns
high-capacity magazines: high-capacity magazines, high-capacity magazine, high capacity magazines, high capacity magazine, large-capacity magazines, large capacity magazines, large-capacity ammunition magazines, extended magazines
explosives: explosives, explosive materials, explosive substances, explosive precursors, dynamite
tear gas: tear gas, teargas, tear-gas, CS gas, tear gas canisters, tear gas grenades, tear gas shells
rubber bullets: rubber bullets, rubber bullet, rubber-coated bullets, plastic bullets, baton rounds, rubber projectiles
white phosphorus: white phosphorus, white phosphorus munitions, white phosphorus shells, white phosphorus bombs
flares: flares, smoke flares, pyrotechnic flares, distress flares, hand flares, marine flares, road flares, flare guns
steel: steel, steel imports, steel exports, steel products, Russian steel
aluminium: aluminium, aluminum, aluminium imports, aluminum imports, aluminium exports, aluminum exports, Russian aluminium, Russian aluminum
copper: copper, copper exports, copper imports, copper concentrate, copper ore, refined copper, copper cathodes
nickel: nickel, nickel ore, raw nickel ore, nickel exports
bauxite: bauxite, bauxite exports, bauxite ore
lithium: lithium, lithium exports, lithium ore, lithium carbonate
cobalt: cobalt
tungsten: tungsten, wolfram
love locks: love locks, love lock, lovelocks, love padlocks, love padlock
key boxes: key boxes, key box, keyboxes, keybox, key safes, key safe, key lockboxes, lockboxes, lock boxes
wheeled suitcases: wheeled suitcases, wheeled suitcase, rolling suitcases, rolling suitcase, rolling luggage, wheeled luggage, trolley suitcases, trolley cases, roller suitcases, suitcases with wheels, wheelie suitcases, wheelie bags
street performers: street performers, street performer, buskers, busker, busking, street musicians, street musician, street performances, street performance, street entertainers, living statues
rough sleeping: rough sleeping, sleeping rough, sleeping on the streets, sleeping on the street, sleeping in public, sleeping in public spaces, sleeping in public places, sleeping outdoors, street sleeping
homeless encampments: homeless encampments, homeless encampment, homeless camps, homeless camp, homeless tents, tent cities, tent city, street encampments
tourist groups: tourist groups, tourist group, tour groups, tour group, groups of tourists, large tour groups, guided tour groups
second homes: second homes, second home, holiday homes, holiday home, vacation homes, second residences, secondary residences
foreign home buyers: foreign home buyers, foreign homebuyers, foreign buyers, foreign property buyers, foreign house buyers, non-resident buyers, foreign buyers of residential property, foreigners buying homes, foreigners buying property, foreign purchases of residential property, foreign ownership of residential property
new hotels: new hotels, new hotel, new hotel construction, construction of new hotels, hotel construction, new hotel developments, new hotel projects, new hotel licences, new hotel licenses
# 0.27.0: more categories
game consoles: game consoles, game console, games consoles, gaming consoles, gaming console, video game consoles, video game console
gas-powered garden equipment: gas-powered garden equipment, gas-powered landscaping equipment, gas-powered lawn equipment, gas-powered garden tools, gasoline-powered garden equipment, gasoline-powered landscaping equipment, petrol garden tools, petrol-powered garden tools, petrol garden equipment, small off-road engines, gas-powered hedge trimmers, petrol hedge trimmers, gas-powered chainsaws, petrol chainsaws, gas-powered string trimmers, two-stroke garden tools
sex dolls: sex dolls, sex doll, child sex dolls, child-like sex dolls, childlike sex dolls, sex robots
selfie sticks: selfie sticks, selfie stick, selfie-sticks, selfie-stick
disposable lighters: disposable lighters, disposable lighter, plastic lighters, cheap lighters, novelty lighters, cigarette lighters, lighters
coal stoves: coal stoves, coal stove, coal-fired stoves, coal boilers, coal-fired boilers, coal furnaces
dashcams: dashcams, dashcam, dash cams, dash cam, dash-cams, dashboard cameras, dashboard camera, car cameras
coffee capsules: coffee capsules, coffee capsule, coffee pods, coffee pod, single-use coffee pods, single-use coffee capsules, aluminium coffee capsules, plastic coffee capsules, Nespresso capsules
bottled water: bottled water, sale of bottled water, bottled water sales, single-use water bottles, water bottles
bicycles: bicycles, bicycle, bikes, bike, cycling, cyclists, bicycle traffic, bike riding
camper vans: camper vans, camper van, campervans, campervan, motorhomes, motorhome, motor homes, RVs, recreational vehicles, caravans, vanlife, van life, sleeping in vehicles, sleeping in cars, living in vehicles, vehicle dwelling
right-hand-drive vehicles: right-hand-drive vehicles, right-hand drive vehicles, right-hand-drive cars, right-hand drive cars, RHD vehicles, RHD cars, right-hand-drive
self-driving cars: self-driving cars, self-driving car, self-driving vehicles, autonomous vehicles, autonomous vehicle, autonomous cars, driverless cars, driverless car, driverless vehicles, robotaxis, robotaxi, robo-taxis, driverless taxis, autonomous trucks, driverless trucks
petrol motorbikes: petrol motorbikes, petrol motorcycles, gasoline motorbikes, gasoline motorcycles, gasoline-powered motorbikes, gasoline-powered motorcycles, petrol-powered motorbikes, fossil fuel motorbikes, fossil-fuel motorbikes, petrol scooters, gas-powered motorcycles, combustion-engine motorcycles, two-stroke scooters, two-stroke mopeds
street racing: street racing, street races, illegal street racing, illegal car racing, illegal races, illegal road racing, drag racing, car meets, car meet, street takeovers, car cruising, boy racers
beer bikes: beer bikes, beer bike, bierfiets, party bikes, pedal pubs, pedal pub, pub bikes, beer bicycles
leaded fuel: leaded fuel, leaded petrol, leaded gasoline, leaded aviation fuel, leaded avgas, lead in fuel, tetraethyl lead
liquids in hand luggage: liquids in hand luggage, liquids in carry-on luggage, liquids in cabin baggage, liquid restrictions, 100ml rule, 100 ml rule, 100-millilitre limit, 100ml limit, liquids rule, liquids limit, carry-on liquids
studded tyres: studded tyres, studded tires, studded tyre, studded tire, spiked tyres, spiked tires, studded winter tyres
ractopamine: ractopamine, ractopamine pork, ractopamine-fed pork, ractopamine-treated pork, ractopamine beef
durian: durian, durians, durian fruit
alcopops: alcopops, alcopop, premixed drinks, pre-mixed drinks, ready-to-drink cocktails, RTD drinks, hard seltzers, flavoured alcoholic beverages, flavored alcoholic beverages
late-night alcohol sales: late-night alcohol sales, alcohol sales at night, night-time alcohol sales, nighttime alcohol sales, alcohol sales after 10pm, alcohol sales after 10 pm, late-night liquor sales, selling alcohol at night, sale of alcohol at night, takeaway alcohol sales at night
drinks promotions: drinks promotions, drink promotions, happy hours, happy hour, happy-hour, drinks offers, cheap drinks offers, two-for-one drinks, all-you-can-drink, bottomless drinks, open bars, open bar, alcohol promotions, alcohol discounts
DDT: DDT, dichlorodiphenyltrichloroethane
fluorinated gases: F-gases, F-gas, fluorinated gases, fluorinated greenhouse gases, HFCs, hydrofluorocarbons, HFC refrigerants, SF6, sulphur hexafluoride, sulfur hexafluoride, CFCs, chlorofluorocarbons, HCFCs, ozone-depleting substances, refrigerant gases
chlorinated solvents: chlorinated solvents, trichloroethylene, TCE, perchloroethylene, tetrachloroethylene, methylene chloride, dichloromethane, methylene chloride paint strippers, dry-cleaning solvents
cyanide: cyanide, cyanides, cyanide leaching, cyanide use in mining, cyanide mining, sodium cyanide, cyanide-based mining, cyanide fishing
acetamiprid: acetamiprid
rodenticides: rodenticides, rodenticide, rat poison, rat poisons, anticoagulant rodenticides, second-generation anticoagulant rodenticides, rodent poison, poison baits, rat bait
road salt: road salt, rock salt, de-icing salt, deicing salt, gritting salt, winter road salt, salt for de-icing
flame retardants: flame retardants, flame retardant, brominated flame retardants, halogenated flame retardants, organohalogen flame retardants, PBDEs
engineered stone: engineered stone, engineered stone benchtops, engineered stone countertops, artificial stone, quartz benchtops, quartz countertops, reconstituted stone
cocaine: cocaine, crack cocaine
methamphetamine: methamphetamine, methamphetamines, crystal meth, meth, methamphetamine pills, yaba, shabu
MDMA: MDMA, ecstasy pills, ecstasy tablets, MDMA-assisted therapy, MDMA therapy
opium poppy cultivation: opium poppy cultivation, poppy cultivation, opium cultivation, opium poppies, opium poppy, poppy farming, poppy growing, poppy crops, poppy fields, opium production, opium, opium trade
new psychoactive substances: new psychoactive substances, novel psychoactive substances, legal highs, legal high, designer drugs, designer drug, research chemicals, synthetic cathinones, mephedrone
GHB: GHB, GBL, gamma-hydroxybutyrate, gamma-butyrolactone, liquid ecstasy
bear bile: bear bile, bear bile farming, bear bile farms, bear bile products, bile farming, bile bears
donkey skins: donkey skins, donkey skin, donkey skin trade, donkey hides, donkey hide, trade in donkey skins, donkey slaughter, slaughter of donkeys, ejiao, donkey-hide gelatin
tail docking: tail docking, tail-docking, docking of tails, docked tails, dog tail docking, ear cropping, cropped ears
declawing: declawing, declawing cats, cat declawing, declawed cats, onychectomy
sow stalls: sow stalls, sow stall, gestation crates, gestation crate, farrowing crates, farrowing crate, pig crates, sow crates
chick culling: chick culling, culling of male chicks, male chick culling, killing of male chicks, killing male chicks, chick shredding, shredding of male chicks, culling male chicks, chick killing
live poultry markets: live poultry markets, live poultry market, live bird markets, live bird market, live poultry sales, sale of live poultry, live poultry trade, wet markets, wet market
big cats: big cats, big cat, privately owned big cats, pet tigers, tigers as pets, lions as pets, pet lions, cub petting, big cat ownership, private ownership of big cats
badger culling: badger culling, badger cull, badger culls, culling of badgers, killing of badgers
bull running: bull running, running of the bulls, bull-running, encierro, encierros, bous al carrer, toro embolado, fire bulls, bull festivals
animal sacrifice: animal sacrifice, animal sacrifices, ritual animal sacrifice, sacrifice of animals, sacrificing animals, ritual sacrifice of animals
wildlife feeding: wildlife feeding, feeding wildlife, feeding wild animals, feeding of wild animals, feeding monkeys, feeding the monkeys, feeding ducks, feeding bears, feeding wild boar, feeding deer, feeding foxes, feeding seagulls, feeding gulls
exotic skins: exotic skins, exotic animal skins, exotic leather, crocodile skin, crocodile leather, alligator skin, python skin, snake skin, snakeskin, exotic skin products
spitting: spitting, spitting in public, spitting in the street, spitting on the street, public spitting, spitting paan
littering: littering, dropping litter, throwing litter, litter louts, fly-tipping, flytipping, fly tipping, illegal dumping
jaywalking: jaywalking, jaywalkers, jaywalker, crossing against the light, crossing on red
loitering: loitering, loiterers, youths loitering
skateboarding: skateboarding, skateboards, skateboard, skateboarders, rollerblading, roller skating, inline skating, roller skates, rollerblades
public nudity: public nudity, nudity in public, nudism, naturism, naturists, nudists, nude bathing, naked bathing, skinny dipping, topless sunbathing, going topless, toplessness, nude sunbathing, naked hiking, nude beaches
swimwear in the street: swimwear in the street, swimwear in town, swimsuits in the street, walking around in swimwear, walking in swimwear, bikinis in the street, going shirtless, shirtless men, bare-chested, bare chests, bare torsos, walking around shirtless
eating in the street: eating in the street, eating on the street, eating in the streets, eating in public, eating while walking, eating on the steps, eating on monuments
graffiti: graffiti, graffitis, graffiti tagging, graffiti spraying, spray paint sales, sale of spray paint, spray cans, aerosol paint
honking: honking, horn honking, car horns, honking horns, use of car horns, horn use, sounding horns, pressure horns, air horns
dancing: dancing, public dancing, dance events, dance parties, dancing in public, mixed dancing
entering forests: entering forests, entering the forest, forest access, access to forests, access to forest areas, forest visits, walking in forests, hiking in forests, forest entry, entry into forests
Halloween: Halloween, Halloween celebrations, Halloween parties, Halloween costumes, trick-or-treating, trick or treating
Valentine's Day: Valentine's Day, Valentines Day, Valentine's Day celebrations, St Valentine's Day, Saint Valentine's Day, Valentine gifts
beauty pageants: beauty pageants, beauty pageant, beauty contests, beauty contest, child beauty pageants, mini-miss contests, Miss contests, Miss pageants
pub crawls: pub crawls, pub crawl, bar crawls, bar crawl, organised pub crawls, organized pub crawls
Quran burning: Quran burning, Quran burnings, Koran burning, Koran burnings, burning of the Quran, burning of the Koran, burning the Quran, burning Qurans, Quran desecration, desecration of the Quran, desecration of holy books, desecration of religious texts
flag burning: flag burning, flag burnings, flag-burning, burning of flags, burning the flag, burning flags, flag desecration, desecration of the flag
Holocaust denial: Holocaust denial, Holocaust deniers, denying the Holocaust, Holocaust revisionism, genocide denial, denial of genocide
Z symbol: Z symbol, Z symbols, Z-symbol, Z sign, Z-sign, letter Z, pro-war Z symbol
sex shops: sex shops, sex shop, sex-shops, sex stores, adult shops, adult stores, erotic shops, sex toy shops
strip clubs: strip clubs, strip club, strip joints, strip joint, lap dancing clubs, lap-dancing clubs, lap dancing, lap-dancing, striptease clubs, gentlemen's clubs, sexual entertainment venues
massage parlours: massage parlours, massage parlors, massage parlour, massage parlor, massage salons, massage salon, erotic massage parlours, illicit massage businesses
beauty salons: beauty salons, beauty salon, beauty parlours, beauty parlors, beauty parlour, beauty parlor, beauty centres
minimarkets: minimarkets, minimarket, mini-markets, mini-market, minimarts, minimart, mini-marts, convenience stores, night shops, night shop, late-night shops, 24-hour shops, 24-hour stores
vape shops: vape shops, vape shop, vape stores, vape store, vaping shops, e-cigarette shops, e-cigarette stores, vape outlets, vape retailers
cannabis shops: cannabis shops, cannabis shop, cannabis stores, cannabis store, cannabis dispensaries, cannabis dispensary, marijuana dispensaries, marijuana dispensary, coffeeshops, cannabis cafés, cannabis cafes, cannabis clubs, cannabis social clubs, cannabis social club
drive-throughs: drive-throughs, drive-through, drive-thrus, drive-thru, drive-through restaurants, drive-thru restaurants, drive-through lanes, drive-thru lanes, drive-ins
dark stores: dark stores, dark store, darkstores, quick commerce hubs, q-commerce hubs, grocery delivery hubs, quick-commerce warehouses, dark kitchens, dark kitchen, ghost kitchens, ghost kitchen
prescription drug advertising: prescription drug advertising, prescription drug ads, prescription drug advertisements, drug advertising, drug ads, pharmaceutical advertising, pharmaceutical ads, direct-to-consumer advertising, direct-to-consumer drug advertising, DTC advertising, DTC drug ads, medicine advertising, advertising of medicines
advertising to children: advertising to children, advertising aimed at children, advertising targeting children, advertising directed at children, marketing to children, children's advertising, child-directed advertising, ads targeting children, advertising during children's programmes, advertising in children's programmes, kids' advertising
junk mail: junk mail, unaddressed advertising, unaddressed mail, advertising leaflets, advertising flyers, advertising brochures, promotional leaflets, unsolicited advertising, unsolicited mail, printed advertising, paper advertising
digital billboards: digital billboards, digital billboard, digital advertising screens, digital advertising boards, advertising screens, advertising screen, LED billboards, LED advertising screens, electronic billboards, digital signage
carbon-neutral claims: carbon-neutral claims, carbon neutral claims, climate-neutral claims, climate neutral claims, carbon neutrality claims, greenwashing, green claims, environmental claims, eco-friendly claims, generic environmental claims, misleading environmental claims, climate-friendly claims
CFDs: CFDs, CFD, CFD trading, CFD products, CFD brokers, spread betting, rolling spot forex
prediction markets: prediction markets, prediction market, event contracts, event contract, election betting, betting on elections, election wagering, sports event contracts
fantasy sports: fantasy sports, daily fantasy sports, fantasy sports apps, fantasy sports platforms, fantasy leagues, real-money games, real-money gaming, real money gaming, online real-money games, real-money online games
share buybacks: share buybacks, share buyback, stock buybacks, stock buyback, share repurchases, stock repurchases, share repurchase programmes
golden passports: golden passports, golden passport, citizenship by investment, citizenship-by-investment, citizenship for sale, investor citizenship schemes, cash-for-passports, passports for sale
golden visas: golden visas, golden visa, residence by investment, residency by investment, investor visas, investor visa, investor residence permits, golden visa schemes, golden visa programmes
ransom payments: ransom payments, ransom payment, ransomware payments, ransomware payment, paying ransoms, paying ransom, payment of ransoms, payment of ransom, ransoms
stock trading by lawmakers: stock trading by lawmakers, congressional stock trading, stock trading by members of Congress, lawmakers trading stocks, members of Congress trading stocks, stock trading by politicians, politicians trading stocks, individual stock trading by lawmakers, stock ownership by lawmakers
CBDCs: CBDCs, CBDC, central bank digital currencies, central bank digital currency, digital euro, digital dollar, digital pound, e-CNY, digital yuan, digital ruble, digital rouble
pirate sites: pirate sites, piracy sites, piracy websites, pirate websites, illegal streaming sites, illegal streaming, illegal IPTV, pirate IPTV, IPTV piracy, pirated content, torrent sites, piracy apps, pirated streams, illegal downloads, illegal downloading, online piracy
loan apps: loan apps, loan app, lending apps, digital lending apps, online lending apps, instant loan apps, predatory loan apps, illegal loan apps, online lending platforms, money-lending apps
AI companions: AI companions, AI companion, AI companion apps, AI companion chatbots, companion chatbots, AI girlfriends, AI girlfriend apps, AI friends, virtual companions, character chatbots
addictive feeds: addictive feeds, addictive feed, algorithmic feeds, algorithmic feed, personalised feeds, personalized feeds, algorithmic recommendations, recommendation algorithms, infinite scroll, infinite scrolling, endless scrolling, autoplay, addictive design, addictive features, engagement-based algorithms
suppressors: suppressors, suppressor, gun silencers, firearm silencers, firearm suppressors, sound moderators
knuckle-dusters: knuckle-dusters, knuckle-duster, knuckle dusters, knuckle duster, brass knuckles, knuckledusters, metal knuckles
flick knives: flick knives, flick knife, switchblades, switchblade, switchblade knives, butterfly knives, butterfly knife, balisongs, gravity knives, gravity knife, spring-loaded knives, automatic knives, out-the-front knives
machine guns: machine guns, machine gun, machineguns, machine-guns, automatic weapons, automatic rifles, fully automatic weapons, fully automatic firearms, submachine guns
blank guns: blank guns, blank-firing guns, blank firing guns, blank-firing pistols, blank-firing weapons, blank firers, starting pistols, alarm pistols, gas pistols, signal pistols
autonomous weapons: autonomous weapons, autonomous weapon, lethal autonomous weapons, lethal autonomous weapon systems, lethal autonomous weapons systems, killer robots, fully autonomous weapons, autonomous weapons systems, AI weapons, AI-powered weapons
chokeholds: chokeholds, chokehold, choke holds, choke hold, neck restraints, neck restraint, carotid restraints, carotid holds
death penalty: death penalty, capital punishment, death sentences, death sentence, executions
virginity tests: virginity tests, virginity test, virginity testing, virginity checks, virginity examinations, two-finger test, hymenoplasty, hymen repair surgery, hymen reconstruction, virginity certificates
IVF: IVF, in vitro fertilisation, in vitro fertilization, in-vitro fertilisation, in-vitro fertilization, IVF treatment, IVF treatments, fertility treatment, fertility treatments, assisted reproduction
circumcision: circumcision, circumcisions, male circumcision, infant circumcision, non-medical circumcision, ritual circumcision, religious circumcision, circumcision of boys, brit milah
girls' education: girls' education, girls education, education for girls, girls' schooling, secondary education for girls, secondary schools for girls, girls' secondary schools, girls' secondary education, women's education, female education, women's university education, university education for women, schooling for girls, girls' schools
transgender athletes: transgender athletes, transgender athlete, trans athletes, trans athlete, transgender women in sports, trans women in sports, transgender women athletes, transgender girls in sports, transgender players, trans players, trans women in women's sports
mask mandates: mask mandates, mask mandate, mask requirements, mask requirement, mandatory masks, mandatory mask-wearing, compulsory masks, compulsory mask-wearing, mask-wearing rules, face mask mandates, face mask requirements, masking requirements, school mask mandates
geoengineering: geoengineering, geo-engineering, solar geoengineering, cloud seeding, weather modification, solar radiation management, solar radiation modification, stratospheric aerosol injection, chemtrails, climate engineering, sun dimming, weather manipulation
butterfly bushes: butterfly bushes, butterfly bush, buddleia, buddleja, buddleias, buddlejas, summer lilac
knotweed: Japanese knotweed, knotweed, Fallopia japonica, Reynoutria japonica, Asian knotweed
eucalyptus plantations: eucalyptus plantations, eucalyptus plantation, eucalyptus, eucalyptus trees, new eucalyptus plantations, eucalyptus planting, eucalyptus monocultures, eucalyptus cultivation
gold: gold, gold exports, gold export, gold imports, Russian gold, gold bullion, gold bars, raw gold, unrefined gold, gold doré, gold dore
iron ore: iron ore, iron ore exports, iron-ore, iron ore fines, iron ore pellets, raw iron ore
raw cashew nuts: raw cashew nuts, raw cashews, raw cashew, cashew nuts, cashews, cashew exports, unprocessed cashew nuts, raw cashew nut exports, cashew nut exports
shea nuts: shea nuts, shea nut, shea kernels, raw shea nuts, unprocessed shea nuts, shea nut exports
cotton: cotton, raw cotton, cotton exports, cotton imports, Xinjiang cotton, cotton products, cotton lint, cotton yarn
avocados: avocados, avocado, avocado imports, avocado exports, Mexican avocados, avocado shipments
motor fuel: motor fuel, motor fuels, gasoline exports, petrol exports, diesel exports, fuel exports, export of fuel, fuel imports, gasoline imports, diesel imports, Russian diesel, Russian gasoline, refined fuel exports
hazardous waste: hazardous waste, toxic waste, hazardous waste imports, hazardous waste exports, waste imports, waste exports, imported waste, waste shipments, foreign waste, garbage imports, rubbish imports, solid waste imports
# 0.28.0: more categories
bidis: bidi, bidis, beedi, beedis
kreteks: kretek, kreteks, clove cigarettes, clove cigarette
single cigarettes: single cigarettes, loose cigarettes, loosies, single sticks, single-stick cigarettes
synthetic nicotine: synthetic nicotine, tobacco-free nicotine, lab-made nicotine
absinthe: absinthe, absinth
kava: kava, kava kava, kava drinks
powdered alcohol: powdered alcohol, alcohol powder, powdered alcoholic drinks
alcohol deliveries: alcohol deliveries, alcohol delivery, home delivery of alcohol, delivery of alcoholic drinks
heroin: heroin
amphetamines: amphetamine, amphetamines, amphetamine sulphate
pregabalin: pregabalin, gabapentin, gabapentinoids
benzodiazepines: benzodiazepines, benzodiazepine, benzos, alprazolam, diazepam
pseudoephedrine: pseudoephedrine
ethylene oxide: ethylene oxide
dicamba: dicamba
ammonium nitrate: ammonium nitrate
PCBs: PCBs, polychlorinated biphenyls
parabens: parabens, paraben
triclosan: triclosan
methyl bromide: methyl bromide, bromomethane
caviar: caviar, sturgeon caviar, black caviar
whale meat: whale meat
peanuts: peanuts, peanut, peanut products
factory farming: factory farming, factory farms, intensive farming, intensive livestock farming, megafarms, mega-farms
sewage sludge: sewage sludge, biosolids, sludge spreading
manure spreading: manure spreading, manure, slurry spreading, muck spreading
piglet castration: piglet castration, castration of piglets, surgical castration of piglets
mulesing: mulesing, mulesed wool
hare coursing: hare coursing, coursing
bird hunting: bird hunting, bird shooting, songbird trapping, bird trapping, spring hunting
blast fishing: blast fishing, dynamite fishing, fish bombing, explosive fishing
pulse fishing: pulse fishing, electric pulse fishing, electrofishing, pulse trawling
gillnets: gillnets, gillnet, gill nets, set nets, gillnet fishing
coral harvesting: coral harvesting, coral mining, coral collection, coral trade, red coral
foraging: foraging, mushroom picking, mushroom foraging, wild mushroom picking, berry picking
stray dog culling: stray dog culling, culling of stray dogs, killing of stray dogs, stray dog cull
spearfishing: spearfishing, spear fishing, spearguns, speargun fishing
flammable cladding: flammable cladding, combustible cladding, aluminium composite panels, ACM cladding
skyscrapers: skyscrapers, high-rise buildings, high-rises, super-tall buildings, supertall skyscrapers
dams: dams, dam construction, hydroelectric dams, hydropower dams, dam projects
biofuels: biofuels, biofuel, biodiesel, agrofuels, crop-based biofuels
landfilling: landfilling, landfill, landfills, landfill sites
waste incineration: waste incineration, incinerators, incineration plants, waste-to-energy plants
destruction of unsold goods: destruction of unsold goods, destroying unsold goods, destruction of unsold clothing
radar detectors: radar detectors, radar detector, speed camera detectors, radar jammers
pavement parking: pavement parking, parking on pavements, sidewalk parking, parking on sidewalks
tinted windows: tinted windows, window tinting, tinted car windows, dark-tinted windows
shared bikes: shared bikes, dockless bikes, dockless bike-sharing, bike-sharing, bike sharing schemes
hotel toiletries: hotel toiletries, miniature toiletries, single-use toiletries, mini shampoo bottles, small toiletry bottles
signal jammers: signal jammers, jammers, phone jammers, jamming devices, GPS jammers
satellite phones: satellite phones, satellite phone, sat phones, satphones
hidden cameras: hidden cameras, spy cameras, hidden camera, covert cameras, spycams
pagers: pagers, pager, beepers
walkie-talkies: walkie-talkies, walkie-talkie, two-way radios, handheld radios
headphones: headphones, earphones, earbuds, headsets
short-video apps: short-video apps, short video apps, short-form video apps, short video platforms
online pharmacies: online pharmacies, online pharmacy, online sales of medicines, internet pharmacies, online drug sales
emotion recognition: emotion recognition, emotion detection, emotion recognition systems
tracking cookies: tracking cookies, third-party cookies, cookie walls
cross-border data transfers: cross-border data transfers, data transfers, data exports, international data transfers
internet cafés: internet cafés, internet cafes, cybercafés, cybercafes, internet café
ICOs: ICOs, initial coin offerings, initial coin offering, token sales
peer-to-peer lending: peer-to-peer lending, P2P lending, P2P platforms, P2P loans
social scoring: social scoring, social credit systems, social credit scores, social scoring systems
narcocorridos: narcocorridos, narcocorrido, narco ballads, narco music
twerking: twerking, twerk
belly dancing: belly dancing, belly dance, belly dancers
reality shows: reality shows, reality TV, reality show, reality television
horror films: horror films, horror movies, horror film, horror movie
caricatures: caricatures, caricature, satirical cartoons, political cartoons, satirical drawings
foreign words: foreign words, anglicisms, English words, loanwords, foreign-language terms
minarets: minarets, minaret, minaret construction
opinion polls: opinion polls, exit polls, election polls, publication of polls
child influencers: child influencers, kidfluencers, child YouTubers, child influencer
hoodies: hoodies, hoodie, hooded sweatshirts, hooded tops
jeans: jeans, denim jeans, skinny jeans, ripped jeans
camouflage clothing: camouflage clothing, camouflage, military fatigues, camouflage uniforms
beards: beards, beard, long beards
high heels: high heels, high-heeled shoes, stilettos, mandatory high heels
public urination: public urination, urinating in public, peeing in public
fortune telling: fortune telling, fortune-telling, fortune tellers, palm reading, tarot reading
witchcraft: witchcraft, sorcery, black magic
hitchhiking: hitchhiking, hitch-hiking, hitchhikers
door-to-door sales: door-to-door sales, door-to-door selling, doorstep selling, door-to-door salesmen
public displays of affection: public displays of affection, kissing in public, public kissing, holding hands in public
cross-dressing: cross-dressing, crossdressing, cross-dressers, imitating the opposite sex, impersonating the opposite sex
homework: homework, homework assignments
dowry: dowry, dowries, dowry payments, bride price
organ sales: organ sales, organ trade, organ trafficking, sale of organs, selling organs
human cloning: human cloning, reproductive cloning, cloning
gene editing: gene editing, genome editing, CRISPR, germline editing, gene-edited babies, gene-edited crops
blasphemy: blasphemy, blasphemous content, insulting religion, religious insults
hate speech: hate speech, hateful content, hate propaganda, incitement to hatred
disinformation: disinformation, fake news, misinformation, false information
prenatal sex determination: prenatal sex determination, sex-selective abortion, foetal sex determination, sex determination tests, sex selection
international adoption: international adoption, intercountry adoption, foreign adoptions, overseas adoption, adoptions by foreigners
pyramid schemes: pyramid schemes, pyramid scheme, Ponzi schemes, financial pyramids
multi-level marketing: multi-level marketing, MLM, network marketing, direct selling schemes
layoffs: layoffs, dismissals, redundancies, mass layoffs, firings
rent increases: rent increases, rent hikes, rent rises, rent increase
zero-hours contracts: zero-hours contracts, zero-hour contracts, zero hours contracts
body armour: body armour, body armor, bulletproof vests, ballistic vests, stab vests
grenades: grenades, hand grenades, grenade
martial arts weapons: martial arts weapons, nunchaku, nunchucks, throwing stars, shuriken
slingshots: slingshots, slingshot, catapults
depleted uranium munitions: depleted uranium munitions, depleted uranium, depleted uranium shells, DU ammunition
biological weapons: biological weapons, bioweapons, biological warfare, germ warfare
hollow-point bullets: hollow-point bullets, hollow points, dum-dum bullets, expanding bullets, hollow-point ammunition
mercenaries: mercenaries, private military companies, mercenary groups, PMCs
nuclear tests: nuclear tests, nuclear testing, nuclear weapons tests, nuclear test
cooking oil: cooking oil, edible oil, edible oils, vegetable oil, cooking oil exports
flour: flour, flour exports, wheat flour
potash: potash, potash exports, potassium fertilisers
urea: urea, urea exports, urea fertiliser
rosewood: rosewood, rosewood exports, rosewood logs
fodder: fodder, animal feed, livestock feed, hay, fodder exports
electricity exports: electricity exports, power exports, electricity export, exports of electricity
medical masks: medical masks, surgical masks, mask exports, N95 masks, protective masks
forced labour goods: forced labour goods, products made with forced labour, forced-labour products, goods made with forced labor
foreign investment: foreign investment, foreign investments, foreign direct investment, foreign investors
foreign land ownership: foreign land ownership, land sales to foreigners, foreign ownership of land, farmland sales, sale of agricultural land
high-denomination banknotes: high-denomination banknotes, large banknotes, high-value banknotes, 500-euro notes, large-denomination notes
bankers' bonuses: bankers' bonuses, bank bonuses, executive bonuses, bonus payments to bankers
chess: chess, chess games, chess tournaments
boxing: boxing, boxing matches, professional boxing
martial arts: martial arts, kickboxing, karate, kung fu, Muay Thai
mixed martial arts: mixed martial arts, MMA, MMA fights, cage fighting
wrestling: wrestling, wrestling matches, professional wrestling
yoga: yoga, yoga classes
ball games: ball games, playing ball, ball sports
horse racing: horse racing, horse races, horseracing, racehorses
motorsport: motorsport, motor racing, car racing, motorsport events
bungee jumping: bungee jumping, bungee jumps, bungee
rock climbing: rock climbing, mountain climbing, mountaineering, free climbing
karaoke: karaoke, karaoke bars, karaoke songs
poker: poker, poker games, poker tournaments
mahjong: mahjong, mah-jongg, mahjong parlours
playing cards: playing cards, card games, card playing
water pistols: water pistols, water guns, squirt guns, water pistol
gyms: gyms, gym, fitness centres, fitness centers, health clubs
fidget spinners: fidget spinners, fidget spinner
sledding: sledding, sledging, tobogganing, sleds
paintball: paintball, paintball games, airsoft
`);
