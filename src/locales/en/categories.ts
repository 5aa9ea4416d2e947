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
fur: fur, furs, fur farming, fur farms, fur sales, fur products, animal fur
glyphosate: glyphosate, Roundup
pesticides: pesticide, pesticides, herbicides, insecticides
neonicotinoids: neonicotinoid, neonicotinoids, neonics
GMOs: GMO, GMOs, genetically modified crops, genetically modified organisms, genetically modified food, genetically modified foods, GM crops, GM food, GM foods, GM maize
palm oil: palm oil
trans fats: trans fat, trans fats, trans fatty acids
lab-grown meat: cultivated meat, lab-grown meat, lab grown meat, cultured meat, cell-cultured meat, synthetic meat
junk food advertising: junk food advertising, junk food ads, junk food adverts, junk food marketing
raw milk: raw milk, unpasteurised milk, unpasteurized milk
food dyes: food dyes, food dye, food colourings, food colorings, artificial dyes, artificial food dyes
titanium dioxide: titanium dioxide, E171
shark fins: shark fin, shark fins, shark fin soup
dog meat: dog meat
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
plastic bags: plastic bag, plastic bags, plastic carrier bags, plastic shopping bags, carrier bags, polythene bags, plastic-bag, plastic-bags
plastic straws: plastic straw, plastic straws, drinking straws
plastic cutlery: plastic cutlery, plastic forks, plastic knives, plastic spoons, plastic utensils, disposable cutlery
plastic plates: plastic plates, plastic plate, disposable plates
plastic stirrers: plastic stirrers, drink stirrers, stirrers, plastic drink stirrers
plastic cotton buds: plastic cotton buds, cotton buds, plastic-stemmed cotton buds, cotton swabs, plastic cotton swabs, q-tips
plastic balloon sticks: plastic balloon sticks, balloon sticks
plastic cups: plastic cups, plastic cup, disposable cups, single-use cups, coffee cups
plastic bottles: plastic bottles, plastic bottle, plastic water bottles, PET bottles
plastic packaging: plastic packaging, plastic wrapping, plastic wrap, plastic packaging for fruit and vegetables
expanded polystyrene food containers: expanded polystyrene food containers, expanded polystyrene, polystyrene containers, polystyrene food containers, styrofoam, styrofoam containers, Styrofoam food containers, polystyrene cups, foam containers, EPS containers, expanded polystyrene food and beverage containers, food containers made of expanded polystyrene, expanded polystyrene containers
microbeads: microbeads, plastic microbeads
oxo-degradable plastics: oxo-degradable plastics, oxo-degradable plastic, oxo-degradable products
oxo-degradable plastic bags: oxo-degradable plastic bags, oxo-degradable bags
wet wipes: wet wipes, plastic wet wipes, wipes containing plastic
sky lanterns: sky lanterns, Chinese lanterns, sky lantern
coal: coal, coal power, coal-fired power, coal-fired power plants, coal plants, coal power plants, coal mining
combustion engine cars: combustion engine cars, combustion-engine cars, internal combustion engine cars, combustion engines, internal combustion engines, petrol cars, gasoline cars, petrol and diesel cars, gas-powered cars, fossil fuel cars, new petrol and diesel cars
diesel cars: diesel cars, diesel vehicles, diesel car, older diesel cars
gas boilers: gas boilers, gas boiler, gas heating
oil boilers: oil boilers, oil heating, oil-fired boilers, oil heaters
incandescent light bulbs: incandescent light bulbs, incandescent bulbs, incandescent lamps, halogen bulbs, halogen lamps, fluorescent lamps
patio heaters: patio heaters, outdoor heaters, terrace heaters
leaf blowers: leaf blowers, leaf blower, gas-powered leaf blowers
wood stoves: wood stoves, wood-burning stoves, wood burners, wood burning stoves, log burners, wood fires
PFAS: PFAS, forever chemicals, PFOA, PFOS
asbestos: asbestos
fracking: fracking, hydraulic fracturing, shale gas extraction
deep-sea mining: deep-sea mining, deep sea mining, seabed mining
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
online games: online games, online gaming, online game
online gambling: online gambling, online casinos, online betting, online gaming sites, online casino, betting sites, gambling sites, gambling websites, betting websites, betting apps, gambling apps
gambling: gambling, casinos, betting, gambling advertising, gambling ads
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
drones: drone, drones, unmanned aerial vehicles, UAVs
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
face veils: face veils, face veil, full-face veils, full face veils, burqa, burqas, burka, burkas, niqab, niqabs, face coverings, full-face coverings
abayas: abaya, abayas, qamis
headscarves: headscarf, headscarves, hijab, hijabs, Islamic headscarf
Nazi symbols: Nazi symbols, swastika, swastikas, Nazi salute, Nazi flags, Hitler salute
protests: protests, protest, demonstrations, rallies, public gatherings
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
landmines: landmines, land mines, anti-personnel mines, anti-personnel landmines
cluster munitions: cluster munitions, cluster bombs
fireworks: fireworks, firework, firecrackers, pyrotechnics, consumer fireworks
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
`);
