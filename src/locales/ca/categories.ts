// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Catalan forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabac, productes del tabac
cigarettes: cigarreta, cigarretes, cigarret, cigarrets
e-cigarettes: cigarreta electrònica, cigarretes electròniques, vapejadors, vapejador, vapers
disposable vapes: vapejadors d'un sol ús, cigarretes electròniques d'un sol ús, vapers d'un sol ús
smoking: fumar
alcohol: alcohol, begudes alcohòliques
beer: cervesa, cerveses
energy drinks: begudes energètiques
cannabis: cànnabis, marihuana
single-use plastics: plàstics d'un sol ús, plàstic d'un sol ús
plastic bags: bosses de plàstic, bossa de plàstic
plastic straws: palletes de plàstic
mobile phones: mòbils, mòbil, telèfons mòbils, telèfon mòbil, telèfons, telèfon, telèfons intel·ligents, smartphones
social media: xarxes socials, xarxa social
messaging apps: aplicacions de missatgeria
video games: videojocs, videojoc
online gambling: apostes en línia, joc en línia
gambling: joc, apostes
cryptocurrencies: criptomonedes, criptomoneda
VPNs: VPN
AI chatbots: xatbots, xatbot
drones: drons, dron
pornography: pornografia
movies: pel·lícules
public gatherings: concentracions, aglomeracions
cinemas: cinemes
music: música
face coverings: burca, burques, niqab, vel integral
headscarves: vel islàmic, hijab
firearms: armes de foc
fireworks: petards, focs artificials, pirotècnia
internet: internet
short-term rentals: pisos turístics, habitatges d'ús turístic, lloguer turístic
mink farming: granges de visons
`);
