// Categories of things that governments ban or restrict, by a short common English
// name (event-model.md, `target`): an article in any language that bans
// "wegwerpvapes", "puffs" or "Einweg-E-Zigaretten" names the target "disposable vapes",
// so that reports in different languages name the same target alike. Lower case except
// acronyms, plural where natural. Each full locale maps every name to its own word forms
// in src/locales/<lang>/categories.ts; src/extract/categories.ts finds them in text.
// Built from general knowledge of what gets banned, not from any particular article.

export const CATEGORIES: readonly string[] = [
  // tobacco and nicotine
  "tobacco", "cigarettes", "e-cigarettes", "disposable vapes", "e-liquids", "flavoured e-cigarettes",
  "menthol cigarettes", "flavoured tobacco", "flavoured cigarettes", "nicotine pouches", "heated tobacco products",
  "cigars", "snus", "shisha", "chewing tobacco", "rolling tobacco", "smoking", "tobacco advertising",
  // alcohol and drinks
  "alcohol", "beer", "alcohol advertising", "energy drinks", "sugary drinks",
  // drugs and substances
  "cannabis", "kratom", "khat", "magic mushrooms", "nitrous oxide", "synthetic cannabinoids", "CBD", "hemp flowers", "HHC", "poppers",
  // food, farming and animals
  "foie gras", "fur", "fur farming", "mink farming", "glyphosate", "pesticides", "neonicotinoids", "GMOs", "palm oil", "trans fats",
  "lab-grown meat", "junk food advertising", "raw milk", "food dyes", "titanium dioxide", "shark fins", "dog meat", "cat meat",
  "ivory", "rhino horn", "circus animals", "trophy hunting", "bullfighting", "live animal exports", "battery cages",
  "bottom trawling", "whaling", "animal testing", "chewing gum", "exotic pets", "grain", "rice",
  "wheat", "onions", "tomatoes", "potatoes", "beef", "poultry", "pork", "sugar", "eggs", "maize", "fertilisers", "sunflower oil",
  // plastics, energy, environment and transport
  "single-use plastics", "plastic bags", "plastic straws", "plastic cutlery", "plastic plates", "plastic stirrers",
  "plastic cotton buds", "plastic balloon sticks", "plastic cups", "plastic bottles", "glass bottles", "plastic packaging",
  "expanded polystyrene food containers", "microbeads", "oxo-degradable plastics", "oxo-degradable plastic bags",
  "wet wipes", "sky lanterns", "coal", "combustion engine cars", "diesel cars", "gas boilers", "oil boilers",
  "incandescent light bulbs", "patio heaters", "leaf blowers", "wood stoves", "PFAS", "asbestos", "fracking",
  "deep-sea mining", "aircraft", "private jets", "short-haul flights", "cruise ships", "SUVs", "e-scooters",
  "fossil fuel advertising",
  // devices, telecoms and online services
  "mobile phones", "smartwatches", "laptops", "power banks", "social media", "messaging apps",
  "video games", "online games", "online gambling", "gambling", "sports betting", "gambling advertising", "slot machines", "loot boxes",
  "cryptocurrencies", "crypto mining", "crypto exchanges", "VPNs", "AI chatbots", "facial recognition", "deepfakes", "spyware", "drones",
  "telecom equipment", "5G equipment", "surveillance cameras", "semiconductors", "mobile internet", "internet",
  "pornography", "targeted advertising", "social commerce", "satellite dishes", "connected cars", "routers",
  "live streaming",
  // media, culture, dress and symbols
  "media outlets", "books", "music", "movies", "cinemas", "TV series", "newspapers", "concerts", "away fans", "LGBTQ content",
  "religious symbols", "face coverings", "abayas", "headscarves", "Nazi symbols", "protests", "public gatherings", "rainbow flags",
  // practices and services
  "short-term rentals", "Sunday trading", "cash", "surrogacy", "conversion therapy", "abortion", "gender-affirming care",
  "child marriage", "female genital mutilation", "corporal punishment", "begging", "prostitution", "ride-hailing",
  "private tutoring", "tanning beds", "skin-lightening products", "dangerous dog breeds", "XL bully dogs", "billboards",
  "short selling", "binary options",
  // weapons and pyrotechnics
  "weapons", "firearms", "assault weapons", "handguns", "ghost guns", "knives", "landmines", "cluster munitions", "fireworks",
  "pepper spray", "ammunition", "toy guns", "laser pointers", "nuclear weapons", "chemical weapons",
  // hunting, fishing, harvesting and extraction
  "hunting", "wolf hunting", "bear hunting", "duck hunting", "seal hunting", "fox hunting", "fishing", "eel fishing",
  "cod fishing", "sardine fishing", "tuna fishing", "shark fishing", "sea urchin fishing", "driftnet fishing",
  "logging", "deforestation", "mining", "metal mining", "gold mining", "open-pit mining", "sand mining",
  "uranium mining", "oil drilling", "offshore drilling", "peat",
  // food and agriculture
  "apricot kernels", "meat", "meat advertising", "dairy products", "seafood", "honey", "cocoa", "fruit", "vegetables",
  "soybeans", "horse meat", "bushmeat", "wildlife trade", "aspartame", "artificial sweeteners", "food additives",
  "plant-based meat", "plant-based milk", "antibiotics", "growth hormones", "chlorinated chicken", "fast food",
  "ultra-processed foods", "junk food", "nitrites",
  // chemicals, medicines and substances
  "chlorpyrifos", "paraquat", "atrazine", "chlorothalonil", "lead ammunition", "mercury", "bisphenol A", "bisphenols", "phthalates",
  "formaldehyde", "hydroquinone", "talc", "heavy fuel oil", "codeine", "tramadol", "fentanyl", "ephedrine",
  "melatonin", "ivermectin", "hydroxychloroquine", "opioids", "steroids", "cough syrups",
  // transport, places and urban life
  "cars", "trucks", "motorcycles", "motorcycle taxis", "tuk-tuks", "mopeds", "e-bikes", "fat bikes", "jet skis",
  "horse-drawn carriages", "night flights", "street vending", "nightclubs", "camping", "barbecues", "campfires",
  "bonfires", "stubble burning", "open burning", "street prayers", "loudspeakers", "public drinking", "pride parades",
  // goods and trade
  "second-hand clothes", "second-hand underwear", "used cars", "used tyres", "e-waste", "plastic waste", "scrap metal",
  "timber", "rare earths", "gallium", "germanium", "antimony", "graphite", "diamonds", "textiles", "luxury goods",
  "arms exports", "dual-use goods", "uranium", "oil", "natural gas", "vaccines", "vaccine mandates",
  // animals and plants
  "invasive species", "pangolins", "dog fighting", "cockfighting", "pigeon feeding", "cherry laurel",
  "greyhound racing", "dolphinariums", "ritual slaughter",
  // society, media and education
  "gender-neutral language", "flags", "communist symbols", "burkinis", "political advertising", "foreign funding",
  "NGOs", "religious groups", "homeschooling", "sex education", "critical race theory", "DEI programmes", "drag shows",
  "same-sex marriage", "polygamy", "cousin marriage",
  // digital and finance
  "e-commerce platforms", "crypto ATMs", "stablecoins", "NFTs", "buy now pay later", "dating apps",
  // health and body
  "cosmetic surgery", "tattoos", "piercings", "assisted dying",
  // energy and environment
  "nuclear power", "wind turbines", "solar panels", "gas stoves", "gravel gardens", "artificial turf", "glitter",
  "balloons", "confetti", "lawn watering", "swimming pool filling", "car washing", "irrigation",
  // housing and weapons
  "evictions", "stun guns",
  // heating, lighting, vehicles, leisure craft and disposables
  "fossil fuel heating", "open fireplaces", "air conditioning", "shop window lighting", "outdoor lighting", "electric cars", "old vehicles", "tour buses",
  "golf carts", "quad bikes", "snowmobiles", "hoverboards", "motorboats", "helicopters", "paragliders", "hot-air balloons",
  "microlight aircraft", "kites", "lawn mowers", "swimming", "off-road driving", "data centres", "golf courses", "snow cannons",
  "disposable nappies", "takeaway containers", "plastic sachets", "cigarette filters", "polystyrene", "microplastics", "charcoal", "kerosene",
  "diesel generators", "gas flaring",
  // additives, chemicals, medicines, drugs and consumer goods
  "potassium bromate", "brominated vegetable oil", "propylparaben", "oxybenzone", "chemical sunscreens", "water fluoridation", "lead paint", "cadmium",
  "PVC", "nitrates", "baby walkers", "infant formula advertising", "weight-loss drugs", "diet pills", "ketamine", "psychedelics",
  "xylazine", "nitazenes", "delta-8 THC", "betel nut", "contraceptives", "cosmetic fillers", "hair relaxers", "edible insects",
  "spirits", "wine", "moonshine", "button batteries", "magnetic toys", "water beads", "lithium batteries", "counterfeit goods",
  "counterfeit medicines", "dietary supplements", "painkillers", "homeopathy", "cosmetics", "sweets",
  // devices, online services, finance, media, culture, politics and work
  "tablets", "smart glasses", "AI-generated content", "end-to-end encryption", "SIM cards", "satellite internet", "online advertising", "influencer marketing",
  "crypto advertising", "crypto payments", "lotteries", "betting shops", "payday loans", "foreign currency", "podcasts", "foreign journalists",
  "comics", "anime", "foreign films", "rap music", "drill music", "raves", "strikes", "political parties",
  "opposition parties", "trade unions", "missionaries", "miniskirts", "make-up", "robocalls", "telemarketing", "junk fees",
  "surge pricing", "non-compete clauses", "child labour", "unpaid internships",
  // animals, traps and farming; weapons; metals and chip tools; tourism and housing
  "dogs", "cats", "cattle", "glue traps", "snares", "leghold traps", "fish farming", "salmon farming",
  "octopus farming", "krill fishing", "lobster fishing", "shellfish harvesting", "rodeos", "elephant rides", "puppy sales", "pet shops",
  "crossbows", "swords", "air guns", "high-capacity magazines", "explosives", "tear gas", "rubber bullets", "white phosphorus",
  "flares", "steel", "aluminium", "copper", "nickel", "bauxite", "lithium", "cobalt",
  "tungsten", "love locks", "key boxes", "wheeled suitcases", "street performers", "rough sleeping", "homeless encampments", "tourist groups",
  "second homes", "foreign home buyers", "new hotels",
  // 0.27.0: consumer goods, vehicles, foods, chemicals, drugs, animal practices, public-space conduct, events and symbols,
  // venues, advertising, finance, online services, weapons, medicine and society, plants, commodities
  "game consoles", "gas-powered garden equipment", "sex dolls", "selfie sticks", "disposable lighters", "coal stoves", "dashcams",
  "coffee capsules", "bottled water", "bicycles", "camper vans", "right-hand-drive vehicles", "self-driving cars", "petrol motorbikes",
  "street racing", "beer bikes", "leaded fuel", "liquids in hand luggage", "studded tyres", "ractopamine", "durian",
  "alcopops", "late-night alcohol sales", "drinks promotions", "DDT", "fluorinated gases", "chlorinated solvents", "cyanide",
  "acetamiprid", "rodenticides", "road salt", "flame retardants", "engineered stone", "cocaine", "methamphetamine", "MDMA",
  "opium poppy cultivation", "new psychoactive substances", "GHB", "bear bile", "donkey skins", "tail docking", "declawing", "sow stalls",
  "chick culling", "live poultry markets", "big cats", "badger culling", "bull running", "animal sacrifice", "wildlife feeding",
  "exotic skins", "spitting", "littering", "jaywalking", "loitering", "skateboarding", "public nudity", "swimwear in the street",
  "eating in the street", "graffiti", "honking", "dancing", "entering forests", "Halloween", "Valentine's Day", "beauty pageants",
  "pub crawls", "Quran burning", "flag burning", "Holocaust denial", "Z symbol", "sex shops", "strip clubs", "massage parlours",
  "beauty salons", "minimarkets", "vape shops", "cannabis shops", "drive-throughs", "dark stores", "prescription drug advertising",
  "advertising to children", "junk mail", "digital billboards", "carbon-neutral claims", "CFDs",
  "prediction markets", "fantasy sports", "share buybacks", "golden passports", "golden visas", "ransom payments",
  "stock trading by lawmakers", "CBDCs", "pirate sites", "loan apps", "AI companions", "addictive feeds", "suppressors",
  "knuckle-dusters", "flick knives", "machine guns", "blank guns", "autonomous weapons", "chokeholds", "death penalty", "virginity tests",
  "IVF", "circumcision", "girls' education", "transgender athletes", "mask mandates", "geoengineering", "butterfly bushes", "knotweed",
  "eucalyptus plantations", "gold", "iron ore", "raw cashew nuts", "shea nuts", "cotton", "avocados", "motor fuel", "hazardous waste",
  // 0.28.0: tobacco and nicotine; alcohol and drinks; drugs and substances; food, farming and animals; plastics, energy, environment and transport; devices, telecoms and online services; media, culture, dress and symbols; society and practices; weapons and security; trade and commodities; sport and leisure
  "bidis", "kreteks", "single cigarettes", "synthetic nicotine", "absinthe", "kava", "powdered alcohol", "alcohol deliveries",
  "heroin", "amphetamines", "pregabalin", "benzodiazepines", "pseudoephedrine", "ethylene oxide", "dicamba", "ammonium nitrate",
  "PCBs", "parabens", "triclosan", "methyl bromide", "caviar", "whale meat", "peanuts", "factory farming", "sewage sludge",
  "manure spreading", "piglet castration", "mulesing", "hare coursing", "bird hunting", "blast fishing", "pulse fishing",
  "gillnets", "coral harvesting", "foraging", "stray dog culling", "spearfishing", "flammable cladding", "skyscrapers",
  "dams", "biofuels", "landfilling", "waste incineration", "destruction of unsold goods", "radar detectors", "pavement parking",
  "tinted windows", "shared bikes", "hotel toiletries", "signal jammers", "satellite phones", "hidden cameras", "pagers",
  "walkie-talkies", "headphones", "short-video apps", "online pharmacies", "emotion recognition", "tracking cookies",
  "cross-border data transfers", "internet cafés", "ICOs", "peer-to-peer lending", "social scoring", "narcocorridos",
  "twerking", "belly dancing", "reality shows", "horror films", "caricatures", "foreign words", "minarets", "opinion polls",
  "child influencers", "hoodies", "jeans", "camouflage clothing", "beards", "high heels", "public urination", "fortune telling",
  "witchcraft", "hitchhiking", "door-to-door sales", "public displays of affection", "cross-dressing", "homework",
  "dowry", "organ sales", "human cloning", "gene editing", "blasphemy", "hate speech", "disinformation", "prenatal sex determination",
  "international adoption", "pyramid schemes", "multi-level marketing", "layoffs", "rent increases", "zero-hours contracts",
  "body armour", "grenades", "martial arts weapons", "slingshots", "depleted uranium munitions", "biological weapons",
  "hollow-point bullets", "mercenaries", "nuclear tests", "cooking oil", "flour", "potash", "urea", "rosewood", "fodder",
  "electricity exports", "medical masks", "forced labour goods", "foreign investment", "foreign land ownership", "high-denomination banknotes",
  "bankers' bonuses", "chess", "boxing", "martial arts", "mixed martial arts", "wrestling", "yoga", "ball games", "horse racing",
  "motorsport", "bungee jumping", "rock climbing", "karaoke", "poker", "mahjong", "playing cards", "water pistols",
  "gyms", "fidget spinners", "sledding", "paintball",
];

