// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Danish forms.
// Danish writes compounds as one word and adds its article as an ending ("mobiltelefonerne"): stems end in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobak*, tobaksvarer*
cigarettes: cigaret*
e-cigarettes: e-cigaret*, elektroniske cigaretter*, vape*, damper*
disposable vapes: engangs-e-cigaret*, engangsvape*, engangs-vape*, engangsdamper*
flavoured e-cigarettes: e-cigaretter med smag*, smagsstoffer i e-cigaretter*
menthol cigarettes: mentolcigaret*
nicotine pouches: nikotinposer*, nikotinpose*
smoking: rygning*
alcohol: alkohol*
beer: øl
energy drinks: energidrik*
cannabis: cannabis, hash
single-use plastics: engangsplast*
plastic bags: plastikposer*, plastikpose*, plastposer*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, telefoner*, smartphones*
social media: sociale medier*
messaging apps: beskedapps*, beskedtjenester*
video games: computerspil*, videospil*
gambling: gambling, spil om penge
online gambling: onlinespil*, online gambling
cryptocurrencies: kryptovaluta*
VPNs: VPN*
AI chatbots: chatbots*, AI-chatbots*
drones: droner*, drone*
pornography: pornografi*, porno*
face coverings: burka*, niqab*, tildækningsforbud*
fireworks: fyrværkeri*
internet: internettet, internetadgang*
gas boilers: gasfyr*
fur: pelsdyr*, pels*
mink farming: minkavl*, minkfarm*, minkproduktion*
public gatherings: forsamlinger*, sammenkomster*
cinemas: biografer*, biograf
Sunday trading: søndagsåbent
`);
