// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Swedish forms.
// Swedish writes compounds as one word and adds its article as an ending ("mobiltelefonerna"): stems end in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobak, tobaken, tobaksvaror*, tobaksprodukter*
cigarettes: cigarett*
e-cigarettes: e-cigarett*, elcigarett*, elektroniska cigaretter*, vape*, vejp*
disposable vapes: engångs-e-cigarett*, engångsvape*, engångs-vape*, engångsvejp*, engångscigarett*
e-liquids: e-juice*, e-vätsk*, påfyllningsvätsk*
flavoured e-cigarettes: smaksatta e-cigaretter*, e-cigaretter med smak*
menthol cigarettes: mentolcigarett*
flavoured tobacco: smaksatt tobak*
nicotine pouches: nikotinpåsar*, nikotinpåse*, vitt snus, tobaksfritt snus
heated tobacco products: upphettade tobaksprodukter*
cigars: cigarr*, cigarill*
snus: snus, snuset, snusning*
shisha: vattenpip*, shisha*
chewing tobacco: tuggtobak*
smoking: rökning*, rökförbud*
tobacco advertising: tobaksreklam*
alcohol: alkohol, alkoholen, alkoholhaltiga drycker*, sprit, spriten, spritdrycker*
beer: öl
alcohol advertising: alkoholreklam*
energy drinks: energidryck*
sugary drinks: läsk, läsken, sockerdryck*, söta drycker*
cannabis: cannabis, hasch, marijuana
kratom: kratom
magic mushrooms: magiska svampar*, psilocybin*
nitrous oxide: lustgas*
synthetic cannabinoids: syntetiska cannabinoider*
CBD: CBD, cbd-olja*
HHC: HHC
foie gras: foie gras, gåslever*
fur: päls, pälsar, pälsen, pälsverk*, pälshandel*
fur farming: pälsdjursuppfödning*, pälsfarm*
mink farming: minkfarm*, minkuppfödning*
glyphosate: glyfosat*
pesticides: bekämpningsmedel*, pesticid*
neonicotinoids: neonikotinoid*
GMOs: GMO, genmodifierade grödor*, genmodifierade organismer*
palm oil: palmolja*
trans fats: transfett*
lab-grown meat: labbodlat kött, odlat kött, labbkött*
raw milk: opastöriserad mjölk*, råmjölk*
titanium dioxide: titandioxid*
shark fins: hajfenor*, hajfena*
dog meat: hundkött*
cat meat: kattkött*
ivory: elfenben*
circus animals: cirkusdjur*, vilda djur på cirkus*
trophy hunting: troféjakt*
bullfighting: tjurfäktning*
live animal exports: export av levande djur*, djurtransporter*
battery cages: burhöns*, burhönsdrift*
bottom trawling: bottentrålning*
whaling: valfångst*
animal testing: djurförsök*
grain: spannmål*
wheat: vete, vetet, veteexport*
sugar: socker, sockret
eggs: ägg, äggen
single-use plastics: engångsplast*
plastic bags: plastpåsar*, plastpåse*, plastkassar*, plastkasse*, bärkassar*
plastic straws: plastsugrör*, sugrör*
plastic cutlery: plastbestick*
plastic bottles: plastflask*
microbeads: mikroplast i kosmetika, mikrokulor*, plastmikrokulor*
sky lanterns: rislampor*, himmelslykt*
coal: kolkraft*, kolkraftverk*, stenkol*
combustion engine cars: bensin- och dieselbilar*, fossilbilar*, förbränningsmotor*, bensinbilar*
diesel cars: dieselbil*
gas boilers: gaspanna*, gaspannor*
oil boilers: oljepanna*, oljepannor*
incandescent light bulbs: glödlamp*
leaf blowers: lövblås*
PFAS: PFAS
asbestos: asbest*
fracking: fracking*, skiffergas*
private jets: privatjet*, privatflyg*
e-scooters: elsparkcykl*, elsparkcykel*, elsparkar*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, mobilerna, telefoner*, smartphones*, mobilförbud*
smartwatches: smartklock*
social media: sociala medier*
messaging apps: meddelandeapp*, chattapp*
video games: datorspel*, videospel*, tv-spel*
online games: onlinespel*, nätspel*
online gambling: nätkasino*, onlinekasino*, onlinecasino*
gambling: spel om pengar, hasardspel*, spelbolag*, kasino*, casino*
sports betting: sportspel*, vadslagning*
slot machines: spelautomat*
loot boxes: lootlådor*, loot boxes
cryptocurrencies: kryptovaluta, kryptovalutan, kryptovalutor*
crypto mining: kryptobrytning*, kryptomining*, kryptovalutabrytning*
VPNs: VPN*
AI chatbots: chattbott*, chatbot*, AI-chattbott*
facial recognition: ansiktsigenkänning*
spyware: spionprogram*
drones: drönare*
pornography: pornografi*, porr*
face coverings: burka*, niqab*, heltäckande slöj*, slöjförbud*
headscarves: huvudduk*, slöja, slöjan, slöjor*
Nazi symbols: nazistiska symboler*, hakkors*
fireworks: fyrverkeri*, smällare*
firearms: skjutvapen*, halvautomatiska vapen*
knives: kniv*
short-term rentals: korttidsuthyrning*, airbnb-uthyrning*
conversion therapy: konverteringsterapi*
abortion: abort*
begging: tiggeri*, tiggeriförbud*
prostitution: prostitution*, sexköp*
tanning beds: solarier*, solarium*
surrogacy: surrogatmödraskap*
hunting: jakt, jakten
wolf hunting: vargjakt*, licensjakt på varg*
bear hunting: björnjakt*
logging: avverkning*, skogsavverkning*
uranium mining: uranbrytning*, uranbrytningen
glitter: glitter
dating apps: dejtingapp*
pride parades: prideparad*, pridetåg*, pridefestival*
protests: demonstrationer, demonstrationerna, protester, protesterna, protestmöten
public gatherings: sammankomster*, allmänna sammankomster, offentliga tillställningar
cinemas: biografer*, biograf
Sunday trading: söndagsöppet
books: böcker, böckerna
rainbow flags: regnbågsflagg*
nuclear power: kärnkraft*
internet: internet, internetuppkoppling*
mobile internet: mobilt internet, mobilnät*
cash: kontanter*
pepper spray: pepparspray*
cluster munitions: klusterammunition*, klusterbomb*
`);
