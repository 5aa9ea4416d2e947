// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Polish forms.
// Polish inflects every noun by case ("telefony", "telefonów", "telefonami"): forms are stems ending in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tytoń*, tytoni*, wyroby tytoniowe, wyrobów tytoniowych
cigarettes: papieros*
e-cigarettes: e-papieros*, papierosy elektroniczne, papierosów elektronicznych, e-fajk*, vape*
disposable vapes: jednorazowe e-papieros*, jednorazowych e-papieros*, jednorazowymi e-papieros*, jednorazowe papierosy elektroniczne, jednorazowych papierosów elektronicznych, jednorazówk*
flavoured e-cigarettes: aromatyzowane e-papieros*, aromatyzowanych e-papieros*, smakowe e-papieros*, smakowych e-papieros*
menthol cigarettes: papierosy mentolowe, papierosów mentolowych, mentolowe papieros*, mentolowych papieros*
nicotine pouches: saszetki nikotynowe, saszetek nikotynowych, woreczki nikotynowe, woreczków nikotynowych
smoking: palenie*
alcohol: alkohol*
beer: piwo, piwa, piwem
energy drinks: napoje energetyczne, napojów energetycznych, napojami energetycznymi, napoje energetyzujące, napojów energetyzujących, energetyk*
cannabis: marihuan*, konopi*
single-use plastics: jednorazowe plastik*, jednorazowego plastiku, jednorazowych plastik*, plastiku jednorazowego, jednorazowe tworzyw*, jednorazowych tworzyw*
plastic bags: torby plastikowe, torebki foliowe, torebek foliowych, toreb plastikowych, reklamów*
mobile phones: telefony komórkowe, telefonów komórkowych, telefonami komórkowymi, telefon komórkowy, komórk*, smartfon*, telefon*
social media: media społecznościowe, mediów społecznościowych, mediach społecznościowych, serwisy społecznościowe, serwisów społecznościowych
messaging apps: komunikator*
video games: gry komputerowe, gier komputerowych, gry wideo, gier wideo
gambling: hazard*
cryptocurrencies: kryptowalut*
VPNs: VPN*
AI chatbots: chatbot*
drones: dron*
pornography: pornografi*
fireworks: fajerwerk*, petard*
internet: internet*
fur: futer*
fur farming: fermy futerkowe, ferm futerkowych, hodowli zwierząt futerkowych
grain: zboż*, ziarn*
wheat: pszenic*
maize: kukurydz*
sugar: cukr*, cukier
honey: miód, miod*
poultry: drób, drob*, mięso drobiowe, mięsa drobiowego
beef: wołowin*
pork: wieprzowin*
eggs: jaja, jajek, jajka, jaj
fruit: owoc*
vegetables: warzyw*
sunflower oil: olej słonecznikow*, oleju słonecznikowego
coal: węgiel, węgl*
glyphosate: glifosat*
pesticides: pestycyd*, środki ochrony roślin, środków ochrony roślin
neonicotinoids: neonikotynoid*
GMOs: GMO, organizmy genetycznie modyfikowane, organizmów genetycznie modyfikowanych, żywność modyfikowan*, żywności modyfikowanej genetycznie
asbestos: azbest*
fishing: połowów, połowu, rybołówstw*
hunting: polowa*, myślistw*
abortion: aborcj*
protests: demonstracj*, manifestacj*
public gatherings: zgromadzeń publicznych, zgromadzenia publiczne, zgromadzeń, zgromadzenia
cinemas: kina, kin, kinach
Sunday trading: handel w niedziel*, handlu w niedziel*, handel w niedzielę
e-scooters: hulajnog*
combustion engine cars: samochody spalinowe, samochodów spalinowych, aut spalinowych, auta spalinowe
cash: gotówk*
sports betting: zakłady bukmacherskie, zakładów bukmacherskich
nitrous oxide: podtlenek azotu, podtlenku azotu, gaz rozweselający, gazu rozweselającego
`);