export const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

/**
 * Categories a named service or product belongs to ("TikTok" is social media, "ChatGPT" an AI
 * chatbot): after such a name, the singular kind with its definite article names it again
 * ("veta el chatbot de OpenAI", "l'utilisation du réseau social chinois").
 */
export const NAMED_KINDS: ReadonlySet<string> = new Set(["social media", "messaging apps", "AI chatbots", "video games", "online games",
  "dating apps", "e-commerce platforms", "media outlets", "newspapers", "VPNs", "crypto exchanges", "live streaming"]);

/**
 * The last words of categories whose reports name the makers or outlets instead ("Chinese
 * telecom equipment" is Huawei and ZTE; "Chinese apps" are named apps, "Russian media" RT and
 * Sputnik): a demonym before them describes, it does not name a trade by its origin. English,
 * as the categories' names are (the English frames' product and cue nouns say the same).
 */
export const VENDOR_NAMED_HEADS: ReadonlySet<string> = new Set(["equipment", "devices", "components", "hardware", "software",
  "cameras", "phones", "smartphones", "handsets", "drones", "chips", "technology", "systems", "routers", "modules", "vehicles",
  "cars", "batteries", "apps", "platforms", "services", "websites", "channels", "outlets", "newspapers", "media", "networks", "games"]);

/**
 * A locale's category table, written one category a line: "name: form, form, ...".
 * Forms follow the locale conventions: a trailing "*" matches any continuation of the
 * word, a leading "*" the end of a compound ("*zigaretten" = Einwegzigaretten).
 * Blank lines and lines starting with "#" are skipped.
 */
export function categoryTable(src: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const raw of src.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const colon = line.indexOf(": ");
    if (colon < 0) throw new Error(`category line without "name: forms": ${line}`);
    const name = line.slice(0, colon).trim();
    const forms = line.slice(colon + 2).split(",").map((f) => f.trim()).filter(Boolean);
    if (out[name]) throw new Error(`category listed twice: ${name}`);
    out[name] = forms;
  }
  return out;
}
