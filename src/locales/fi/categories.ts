// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Finnish forms.
// Finnish inflects every noun by case ("kännykät", "kännyköiden", "kännyköitä"): each form is a stem ending in "*".
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tupak*
cigarettes: savukk*, savuke*
e-cigarettes: sähkösavuk*, sähkötupak*, vape*
disposable vapes: kertakäyttöiset sähkösavuk*, kertakäyttöisten sähkösavuk*, kertakäyttöisiä sähkösavuk*, kertakäyttöinen sähkösavuk*, kertakäyttövape*, kertakäyttöiset vape*
flavoured e-cigarettes: makuaine*
menthol cigarettes: mentolisavuk*
nicotine pouches: nikotiinipussi*
smoking: tupakointi*
alcohol: alkoholi*
beer: olut*, oluen
energy drinks: energiajuom*
cannabis: kannabi*
single-use plastics: kertakäyttömuovi*, kertakäyttöiset muovi*, kertakäyttöisten muovi*
plastic bags: muovipussi*, muovikass*
mobile phones: kännyk*, kännykä*, matkapuhelim*, puhelim*, mobiililaitt*, älypuhelim*
social media: sosiaalinen media, sosiaalisen median, sosiaaliseen mediaan, sosiaalista mediaa, somepalvelu*
messaging apps: viestisovellu*, pikaviestisovellu*
video games: videopel*, tietokonepel*
gambling: rahapel*, uhkapel*
cryptocurrencies: kryptovaluut*
VPNs: VPN*
AI chatbots: tekoälychatbot*, chatbot*
drones: drooni*, lennokki*
pornography: pornografi*, porno*
fireworks: ilotulitt*
internet: internetyhteyk*, interneti*
fur farming: turkistarhau*
public gatherings: kokoontumi*, yleisötilaisuu*
cinemas: elokuvateatter*
combustion engine cars: polttomoottoriaut*, bensiini- ja dieselaut*, bensiiniaut*
`);
