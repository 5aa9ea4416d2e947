// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Norwegian (bokmål) forms.
// Norwegian writes compounds as one word and adds its article as an ending ("mobiltelefonene"): stems end in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobakk*
cigarettes: sigarett*
e-cigarettes: e-sigarett*, elektroniske sigaretter*, vape*, damp*
disposable vapes: engangs-e-sigarett*, engangsvape*, engangsdamp*
menthol cigarettes: mentolsigarett*
nicotine pouches: nikotinposer*, snus uten tobakk
snus: snus
smoking: røyking*
alcohol: alkohol*
beer: øl
energy drinks: energidrikk*
cannabis: cannabis, hasj
single-use plastics: engangsplast*
plastic bags: plastposer*, plastpose*, plastikkposer*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, telefoner*, smarttelefon*
social media: sosiale medier*
messaging apps: meldingsapp*, meldingstjenest*
video games: dataspill*, videospill*
gambling: pengespill*
cryptocurrencies: kryptovaluta*
VPNs: VPN*
AI chatbots: chatboter*, KI-chatbot*
drones: droner*, drone*
pornography: pornografi*, porno*
face coverings: burka*, nikab*, niqab*
fireworks: fyrverkeri*
internet: internett*
fur: pelsdyr*
mink farming: minkfarm*, minkoppdrett*
public gatherings: samlinger*, arrangementer*
cinemas: kinoer*, kinosaler
`);
