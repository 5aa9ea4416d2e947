// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Polish forms.
// Polish inflects every noun by case ("telefony", "telefonów", "telefonami"): one-word forms are
// stems ending in "*"; a phrase lists the cases of its first words, its last word a stem ("*" opens
// only the last word of a form). A stem must not start a common unrelated word: "owoc*" would
// read "owocny", "cukr*" "cukrzyca", "film*" "filmowanie", "protest*" "protestancki", "ogniska"
// are also outbreaks ("ogniska ASF"), so those are listed by their cases or in phrases.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tytoń*, tytoni*, wyroby tytoniow*, wyrobów tytoniow*, wyrobami tytoniow*, wyrobach tytoniow*, produkty tytoniow*, produktów tytoniow*, produktami tytoniow*
cigarettes: papieros*
e-cigarettes: e-papieros*, papierosy elektroniczn*, papierosów elektroniczn*, papierosami elektroniczn*, papierosach elektroniczn*, papierosom elektroniczn*, papieros elektroniczn*, papierosa elektroniczn*, papierosem elektroniczn*, elektroniczny papieros*, elektronicznego papieros*, elektronicznemu papieros*, elektronicznym papieros*, elektroniczne papieros*, elektronicznych papieros*, elektronicznymi papieros*, e-fajk*, vape*, vaping*
disposable vapes: jednorazowy e-papieros*, jednorazowego e-papieros*, jednorazowemu e-papieros*, jednorazowym e-papieros*, jednorazowe e-papieros*, jednorazowych e-papieros*, jednorazowymi e-papieros*, e-papierosy jednorazow*, e-papierosów jednorazow*, e-papierosami jednorazow*, e-papierosach jednorazow*, e-papierosom jednorazow*, e-papieros jednorazow*, e-papierosa jednorazow*, jednorazowy elektroniczny papieros*, jednorazowego elektronicznego papieros*, jednorazowemu elektronicznemu papieros*, jednorazowym elektronicznym papieros*, jednorazowe elektroniczne papieros*, jednorazowych elektronicznych papieros*, jednorazowymi elektronicznymi papieros*, papierosy elektroniczne jednorazow*, papierosów elektronicznych jednorazow*, papierosami elektronicznymi jednorazow*, jednorazówk*, jednorazowy vape*, jednorazowego vape*, jednorazowemu vape*, jednorazowym vape*, jednorazowe vape*, jednorazowych vape*, jednorazowymi vape*
e-liquids: e-liquid*, liquid*, płyny do e-papierosów, płyny do papierosów elektronicznych, płyny do e-papierosa, płynów do e-papierosów, płynów do papierosów elektronicznych, płynów do e-papierosa, płynami do e-papierosów, płynami do papierosów elektronicznych, płynami do e-papierosa, płyn do e-papierosów, płyn do papierosów elektronicznych, płyn do e-papierosa, płynu do e-papierosów, płynu do papierosów elektronicznych, płynu do e-papierosa, płyny nikotynow*, płynów nikotynow*, płynami nikotynow*
flavoured e-cigarettes: aromatyzowany e-papieros*, aromatyzowanego e-papieros*, aromatyzowanemu e-papieros*, aromatyzowanym e-papieros*, aromatyzowane e-papieros*, aromatyzowanych e-papieros*, aromatyzowanymi e-papieros*, smakowy e-papieros*, smakowego e-papieros*, smakowemu e-papieros*, smakowym e-papieros*, smakowe e-papieros*, smakowych e-papieros*, smakowymi e-papieros*, e-papierosy smakow*, e-papierosy aromatyzowan*, e-papierosów smakow*, e-papierosów aromatyzowan*, e-papierosami smakow*, e-papierosami aromatyzowan*, e-papierosach smakow*, e-papierosach aromatyzowan*, e-papierosom smakow*, e-papierosom aromatyzowan*, e-papieros smakow*, e-papieros aromatyzowan*, e-papierosa smakow*, e-papierosa aromatyzowan*, smakowy liquid*, smakowego liquid*, smakowemu liquid*, smakowym liquid*, smakowe liquid*, smakowych liquid*, smakowymi liquid*, aromatyzowany liquid*, aromatyzowanego liquid*, aromatyzowanemu liquid*, aromatyzowanym liquid*, aromatyzowane liquid*, aromatyzowanych liquid*, aromatyzowanymi liquid*, liquidy smakow*, liquidów smakow*
menthol cigarettes: papierosy mentolow*, papierosów mentolow*, papierosami mentolow*, papierosach mentolow*, papierosom mentolow*, papieros mentolow*, papierosa mentolow*, papierosem mentolow*, mentolowy papieros*, mentolowego papieros*, mentolowemu papieros*, mentolowym papieros*, mentolowe papieros*, mentolowych papieros*, mentolowymi papieros*, papierosy z mentolem, papierosów z mentolem
flavoured tobacco: tytoń aromatyzowan*, tytoń smakow*, tytoniu aromatyzowan*, tytoniu smakow*, tytoniem aromatyzowan*, tytoniem smakow*, aromatyzowany tyto*, aromatyzowanego tyto*, aromatyzowanemu tyto*, aromatyzowanym tyto*, aromatyzowane tyto*, aromatyzowanych tyto*, aromatyzowanymi tyto*, smakowy tyto*, smakowego tyto*, smakowemu tyto*, smakowym tyto*, smakowe tyto*, smakowych tyto*, smakowymi tyto*, wyroby tytoniowe aromatyzowan*, wyroby tytoniowe smakow*, wyrobów tytoniowych aromatyzowan*, wyrobów tytoniowych smakow*, wyrobami tytoniowymi aromatyzowan*, wyrobami tytoniowymi smakow*
flavoured cigarettes: papierosy aromatyzowan*, papierosy smakow*, papierosów aromatyzowan*, papierosów smakow*, papierosami aromatyzowan*, papierosami smakow*, aromatyzowany papieros*, aromatyzowanego papieros*, aromatyzowanemu papieros*, aromatyzowanym papieros*, aromatyzowane papieros*, aromatyzowanych papieros*, aromatyzowanymi papieros*, smakowy papieros*, smakowego papieros*, smakowemu papieros*, smakowym papieros*, smakowe papieros*, smakowych papieros*, smakowymi papieros*, papierosy z dodatkami smakowymi, papierosy z aromatem, papierosy z aromatami, papierosy z charakterystycznym aromatem, papierosów z dodatkami smakowymi, papierosów z aromatem, papierosów z aromatami, papierosów z charakterystycznym aromatem
nicotine pouches: saszetki nikotynow*, saszetek nikotynow*, saszetkami nikotynow*, saszetkach nikotynow*, saszetka nikotynow*, saszetkę nikotynow*, woreczki nikotynow*, woreczków nikotynow*, woreczkami nikotynow*, woreczek nikotynow*, nikotynowa saszet*, nikotynowej saszet*, nikotynową saszet*, nikotynowe saszet*, nikotynowych saszet*, nikotynowym saszet*, nikotynowymi saszet*, poduszeczki nikotynow*, poduszeczek nikotynow*, saszetki z nikotyną, saszetek z nikotyną, snus beztytoniow*, snusu beztytoniow*
heated tobacco products: tytoń podgrzewan*, tytoniu podgrzewan*, tytoniem podgrzewan*, podgrzewany tyto*, podgrzewanego tyto*, podgrzewanemu tyto*, podgrzewanym tyto*, podgrzewane tyto*, podgrzewanych tyto*, podgrzewanymi tyto*, wyroby tytoniowe podgrzewan*, wyrobów tytoniowych podgrzewan*, wyrobami tytoniowymi podgrzewan*, podgrzewacze tytoniu, podgrzewaczy tytoniu, podgrzewaczami tytoniu, IQOS, nowatorskie wyroby tytoniowe, nowatorskich wyrobów tytoniowych, nowatorskimi wyrobami tytoniowymi
cigars: cygar*
snus: snus*
shisha: fajka wodn*, fajki wodn*, fajkę wodn*, fajką wodn*, fajek wodn*, fajkami wodn*, fajkach wodn*, shisha*, szisz*, nargil*
chewing tobacco: tytoń do żucia, tytoniu do żucia, tytoniem do żucia, tytoń bezdymn*, tytoniu bezdymn*, tytoniem bezdymn*, bezdymne wyroby tytoniowe, bezdymnych wyrobów tytoniowych
rolling tobacco: tytoń do skręcania, tytoń do samodzielnego skręcania, tytoń do skrętów, tytoń do samodzielnego sporządzania papierosów, tytoniu do skręcania, tytoniu do samodzielnego skręcania, tytoniu do skrętów, tytoniu do samodzielnego sporządzania papierosów, tytoniem do skręcania, tytoniem do samodzielnego skręcania, tytoniem do skrętów, tytoniem do samodzielnego sporządzania papierosów, tytoń luzem, tytoniu luzem, tytoniem luzem
smoking: palenie, palenia, paleniu, paleniem, palenie papierosów, palenie tytoniu, palenie wyrobów tytoniowych, palenia papierosów, palenia tytoniu, palenia wyrobów tytoniowych, paleniu papierosów, paleniu tytoniu, paleniu wyrobów tytoniowych
tobacco advertising: reklama tytoniu, reklama wyrobów tytoniowych, reklama papierosów, reklama produktów tytoniowych, reklamy tytoniu, reklamy wyrobów tytoniowych, reklamy papierosów, reklamy produktów tytoniowych, reklamę tytoniu, reklamę wyrobów tytoniowych, reklamę papierosów, reklamę produktów tytoniowych, reklamą tytoniu, reklamą wyrobów tytoniowych, reklamą papierosów, reklamą produktów tytoniowych, reklamie tytoniu, reklamie wyrobów tytoniowych, reklamie papierosów, reklamie produktów tytoniowych, reklam tytoniu, reklam wyrobów tytoniowych, reklam papierosów, reklam produktów tytoniowych, reklamach tytoniu, reklamach wyrobów tytoniowych, reklamach papierosów, reklamach produktów tytoniowych, reklamami tytoniu, reklamami wyrobów tytoniowych, reklamami papierosów, reklamami produktów tytoniowych, reklamom tytoniu, reklamom wyrobów tytoniowych, reklamom papierosów, reklamom produktów tytoniowych, reklamowanie tytoniu, reklamowanie wyrobów tytoniowych, reklamowanie papierosów, reklamowanie produktów tytoniowych, reklamowania tytoniu, reklamowania wyrobów tytoniowych, reklamowania papierosów, reklamowania produktów tytoniowych, reklamowaniu tytoniu, reklamowaniu wyrobów tytoniowych, reklamowaniu papierosów, reklamowaniu produktów tytoniowych
alcohol: alkohol*, napoje alkoholow*, napojów alkoholow*, napojami alkoholow*, napojach alkoholow*, napojom alkoholow*, napój alkoholow*, napoju alkoholow*
beer: piwo, piwa, piwem, piwie, piw
alcohol advertising: reklama alkoholu, reklama napojów alkoholowych, reklama piwa, reklama wódki, reklamy alkoholu, reklamy napojów alkoholowych, reklamy piwa, reklamy wódki, reklamę alkoholu, reklamę napojów alkoholowych, reklamę piwa, reklamę wódki, reklamą alkoholu, reklamą napojów alkoholowych, reklamą piwa, reklamą wódki, reklamie alkoholu, reklamie napojów alkoholowych, reklamie piwa, reklamie wódki, reklam alkoholu, reklam napojów alkoholowych, reklam piwa, reklam wódki, reklamach alkoholu, reklamach napojów alkoholowych, reklamach piwa, reklamach wódki, reklamami alkoholu, reklamami napojów alkoholowych, reklamami piwa, reklamami wódki, reklamom alkoholu, reklamom napojów alkoholowych, reklamom piwa, reklamom wódki, reklamowanie alkoholu, reklamowanie napojów alkoholowych, reklamowanie piwa, reklamowanie wódki, reklamowania alkoholu, reklamowania napojów alkoholowych, reklamowania piwa, reklamowania wódki, reklamowaniu alkoholu, reklamowaniu napojów alkoholowych, reklamowaniu piwa, reklamowaniu wódki
energy drinks: napoje energetyczn*, napoje energetyzując*, napojów energetyczn*, napojów energetyzując*, napojami energetyczn*, napojami energetyzując*, napojach energetyczn*, napojach energetyzując*, napojom energetyczn*, napojom energetyzując*, napój energetyczn*, napój energetyzując*, napoju energetyczn*, napoju energetyzując*, energetyków, energetykami
sugary drinks: napoje słodzon*, napoje słodk*, napoje gazowan*, napojów słodzon*, napojów słodk*, napojów gazowan*, napojami słodzon*, napojami słodk*, napojami gazowan*, napojach słodzon*, napojach słodk*, napojach gazowan*, napojom słodzon*, napojom słodk*, napojom gazowan*, napój słodzon*, napój słodk*, napój gazowan*, napoju słodzon*, napoju słodk*, napoju gazowan*, napoje z dodatkiem cukru, napoje z cukrem, napojów z dodatkiem cukru, napojów z cukrem, słodzone napoj*, słodzonych napoj*, słodzonym napoj*, słodzonymi napoj*, słodkie napoj*, słodkich napoj*, słodkim napoj*, słodkimi napoj*, gazowane napoj*, gazowanych napoj*, gazowanym napoj*, gazowanymi napoj*, oranżad*
cannabis: marihuan*, konopi*, haszysz*, kannabis*
kratom: kratom*
khat: khat, khatu, czuwaliczk*
magic mushrooms: grzyby halucynogenn*, grzyby psylocybinow*, grzybów halucynogenn*, grzybów psylocybinow*, grzybami halucynogenn*, grzybami psylocybinow*, grzybki halucynogenn*, grzybki psylocybinow*, grzybków halucynogenn*, grzybków psylocybinow*, magiczne grzyb*, magicznych grzyb*, magicznym grzyb*, magicznymi grzyb*, psylocybin*
nitrous oxide: podtlenek azotu, podtlenku azotu, podtlenkiem azotu, gaz rozweselając*, gaz rozśmieszając*, gazu rozweselając*, gazu rozśmieszając*, gazem rozweselając*, gazem rozśmieszając*, N2O
synthetic cannabinoids: syntetyczne kannabinoid*, syntetycznych kannabinoid*, syntetycznym kannabinoid*, syntetycznymi kannabinoid*, kannabinoidy syntetyczn*, kannabinoidów syntetyczn*, dopalacz*, syntetyczny kannabis*, syntetycznego kannabis*, syntetycznemu kannabis*, syntetycznym kannabis*, syntetyczne kannabis*, syntetycznych kannabis*, syntetycznymi kannabis*, syntetyczna marihuan*, syntetycznej marihuan*, syntetyczną marihuan*, syntetyczne marihuan*, syntetycznych marihuan*, syntetycznym marihuan*, syntetycznymi marihuan*
CBD: CBD, kannabidiol*, olej CBD, oleju CBD, olejek CBD, olejku CBD
hemp flowers: kwiaty konopi*, kwiaty CBD, kwiatów konopi*, kwiatów CBD, kwiatami konopi*, kwiatami CBD, susz konopi*, susz CBD, suszu konopi*, suszu CBD, susz konopn*, suszu konopn*, suszem konopn*
HHC: HHC, heksahydrokannabinol*
poppers: poppers*, azotyn amylu, azotynu amylu, azotyny alkilu, azotynów alkilu
foie gras: foie gras
fur: futro, futra, futer, futrem, futrze, futrami, futrach, futrom, wyroby z futer, wyrobów z futer, produkty z futer, produktów z futer
fur farming: fermy futerkow*, ferm futerkow*, fermach futerkow*, fermami futerkow*, fermę futerkow*, ferma futerkow*, farmy futerkow*, farm futerkow*, farmach futerkow*, hodowla zwierząt futerkowych, hodowla zwierząt na futra, hodowli zwierząt futerkowych, hodowli zwierząt na futra, hodowlę zwierząt futerkowych, hodowlę zwierząt na futra, hodowlą zwierząt futerkowych, hodowlą zwierząt na futra, zwierzęta futerkow*, zwierząt futerkow*, zwierzętami futerkow*, przemysł futrzars*, przemysłu futrzars*, branża futrzars*, branży futrzars*, branżę futrzars*, futrzarstw*
mink farming: fermy norek, ferm norek, fermach norek, fermami norek, ferma norek, fermę norek, hodowla norek, hodowli norek, hodowlę norek, hodowlą norek, chów norek, chowu norek
glyphosate: glifosat*, Roundup
pesticides: pestycyd*, środki ochrony roślin, środków ochrony roślin, środkami ochrony roślin, herbicyd*, insektycyd*
neonicotinoids: neonikotynoid*
GMOs: GMO, organizmy genetycznie zmodyfikowan*, organizmy genetycznie modyfikowan*, organizmów genetycznie zmodyfikowan*, organizmów genetycznie modyfikowan*, organizmami genetycznie zmodyfikowan*, organizmami genetycznie modyfikowan*, organizmy modyfikowane genetycznie, organizmów modyfikowanych genetycznie, organizmami modyfikowanymi genetycznie, żywność genetycznie zmodyfikowan*, żywność genetycznie modyfikowan*, żywności genetycznie zmodyfikowan*, żywności genetycznie modyfikowan*, żywnością genetycznie zmodyfikowan*, żywnością genetycznie modyfikowan*, żywność modyfikowana genetycznie, żywności modyfikowanej genetycznie, żywność modyfikowaną genetycznie, rośliny genetycznie zmodyfikowan*, rośliny genetycznie modyfikowan*, roślin genetycznie zmodyfikowan*, roślin genetycznie modyfikowan*, uprawy genetycznie zmodyfikowan*, uprawy genetycznie modyfikowan*, upraw genetycznie zmodyfikowan*, upraw genetycznie modyfikowan*, transgeniczn*
palm oil: olej palmow*, oleju palmow*, olejem palmow*
trans fats: tłuszcze trans, tłuszczów trans, tłuszczami trans, kwasy tłuszczowe trans, kwasów tłuszczowych trans, kwasami tłuszczowymi trans, tłuszcze utwardzon*, tłuszczów utwardzon*
lab-grown meat: mięso z laboratorium, mięso z probówki, mięso hodowane w laboratorium, mięsa z laboratorium, mięsa z probówki, mięsa hodowane w laboratorium, mięsem z laboratorium, mięsem z probówki, mięsem hodowane w laboratorium, mięsie z laboratorium, mięsie z probówki, mięsie hodowane w laboratorium, mięso komórkow*, mięso hodowan*, mięso laboratoryjn*, mięso syntetyczn*, mięso wyhodowan*, mięsa komórkow*, mięsa hodowan*, mięsa laboratoryjn*, mięsa syntetyczn*, mięsa wyhodowan*, mięsem komórkow*, mięsem hodowan*, mięsem laboratoryjn*, mięsem syntetyczn*, mięsem wyhodowan*, mięsie komórkow*, mięsie hodowan*, mięsie laboratoryjn*, mięsie syntetyczn*, mięsie wyhodowan*, sztuczne mięs*, sztucznego mięs*, sztucznemu mięs*, sztucznym mięs*, sztucznych mięs*, sztucznymi mięs*, laboratoryjne mięs*, laboratoryjnego mięs*, laboratoryjnemu mięs*, laboratoryjnym mięs*, laboratoryjnych mięs*, laboratoryjnymi mięs*, syntetyczne mięs*, syntetycznego mięs*, syntetycznemu mięs*, syntetycznym mięs*, syntetycznych mięs*, syntetycznymi mięs*
junk food advertising: reklama niezdrowej żywności, reklama śmieciowego jedzenia, reklama fast foodów, reklama fast foodu, reklama fast food, reklama niezdrowego jedzenia, reklama słodyczy, reklamy niezdrowej żywności, reklamy śmieciowego jedzenia, reklamy fast foodów, reklamy fast foodu, reklamy fast food, reklamy niezdrowego jedzenia, reklamy słodyczy, reklamę niezdrowej żywności, reklamę śmieciowego jedzenia, reklamę fast foodów, reklamę fast foodu, reklamę fast food, reklamę niezdrowego jedzenia, reklamę słodyczy, reklamą niezdrowej żywności, reklamą śmieciowego jedzenia, reklamą fast foodów, reklamą fast foodu, reklamą fast food, reklamą niezdrowego jedzenia, reklamą słodyczy, reklamie niezdrowej żywności, reklamie śmieciowego jedzenia, reklamie fast foodów, reklamie fast foodu, reklamie fast food, reklamie niezdrowego jedzenia, reklamie słodyczy, reklam niezdrowej żywności, reklam śmieciowego jedzenia, reklam fast foodów, reklam fast foodu, reklam fast food, reklam niezdrowego jedzenia, reklam słodyczy, reklamach niezdrowej żywności, reklamach śmieciowego jedzenia, reklamach fast foodów, reklamach fast foodu, reklamach fast food, reklamach niezdrowego jedzenia, reklamach słodyczy, reklamami niezdrowej żywności, reklamami śmieciowego jedzenia, reklamami fast foodów, reklamami fast foodu, reklamami fast food, reklamami niezdrowego jedzenia, reklamami słodyczy, reklamom niezdrowej żywności, reklamom śmieciowego jedzenia, reklamom fast foodów, reklamom fast foodu, reklamom fast food, reklamom niezdrowego jedzenia, reklamom słodyczy, reklamowanie niezdrowej żywności, reklamowanie śmieciowego jedzenia, reklamowanie fast foodów, reklamowanie fast foodu, reklamowanie fast food, reklamowanie niezdrowego jedzenia, reklamowanie słodyczy, reklamowania niezdrowej żywności, reklamowania śmieciowego jedzenia, reklamowania fast foodów, reklamowania fast foodu, reklamowania fast food, reklamowania niezdrowego jedzenia, reklamowania słodyczy, reklamowaniu niezdrowej żywności, reklamowaniu śmieciowego jedzenia, reklamowaniu fast foodów, reklamowaniu fast foodu, reklamowaniu fast food, reklamowaniu niezdrowego jedzenia, reklamowaniu słodyczy
raw milk: mleko surow*, mleko niepasteryzowan*, mleka surow*, mleka niepasteryzowan*, mlekiem surow*, mlekiem niepasteryzowan*, surowe mlek*, surowego mlek*, surowemu mlek*, surowym mlek*, surowych mlek*, surowymi mlek*, niepasteryzowane mlek*, niepasteryzowanego mlek*, niepasteryzowanemu mlek*, niepasteryzowanym mlek*, niepasteryzowanych mlek*, niepasteryzowanymi mlek*
food dyes: barwniki spożywcz*, barwniki sztuczn*, barwniki syntetyczn*, barwniki azow*, barwników spożywcz*, barwników sztuczn*, barwników syntetyczn*, barwników azow*, barwnikami spożywcz*, barwnikami sztuczn*, barwnikami syntetyczn*, barwnikami azow*, sztuczne barwnik*, sztucznych barwnik*, sztucznym barwnik*, sztucznymi barwnik*, barwnik*
titanium dioxide: dwutlenek tytanu, dwutlenku tytanu, dwutlenkiem tytanu, E171
shark fins: płetwy rekin*, płetw rekin*, płetwami rekin*, zupa z płetw rekina, zupy z płetw rekina, zupę z płetw rekina
dog meat: mięso psów, mięso psie, mięso z psów, mięso psa, mięsa psów, mięsa psie, mięsa z psów, mięsa psa, mięsem psów, mięsem psie, mięsem z psów, mięsem psa, mięsie psów, mięsie psie, mięsie z psów, mięsie psa, psie mięso, psiego mięsa, psim mięsem, zabijanie psów, zabijania psów, jedzenie psów, jedzenia psów, spożywanie psów, spożywania psów, handel psim mięsem, handlu psim mięsem
cat meat: mięso kotów, mięso kocie, mięso z kotów, mięsa kotów, mięsa kocie, mięsa z kotów, mięsem kotów, mięsem kocie, mięsem z kotów, mięsie kotów, mięsie kocie, mięsie z kotów, kocie mięso, kociego mięsa, kocim mięsem
rhino horn: róg nosorożca, rogów nosorożca, rogi nosorożca, rogu nosorożca
ivory: kość słoniow*, kości słoniow*, kością słoniow*, ciosy słoni*, ciosów słoni*
circus animals: zwierzęta w cyrk*, zwierząt w cyrk*, zwierzętami w cyrk*, dzikie zwierzęta w cyrk*, dzikich zwierząt w cyrk*, dzikimi zwierzętami w cyrk*, cyrki ze zwierzętami, cyrków ze zwierzętami, cyrkach ze zwierzętami, zwierzęta cyrkow*, zwierząt cyrkow*
trophy hunting: polowania na trofea, polowań na trofea, polowanie na trofea, polowaniach na trofea, trofea myśliwsk*, trofeów myśliwsk*, import trofeów, importu trofeów, przywóz trofeów, przywozu trofeów, myślistwo trofeow*, myślistwa trofeow*
bullfighting: corrid*, korrid*, walki byków, walki z bykami, walk byków, walk z bykami, walkami byków, walkami z bykami
live animal exports: eksport żywych zwierząt, eksport żywego bydła, eksport żywych owiec, eksport zwierząt żywych, eksportu żywych zwierząt, eksportu żywego bydła, eksportu żywych owiec, eksportu zwierząt żywych, eksportem żywych zwierząt, eksportem żywego bydła, eksportem żywych owiec, eksportem zwierząt żywych, eksporcie żywych zwierząt, eksporcie żywego bydła, eksporcie żywych owiec, eksporcie zwierząt żywych, wywóz żywych zwierząt, wywóz żywego bydła, wywóz żywych owiec, wywóz zwierząt żywych, wywozu żywych zwierząt, wywozu żywego bydła, wywozu żywych owiec, wywozu zwierząt żywych, wywozem żywych zwierząt, wywozem żywego bydła, wywozem żywych owiec, wywozem zwierząt żywych, transport żywych zwierząt, transportu żywych zwierząt
battery cages: chów klatkow*, chowu klatkow*, chowem klatkow*, hodowla klatkow*, hodowli klatkow*, hodowlę klatkow*, klatki dla kur, klatek dla kur, klatkach dla kur, kury w klatkach, kur w klatkach
bottom trawling: trałowanie denn*, trałowania denn*, trałowaniem denn*, trawling denn*, trawlingu denn*, włoki denn*, włoków denn*, włokami denn*
whaling: połowy wielorybów, połowów wielorybów, połów wielorybów, połowu wielorybów, polowanie na wieloryby, polowania na wieloryby, polowaniu na wieloryby, polowaniem na wieloryby, polowań na wieloryby, polowaniach na wieloryby, polowaniami na wieloryby, wielorybnictw*
animal testing: testy na zwierzętach, testów na zwierzętach, testowanie na zwierzętach, testowania na zwierzętach, eksperymenty na zwierzętach, eksperymentów na zwierzętach, doświadczenia na zwierzętach, doświadczeń na zwierzętach, badania na zwierzętach, badań na zwierzętach
chewing gum: guma do żucia, gumy do żucia, gumę do żucia, gumą do żucia, gum do żucia
exotic pets: egzotyczne zwierz*, egzotycznych zwierz*, egzotycznym zwierz*, egzotycznymi zwierz*, zwierzęta egzotyczn*, zwierząt egzotyczn*, dzikie zwierzęta jako zwierzęta domowe, dzikie zwierzęta jako pupile, dzikie zwierzęta jako zwierzęta towarzyszące, dzikich zwierząt jako zwierzęta domowe, dzikich zwierząt jako pupile, dzikich zwierząt jako zwierzęta towarzyszące
grain: zboże, zboża, zbożem, zbożu, zbóż, zbożami, zbożach, zbożow*, ziarn*
rice: ryż, ryżu, ryżem
single-use plastics: jednorazowy plastik*, jednorazowego plastik*, jednorazowemu plastik*, jednorazowym plastik*, jednorazowe plastik*, jednorazowych plastik*, jednorazowymi plastik*, plastik jednorazow*, plastiku jednorazow*, plastikiem jednorazow*, jednorazowe tworzywa sztuczne, jednorazowych tworzyw sztucznych, jednorazowe produkty plastikowe, jednorazowe produkty plastikowych, jednorazowe produkty z tworzyw sztucznych, jednorazowe produkty z plastiku, jednorazowych produktów plastikowe, jednorazowych produktów plastikowych, jednorazowych produktów z tworzyw sztucznych, jednorazowych produktów z plastiku, jednorazowymi produktami plastikowe, jednorazowymi produktami plastikowych, jednorazowymi produktami z tworzyw sztucznych, jednorazowymi produktami z plastiku, produkty jednorazowego użytku, produktów jednorazowego użytku, plastikowe produkty jednorazow*, plastikowych produktów jednorazow*, jednorazowe tworzywa, jednorazowych tworzyw
plastic bags: torby plastikow*, torby foliow*, torby z tworzyw sztucznych, torby z plastiku, toreb plastikow*, toreb foliow*, toreb z tworzyw sztucznych, toreb z plastiku, torbami plastikow*, torbami foliow*, torbami z tworzyw sztucznych, torbami z plastiku, torbach plastikow*, torbach foliow*, torbach z tworzyw sztucznych, torbach z plastiku, torba plastikow*, torba foliow*, torba z tworzyw sztucznych, torba z plastiku, torbę plastikow*, torbę foliow*, torbę z tworzyw sztucznych, torbę z plastiku, torebki plastikow*, torebki foliow*, torebki z tworzyw sztucznych, torebki z plastiku, torebek plastikow*, torebek foliow*, torebek z tworzyw sztucznych, torebek z plastiku, torebkami plastikow*, torebkami foliow*, torebkami z tworzyw sztucznych, torebkami z plastiku, torebka plastikow*, torebka foliow*, torebka z tworzyw sztucznych, torebka z plastiku, torebkę plastikow*, torebkę foliow*, torebkę z tworzyw sztucznych, torebkę z plastiku, plastikowe torby, plastikowych toreb, plastikowe torebki, plastikowych torebek, foliowe torby, foliowych toreb, foliowe torebki, foliowych torebek, reklamówk*, siatki foliow*, siatek foliow*
plastic straws: słomki plastikow*, słomki z plastiku, słomki z tworzyw sztucznych, słomki do napojów, słomek plastikow*, słomek z plastiku, słomek z tworzyw sztucznych, słomek do napojów, słomkami plastikow*, słomkami z plastiku, słomkami z tworzyw sztucznych, słomkami do napojów, słomka plastikow*, słomka z plastiku, słomka z tworzyw sztucznych, słomka do napojów, słomkę plastikow*, słomkę z plastiku, słomkę z tworzyw sztucznych, słomkę do napojów, plastikowe słomki, plastikowych słomek, rurki do napojów, rurek do napojów
plastic cutlery: sztućce plastikow*, sztućce jednorazow*, sztućce z plastiku, sztućców plastikow*, sztućców jednorazow*, sztućców z plastiku, sztućcami plastikow*, sztućcami jednorazow*, sztućcami z plastiku, plastikowe sztućce, plastikowych sztućców, jednorazowe sztućce, jednorazowych sztućców, plastikowe widelce, plastikowych widelców, plastikowe noże, plastikowych noży, plastikowe łyżki, plastikowych łyżek, plastikowe łyżeczki, plastikowych łyżeczek
plastic plates: talerze plastikow*, talerze jednorazow*, talerzy plastikow*, talerzy jednorazow*, talerzami plastikow*, talerzami jednorazow*, talerzyki plastikow*, talerzyki jednorazow*, talerzyków plastikow*, talerzyków jednorazow*, plastikowe talerze, plastikowych talerzy, jednorazowe talerze, jednorazowych talerzy, plastikowe talerzyki, plastikowych talerzyków, jednorazowe talerzyki, jednorazowych talerzyków
plastic stirrers: mieszadełk*, plastikowe mieszadełka, plastikowych mieszadełek
plastic cotton buds: patyczki higieniczn*, patyczki do uszu, patyczki kosmetyczn*, patyczków higieniczn*, patyczków do uszu, patyczków kosmetyczn*, patyczkami higieniczn*, patyczkami do uszu, patyczkami kosmetyczn*, plastikowe patyczki higieniczne, plastikowe patyczki higienicznych, plastikowe patyczki do uszu, plastikowych patyczków higieniczne, plastikowych patyczków higienicznych, plastikowych patyczków do uszu
plastic balloon sticks: patyczki do balonów, patyczków do balonów, patyczkami do balonów, kijki do balonów, kijków do balonów, uchwyty do balonów, uchwytów do balonów, plastikowe patyczki do balonów, plastikowych patyczków do balonów
plastic cups: kubki plastikow*, kubki jednorazow*, kubków plastikow*, kubków jednorazow*, kubkami plastikow*, kubkami jednorazow*, kubeczki plastikow*, kubeczki jednorazow*, kubeczków plastikow*, kubeczków jednorazow*, plastikowe kubki, plastikowych kubków, jednorazowe kubki, jednorazowych kubków, plastikowe kubeczki, plastikowych kubeczków, jednorazowe kubeczki, jednorazowych kubeczków
plastic bottles: butelki plastikow*, butelki PET, butelki z plastiku, butelki z tworzyw sztucznych, butelek plastikow*, butelek PET, butelek z plastiku, butelek z tworzyw sztucznych, butelkami plastikow*, butelkami PET, butelkami z plastiku, butelkami z tworzyw sztucznych, butelka plastikow*, butelka PET, butelka z plastiku, butelka z tworzyw sztucznych, butelkę plastikow*, butelkę PET, butelkę z plastiku, butelkę z tworzyw sztucznych, plastikowe butelki, plastikowych butelek, plastikowymi butelkami
glass bottles: szklane butelki, szklanych butelek, butelki szklane, butelek szklanych, szklanymi butelkami, szklanych opakowań
plastic packaging: opakowania plastikow*, opakowania z plastiku, opakowania z tworzyw sztucznych, opakowania foliow*, opakowań plastikow*, opakowań z plastiku, opakowań z tworzyw sztucznych, opakowań foliow*, opakowaniami plastikow*, opakowaniami z plastiku, opakowaniami z tworzyw sztucznych, opakowaniami foliow*, opakowaniach plastikow*, opakowaniach z plastiku, opakowaniach z tworzyw sztucznych, opakowaniach foliow*, opakowanie plastikow*, opakowanie z plastiku, opakowanie z tworzyw sztucznych, opakowanie foliow*, plastikowe opakowania, plastikowych opakowań, plastikowymi opakowaniami, folia plastikow*, folii plastikow*, folię plastikow*
expanded polystyrene food containers: styropian*, polistyren ekspandowan*, polistyren spienion*, polistyrenu ekspandowan*, polistyrenu spienion*
microbeads: mikrogranul*, mikrokulki, mikrokulek, mikrokulkami, plastikowe mikrogranulki, plastikowych mikrogranulek
oxo-degradable plastics: oksydegradowaln*, oksy-degradowaln*, oxo-degradowaln*, okso-degradowaln*
oxo-degradable plastic bags: torby oksydegradowaln*, torby oksy-degradowaln*, torby oxo-degradowaln*, torby okso-degradowaln*, toreb oksydegradowaln*, toreb oksy-degradowaln*, toreb oxo-degradowaln*, toreb okso-degradowaln*, torbami oksydegradowaln*, torbami oksy-degradowaln*, torbami oxo-degradowaln*, torbami okso-degradowaln*, torbach oksydegradowaln*, torbach oksy-degradowaln*, torbach oxo-degradowaln*, torbach okso-degradowaln*, torba oksydegradowaln*, torba oksy-degradowaln*, torba oxo-degradowaln*, torba okso-degradowaln*, torbę oksydegradowaln*, torbę oksy-degradowaln*, torbę oxo-degradowaln*, torbę okso-degradowaln*, torebki oksydegradowaln*, torebki oksy-degradowaln*, torebki oxo-degradowaln*, torebki okso-degradowaln*, torebek oksydegradowaln*, torebek oksy-degradowaln*, torebek oxo-degradowaln*, torebek okso-degradowaln*, torebkami oksydegradowaln*, torebkami oksy-degradowaln*, torebkami oxo-degradowaln*, torebkami okso-degradowaln*, torebka oksydegradowaln*, torebka oksy-degradowaln*, torebka oxo-degradowaln*, torebka okso-degradowaln*, torebkę oksydegradowaln*, torebkę oksy-degradowaln*, torebkę oxo-degradowaln*, torebkę okso-degradowaln*, reklamówki oksydegradowaln*, reklamówki oxo-degradowaln*, reklamówek oksydegradowaln*, reklamówek oxo-degradowaln*, oksydegradowalne torby, oksydegradowalnych toreb
wet wipes: chusteczki nawilżan*, chusteczek nawilżan*, chusteczkami nawilżan*, mokre chusteczki, mokrych chusteczek, nawilżane chusteczki, nawilżanych chusteczek
sky lanterns: lampiony szczęścia, lampiony chińsk*, lampiony latając*, lampiony niebiesk*, lampionów szczęścia, lampionów chińsk*, lampionów latając*, lampionów niebiesk*, lampionami szczęścia, lampionami chińsk*, lampionami latając*, lampionami niebiesk*, lampion szczęścia, lampion chińsk*, lampion latając*, lampion niebiesk*, lampionu szczęścia, lampionu chińsk*, lampionu latając*, lampionu niebiesk*
coal: węgiel, węglem, węglu, import węgla, importu węgla, eksport węgla, eksportu węgla, wydobycie węgla, wydobycia węgla, sprzedaż węgla, sprzedaży węgla, spalanie węgla, spalania węgla, dostawy węgla, dostaw węgla, zakup węgla, zakupu węgla, kopalnie węgla, kopalń węgla, kopalni węgla, palenie węgla, palenia węgla, ogrzewanie węgla, ogrzewania węgla, węgiel kamienn*, węgiel brunatn*, węgiel z Rosji, węgiel rosyjsk*, węgla kamienn*, węgla brunatn*, węgla z Rosji, węgla rosyjsk*, elektrownie węglow*, elektrowni węglow*, elektrowniami węglow*, elektrownia węglow*, elektrownię węglow*, energetyka węglow*, energetyki węglow*, energetykę węglow*
combustion engine cars: samochody spalinow*, samochody z silnikiem spalinowym, samochody z silnikami spalinowymi, samochody benzynow*, samochodów spalinow*, samochodów z silnikiem spalinowym, samochodów z silnikami spalinowymi, samochodów benzynow*, samochodami spalinow*, samochodami z silnikiem spalinowym, samochodami z silnikami spalinowymi, samochodami benzynow*, samochodach spalinow*, samochodach z silnikiem spalinowym, samochodach z silnikami spalinowymi, samochodach benzynow*, samochód spalinow*, samochód z silnikiem spalinowym, samochód z silnikami spalinowymi, samochód benzynow*, samochodu spalinow*, samochodu z silnikiem spalinowym, samochodu z silnikami spalinowymi, samochodu benzynow*, auta spalinow*, auta z silnikiem spalinowym, auta z silnikami spalinowymi, auta benzynow*, autami spalinow*, autami z silnikiem spalinowym, autami z silnikami spalinowymi, autami benzynow*, pojazdy spalinow*, pojazdy z silnikiem spalinowym, pojazdy z silnikami spalinowymi, pojazdy benzynow*, pojazdów spalinow*, pojazdów z silnikiem spalinowym, pojazdów z silnikami spalinowymi, pojazdów benzynow*, pojazdami spalinow*, pojazdami z silnikiem spalinowym, pojazdami z silnikami spalinowymi, pojazdami benzynow*, pojazd spalinow*, pojazd z silnikiem spalinowym, pojazd z silnikami spalinowymi, pojazd benzynow*, pojazdu spalinow*, pojazdu z silnikiem spalinowym, pojazdu z silnikami spalinowymi, pojazdu benzynow*, silniki spalinow*, silników spalinow*, silnikami spalinow*, silnik spalinow*, silnika spalinow*, aut spalinowych
diesel cars: samochody z silnikiem Diesla, samochody z silnikami Diesla, samochodów z silnikiem Diesla, samochodów z silnikami Diesla, samochodami z silnikiem Diesla, samochodami z silnikami Diesla, samochodach z silnikiem Diesla, samochodach z silnikami Diesla, samochód z silnikiem Diesla, samochód z silnikami Diesla, samochodu z silnikiem Diesla, samochodu z silnikami Diesla, auta z silnikiem Diesla, auta z silnikami Diesla, autami z silnikiem Diesla, autami z silnikami Diesla, pojazdy z silnikiem Diesla, pojazdy z silnikami Diesla, pojazdów z silnikiem Diesla, pojazdów z silnikami Diesla, pojazdami z silnikiem Diesla, pojazdami z silnikami Diesla, pojazd z silnikiem Diesla, pojazd z silnikami Diesla, pojazdu z silnikiem Diesla, pojazdu z silnikami Diesla, diesl*, samochody dieslowsk*, samochodów dieslowsk*, samochodami dieslowsk*, samochodach dieslowsk*, samochód dieslowsk*, samochodu dieslowsk*, auta dieslowsk*, autami dieslowsk*, pojazdy dieslowsk*, pojazdów dieslowsk*, pojazdami dieslowsk*, pojazd dieslowsk*, pojazdu dieslowsk*
gas boilers: kotły gazow*, kotłów gazow*, kotłami gazow*, kocioł gazow*, kotła gazow*, piece gazow*, pieców gazow*, piecami gazow*, piec gazow*, pieca gazow*, ogrzewanie gazow*, ogrzewania gazow*
oil boilers: kotły olejow*, kotłów olejow*, kotłami olejow*, kocioł olejow*, kotła olejow*, piece olejow*, pieców olejow*, ogrzewanie olejow*, ogrzewania olejow*, kotły na olej, kotłów na olej
incandescent light bulbs: żarówki tradycyjn*, żarówki żarow*, żarówki halogenow*, żarówek tradycyjn*, żarówek żarow*, żarówek halogenow*, żarówkami tradycyjn*, żarówkami żarow*, żarówkami halogenow*, żarówka tradycyjn*, żarówka żarow*, żarówka halogenow*, żarówkę tradycyjn*, żarówkę żarow*, żarówkę halogenow*, żarówk*, żarówek, świetlówk*, świetlówek, lampy fluorescencyjn*, lamp fluorescencyjn*
patio heaters: grzejniki ogrodow*, grzejniki zewnętrzn*, grzejniki tarasow*, grzejników ogrodow*, grzejników zewnętrzn*, grzejników tarasow*, grzejnikami ogrodow*, grzejnikami zewnętrzn*, grzejnikami tarasow*, promienniki ogrodow*, promienniki zewnętrzn*, promienniki tarasow*, promienników ogrodow*, promienników zewnętrzn*, promienników tarasow*, ogrzewacze ogrodow*, ogrzewacze zewnętrzn*, ogrzewacze tarasow*, ogrzewaczy ogrodow*, ogrzewaczy zewnętrzn*, ogrzewaczy tarasow*, parasole grzewcz*, parasoli grzewcz*, promienniki gazow*, promienników gazow*
leaf blowers: dmuchawy do liści, dmuchawy spalinow*, dmuchaw do liści, dmuchaw spalinow*, dmuchawami do liści, dmuchawami spalinow*, dmuchawa do liści, dmuchawa spalinow*, dmuchawę do liści, dmuchawę spalinow*, spalinowe dmuchawy, spalinowych dmuchaw
wood stoves: piece na drewno, piece opalane drewnem, piece na paliwa stałe, piece na paliwo stałe, pieców na drewno, pieców opalane drewnem, pieców na paliwa stałe, pieców na paliwo stałe, piecami na drewno, piecami opalane drewnem, piecami na paliwa stałe, piecami na paliwo stałe, piec na drewno, piec opalane drewnem, piec na paliwa stałe, piec na paliwo stałe, pieca na drewno, pieca opalane drewnem, pieca na paliwa stałe, pieca na paliwo stałe, kotły na drewno, kotły opalane drewnem, kotły na paliwa stałe, kotły na paliwo stałe, kotłów na drewno, kotłów opalane drewnem, kotłów na paliwa stałe, kotłów na paliwo stałe, kotłami na drewno, kotłami opalane drewnem, kotłami na paliwa stałe, kotłami na paliwo stałe, kocioł na drewno, kocioł opalane drewnem, kocioł na paliwa stałe, kocioł na paliwo stałe, kotła na drewno, kotła opalane drewnem, kotła na paliwa stałe, kotła na paliwo stałe, kopciuch*, kominki, kominków, kominkach, kominkami
PFAS: PFAS, PFOA, PFOS, wieczne chemikali*, wiecznych chemikali*, wiecznym chemikali*, wiecznymi chemikali*, substancje per- i polifluoroalkilow*, substancji per- i polifluoroalkilow*
asbestos: azbest*
fracking: szczelinowani*, fracking*, wydobycie gazu łupkowego, wydobycia gazu łupkowego, wydobyciu gazu łupkowego, wydobyciem gazu łupkowego, wydobywanie gazu łupkowego, wydobywania gazu łupkowego
deep-sea mining: górnictwo głębinow*, górnictwa głębinow*, wydobycie z dna morskiego, wydobycie z dna oceanu, wydobycie głębinowe, wydobycie głębinowego, wydobycie surowców z dna morskiego, wydobycia z dna morskiego, wydobycia z dna oceanu, wydobycia głębinowe, wydobycia głębinowego, wydobycia surowców z dna morskiego, wydobyciu z dna morskiego, wydobyciu z dna oceanu, wydobyciu głębinowe, wydobyciu głębinowego, wydobyciu surowców z dna morskiego, wydobyciem z dna morskiego, wydobyciem z dna oceanu, wydobyciem głębinowe, wydobyciem głębinowego, wydobyciem surowców z dna morskiego, wydobywanie z dna morskiego, wydobywanie z dna oceanu, wydobywanie głębinowe, wydobywanie głębinowego, wydobywanie surowców z dna morskiego, wydobywania z dna morskiego, wydobywania z dna oceanu, wydobywania głębinowe, wydobywania głębinowego, wydobywania surowców z dna morskiego, eksploatacja dna morskiego, eksploatacji dna morskiego
aircraft: samolot*, statki powietrzne, statków powietrznych
private jets: prywatne odrzutow*, prywatnych odrzutow*, prywatnym odrzutow*, prywatnymi odrzutow*, prywatny samolot*, prywatnego samolot*, prywatnemu samolot*, prywatnym samolot*, prywatne samolot*, prywatnych samolot*, prywatnymi samolot*, prywatny jet*, prywatnego jet*, prywatnemu jet*, prywatnym jet*, prywatne jet*, prywatnych jet*, prywatnymi jet*, odrzutowce prywatn*, odrzutowców prywatn*
short-haul flights: loty krótkodystansow*, loty krajow*, loty na krótkich dystansach, loty na krótkich trasach, lotów krótkodystansow*, lotów krajow*, lotów na krótkich dystansach, lotów na krótkich trasach, lotami krótkodystansow*, lotami krajow*, lotami na krótkich dystansach, lotami na krótkich trasach, krótkie loty, krótkich lotów, krajowe loty, krajowych lotów, połączenia krótkodystansow*, połączeń krótkodystansow*
cruise ships: statki wycieczkow*, statki rejsow*, statków wycieczkow*, statków rejsow*, statkami wycieczkow*, statkami rejsow*, statek wycieczkow*, statek rejsow*, statku wycieczkow*, statku rejsow*, statkach wycieczkow*, statkach rejsow*, wycieczkowiec, wycieczkowca, wycieczkowce, wycieczkowców, wycieczkowcami, wycieczkowcom, wycieczkowcach
SUVs: SUV*
e-scooters: hulajnog*, e-hulajnog*
fossil fuel advertising: reklama paliw kopalnych, reklama paliw kopalnianych, reklamy paliw kopalnych, reklamy paliw kopalnianych, reklamę paliw kopalnych, reklamę paliw kopalnianych, reklamą paliw kopalnych, reklamą paliw kopalnianych, reklamie paliw kopalnych, reklamie paliw kopalnianych, reklam paliw kopalnych, reklam paliw kopalnianych, reklamach paliw kopalnych, reklamach paliw kopalnianych, reklamami paliw kopalnych, reklamami paliw kopalnianych, reklamom paliw kopalnych, reklamom paliw kopalnianych, reklamowanie paliw kopalnych, reklamowanie paliw kopalnianych, reklamowania paliw kopalnych, reklamowania paliw kopalnianych, reklamowaniu paliw kopalnych, reklamowaniu paliw kopalnianych
mobile phones: telefony komórkow*, telefonów komórkow*, telefonami komórkow*, telefonach komórkow*, telefon komórkow*, telefonu komórkow*, telefonie komórkow*, telefonem komórkow*, telefonom komórkow*, telefon, telefonu, telefonie, telefonem, telefony, telefonów, telefonami, telefonach, telefonom, smartfon*, komórki w szkołach, komórki w szkole, komórek w szkołach, komórek w szkole, komórkami w szkołach, komórkami w szkole
smartwatches: smartwatch*, inteligentne zegarki, inteligentnych zegarków, inteligentnymi zegarkami
laptops: laptop*, komputery przenośn*, komputerów przenośn*
power banks: powerbank*, power bank*, banki energii, banków energii, bank energii
social media: media społecznościow*, mediów społecznościow*, mediach społecznościow*, mediami społecznościow*, serwisy społecznościow*, serwisów społecznościow*, serwisach społecznościow*, serwisami społecznościow*, portale społecznościow*, portali społecznościow*, portalach społecznościow*, portalami społecznościow*, sieci społecznościow*, sieciach społecznościow*, social media
messaging apps: komunikator*, aplikacje do przesyłania wiadomości, aplikacje do komunikacji, aplikacji do przesyłania wiadomości, aplikacji do komunikacji, aplikacjami do przesyłania wiadomości, aplikacjami do komunikacji
video games: gry komputerow*, gry wideo, gry video, gier komputerow*, gier wideo, gier video, grami komputerow*, grami wideo, grami video, grach komputerow*, grach wideo, grach video, grę komputerow*, grę wideo, grę video, gra komputerow*, gra wideo, gra video
online games: gry online, gry sieciow*, gry internetow*, gier online, gier sieciow*, gier internetow*, grami online, grami sieciow*, grami internetow*, grach online, grach sieciow*, grach internetow*, granie online, grania online
online gambling: hazard online, hazard w internecie, hazard internetow*, hazardu online, hazardu w internecie, hazardu internetow*, kasyna online, kasyna internetow*, kasyn online, kasyn internetow*, kasynach online, kasynach internetow*, kasyno online, kasyno internetow*, zakłady online, zakłady internetow*, zakładów online, zakładów internetow*, gry hazardowe online, gry hazardowe w internecie, gier hazardowych online, gier hazardowych w internecie, strony bukmachersk*, strony hazardow*, stron bukmachersk*, stron hazardow*, witryny bukmachersk*, witryny hazardow*, witryn bukmachersk*, witryn hazardow*
gambling: hazard*, gry hazardow*, gier hazardow*, grami hazardow*, kasyna, kasyn, kasyno, kasynach
sports betting: zakłady bukmachersk*, zakłady sportow*, zakłady na sport, zakłady na wydarzenia sportowe, zakładów bukmachersk*, zakładów sportow*, zakładów na sport, zakładów na wydarzenia sportowe, zakładami bukmachersk*, zakładami sportow*, zakładami na sport, zakładami na wydarzenia sportowe, zakładach bukmachersk*, zakładach sportow*, zakładach na sport, zakładach na wydarzenia sportowe, bukmacher*
slot machines: automaty do gier, automaty do gry, automaty hazardow*, automatów do gier, automatów do gry, automatów hazardow*, automatami do gier, automatami do gry, automatami hazardow*, automatach do gier, automatach do gry, automatach hazardow*, jednorękie bandyty, jednorękich bandytów
loot boxes: lootbox*, loot box*, skrzynki z łupami, skrzynek z łupami, skrzynkami z łupami
cryptocurrencies: kryptowalut*, bitcoin*, kryptoaktyw*, waluty wirtualn*, waluty cyfrow*, walut wirtualn*, walut cyfrow*, krypto
crypto mining: kopanie kryptowalut, kopanie bitcoinów, kopanie bitcoina, kopania kryptowalut, kopania bitcoinów, kopania bitcoina, kopaniem kryptowalut, kopaniem bitcoinów, kopaniem bitcoina, wydobycie kryptowalut, wydobycie bitcoinów, wydobycie bitcoina, wydobycia kryptowalut, wydobycia bitcoinów, wydobycia bitcoina, koparki kryptowalut, koparek kryptowalut, mining kryptowalut, miningu kryptowalut
VPNs: VPN*, wirtualne sieci prywatne, wirtualnych sieci prywatnych
AI chatbots: chatbot*, czatbot*, generatywna sztuczna inteligencja, generatywnej sztucznej inteligencji, generatywną sztuczną inteligencję, narzędzia AI, narzędzia sztucznej inteligencji, narzędzi AI, narzędzi sztucznej inteligencji, aplikacje AI, aplikacje sztucznej inteligencji, aplikacji AI, aplikacji sztucznej inteligencji, modele AI, modele sztucznej inteligencji, modeli AI, modeli sztucznej inteligencji, generatywne AI, generatywnej AI
facial recognition: rozpoznawanie twarzy, rozpoznawania twarzy, rozpoznawaniem twarzy
deepfakes: deepfake*, deepfejk*
spyware: oprogramowanie szpiegując*, oprogramowanie szpiegowsk*, oprogramowania szpiegując*, oprogramowania szpiegowsk*, oprogramowaniem szpiegując*, oprogramowaniem szpiegowsk*, spyware, programy szpiegując*, programów szpiegując*
drones: dron*, bezzałogowe statki powietrzne, bezzałogowych statków powietrznych, bezzałogowc*
telecom equipment: sprzęt telekomunikacyjn*, sprzętu telekomunikacyjn*, sprzętem telekomunikacyjn*, urządzenia telekomunikacyjn*, urządzeń telekomunikacyjn*, urządzeniami telekomunikacyjn*, infrastruktura telekomunikacyjn*, infrastruktury telekomunikacyjn*, sprzęt sieciow*, sprzętu sieciow*
5G equipment: sprzęt 5G, sprzętu 5G, urządzenia 5G, urządzeń 5G, infrastruktura 5G, infrastruktury 5G, sieci 5G, sieć 5G, sieciach 5G
surveillance cameras: kamery monitoringu, kamery monitorując*, kamery CCTV, kamery nadzoru, kamery przemysłow*, kamer monitoringu, kamer monitorując*, kamer CCTV, kamer nadzoru, kamer przemysłow*, kamerami monitoringu, kamerami monitorując*, kamerami CCTV, kamerami nadzoru, kamerami przemysłow*, kamerach monitoringu, kamerach monitorując*, kamerach CCTV, kamerach nadzoru, kamerach przemysłow*, kamera monitoringu, kamera monitorując*, kamera CCTV, kamera nadzoru, kamera przemysłow*, kamerę monitoringu, kamerę monitorując*, kamerę CCTV, kamerę nadzoru, kamerę przemysłow*, monitoring wizyjn*, monitoringu wizyjn*, CCTV
semiconductors: półprzewodnik*, mikroczip*, mikrochip*, zaawansowane chipy, zaawansowanych chipów, chipy AI, chipy do AI, chipów AI, chipów do AI, układy scalone, układów scalonych
mobile internet: mobilny internet, mobilnego internetu, mobilnym internecie, mobilnym internetem, internet mobiln*, internet komórkow*, internetu mobiln*, internetu komórkow*
internet: internet, internetu, internecie, internetem
pornography: pornografi*, porno, pornograficzn*
targeted advertising: reklama targetowan*, reklama ukierunkowan*, reklama spersonalizowan*, reklama behawioraln*, reklama profilowan*, reklamy targetowan*, reklamy ukierunkowan*, reklamy spersonalizowan*, reklamy behawioraln*, reklamy profilowan*, reklamę targetowan*, reklamę ukierunkowan*, reklamę spersonalizowan*, reklamę behawioraln*, reklamę profilowan*, reklamą targetowan*, reklamą ukierunkowan*, reklamą spersonalizowan*, reklamą behawioraln*, reklamą profilowan*, reklamie targetowan*, reklamie ukierunkowan*, reklamie spersonalizowan*, reklamie behawioraln*, reklamie profilowan*, reklam targetowan*, reklam ukierunkowan*, reklam spersonalizowan*, reklam behawioraln*, reklam profilowan*, reklamach targetowan*, reklamach ukierunkowan*, reklamach spersonalizowan*, reklamach behawioraln*, reklamach profilowan*, reklamami targetowan*, reklamami ukierunkowan*, reklamami spersonalizowan*, reklamami behawioraln*, reklamami profilowan*, reklamom targetowan*, reklamom ukierunkowan*, reklamom spersonalizowan*, reklamom behawioraln*, reklamom profilowan*, reklamowanie targetowan*, reklamowanie ukierunkowan*, reklamowanie spersonalizowan*, reklamowanie behawioraln*, reklamowanie profilowan*, reklamowania targetowan*, reklamowania ukierunkowan*, reklamowania spersonalizowan*, reklamowania behawioraln*, reklamowania profilowan*, reklamowaniu targetowan*, reklamowaniu ukierunkowan*, reklamowaniu spersonalizowan*, reklamowaniu behawioraln*, reklamowaniu profilowan*
social commerce: social commerce, handel społecznościow*, handlu społecznościow*
satellite dishes: anteny satelitarn*, anten satelitarn*, antenami satelitarn*, antena satelitarn*, antenę satelitarn*, talerze satelitarn*, talerzy satelitarn*, telewizja satelitarn*, telewizji satelitarn*
connected cars: samochody skomunikowan*, samochodów skomunikowan*, samochodami skomunikowan*, samochodach skomunikowan*, samochód skomunikowan*, samochodu skomunikowan*, auta skomunikowan*, autami skomunikowan*, pojazdy skomunikowan*, pojazdów skomunikowan*, pojazdami skomunikowan*, pojazd skomunikowan*, pojazdu skomunikowan*, samochody podłączone do internetu, samochody podłączone do sieci, samochody podłączonych do internetu, samochody podłączonych do sieci, samochodów podłączone do internetu, samochodów podłączone do sieci, samochodów podłączonych do internetu, samochodów podłączonych do sieci, pojazdy podłączone do internetu, pojazdy podłączone do sieci, pojazdy podłączonych do internetu, pojazdy podłączonych do sieci, pojazdów podłączone do internetu, pojazdów podłączone do sieci, pojazdów podłączonych do internetu, pojazdów podłączonych do sieci, samochody połączone z internetem, samochodów połączone z internetem, pojazdy połączone z internetem, pojazdów połączone z internetem
routers: router*, ruter*
live streaming: transmisje na żywo, transmisji na żywo, transmisjami na żywo, streaming*, streamowani*, livestream*
media outlets: stacje telewizyjn*, stacje radiow*, stacji telewizyjn*, stacji radiow*, stacjami telewizyjn*, stacjami radiow*, kanały telewizyjn*, kanały radiow*, kanałów telewizyjn*, kanałów radiow*, kanałami telewizyjn*, kanałami radiow*, portale informacyjn*, portali informacyjn*, serwisy informacyjn*, serwisów informacyjn*, media zagraniczn*, media niezależn*, media państwow*, media rosyjsk*, media publiczn*, mediów zagraniczn*, mediów niezależn*, mediów państwow*, mediów rosyjsk*, mediów publiczn*, mediach zagraniczn*, mediach niezależn*, mediach państwow*, mediach rosyjsk*, mediach publiczn*, mediami zagraniczn*, mediami niezależn*, mediami państwow*, mediami rosyjsk*, mediami publiczn*, rozgłośn*
books: książk*, książek, podręcznik*
music: muzyka, muzyki, muzykę, muzyką, muzyce, piosenk*, piosenek, teledysk*, utwory muzyczn*, utworów muzyczn*, utworami muzyczn*
movies: film, filmu, filmem, filmie, filmy, filmów, filmami, filmach, filmom
TV series: serial*, programy telewizyjn*, programów telewizyjn*, opery mydlane, oper mydlanych, telenowel*
newspapers: gazet*, czasopism*, prasa, prasy, prasę, prasą, prasie
concerts: koncert*, festiwal*
LGBTQ content: ideologia LGBT, ideologii LGBT, ideologię LGBT, propaganda LGBT, propaganda homoseksualn*, propaganda gejowsk*, propagandy LGBT, propagandy homoseksualn*, propagandy gejowsk*, propagandę LGBT, propagandę homoseksualn*, propagandę gejowsk*, propagandą LGBT, propagandą homoseksualn*, propagandą gejowsk*, treści LGBT, treści LGBTQ, treści homoseksualne, treściach LGBT, treściach LGBTQ, treściach homoseksualne, treściami LGBT, treściami LGBTQ, treściami homoseksualne, promocja LGBT, promocja homoseksualizmu, promocji LGBT, promocji homoseksualizmu, promowanie LGBT, promowanie homoseksualizmu, promowania LGBT, promowania homoseksualizmu
religious symbols: symbole religijn*, symboli religijn*, symbolami religijn*, odzież religijn*, odzieży religijn*, strój religijn*, stroju religijn*, stroje religijn*, strojów religijn*, krzyże w szkołach, krzyże w urzędach, krzyże w salach lekcyjnych, krzyże w klasach, krzyży w szkołach, krzyży w urzędach, krzyży w salach lekcyjnych, krzyży w klasach, krzyżami w szkołach, krzyżami w urzędach, krzyżami w salach lekcyjnych, krzyżami w klasach
face coverings: zasłanianie twarzy, zasłaniania twarzy, zasłanianiem twarzy, zakrywanie twarzy, zakrywania twarzy, burka, burki, burkę, burką, burkach, nikab*, zasłony twarzy, zasłon twarzy, odzież zasłaniająca twarz, odzieży zasłaniającej twarz, odzież zakrywająca twarz, odzieży zakrywającej twarz
abayas: abaja, abai, abaję, abają, abaje, abaya, abayi, abayę, abayą
headscarves: chusty islamsk*, chusty muzułmańsk*, chusty na głowę, chusty na głowie, chust islamsk*, chust muzułmańsk*, chust na głowę, chust na głowie, chustami islamsk*, chustami muzułmańsk*, chustami na głowę, chustami na głowie, chusta islamsk*, chusta muzułmańsk*, chusta na głowę, chusta na głowie, chustę islamsk*, chustę muzułmańsk*, chustę na głowę, chustę na głowie, hidżab*, hijab*
Nazi symbols: symbole nazistowsk*, symbole faszystowsk*, symbole hitlerowsk*, symboli nazistowsk*, symboli faszystowsk*, symboli hitlerowsk*, symbolami nazistowsk*, symbolami faszystowsk*, symbolami hitlerowsk*, symbolika nazistowsk*, symbolika faszystowsk*, symbolika hitlerowsk*, symboliki nazistowsk*, symboliki faszystowsk*, symboliki hitlerowsk*, symbolikę nazistowsk*, symbolikę faszystowsk*, symbolikę hitlerowsk*, nazistowskie symbol*, nazistowskich symbol*, nazistowskim symbol*, nazistowskimi symbol*, swastyk*, salut nazistowsk*, salut hitlerowsk*, salutu nazistowsk*, salutu hitlerowsk*, pozdrowienie nazistowsk*, pozdrowienie hitlerowsk*, pozdrowienia nazistowsk*, pozdrowienia hitlerowsk*, hajlowani*
protests: protest, protestu, protesty, protestów, protestami, protestach, protestom, protestem, proteście, demonstracj*, manifestacj*
public gatherings: zgromadzenia publiczn*, zgromadzenia masow*, zgromadzeń publiczn*, zgromadzeń masow*, zgromadzeniach publiczn*, zgromadzeniach masow*, zgromadzeniami publiczn*, zgromadzeniami masow*, zgromadzeń, imprezy masow*, imprez masow*, imprezach masow*, wydarzenia masow*, wydarzeń masow*
cinemas: kina, kin, kinach, kinami, kino, kinie
Sunday trading: handel w niedziel*, handlu w niedziel*, handlem w niedziel*, zakupy w niedziel*, zakupów w niedziel*, otwieranie sklepów w niedziel*, otwierania sklepów w niedziel*
rainbow flags: tęczowa flag*, tęczowej flag*, tęczową flag*, tęczowe flag*, tęczowych flag*, tęczowym flag*, tęczowymi flag*, flagi tęczow*, flagi LGBT, flag tęczow*, flag LGBT, flaga tęczow*, flaga LGBT, flagę tęczow*, flagę LGBT
short-term rentals: najem krótkoterminow*, najem turystyczn*, najem na doby, najmu krótkoterminow*, najmu turystyczn*, najmu na doby, najmem krótkoterminow*, najmem turystyczn*, najmem na doby, wynajem krótkoterminow*, wynajem turystyczn*, wynajem na doby, wynajmu krótkoterminow*, wynajmu turystyczn*, wynajmu na doby, wynajmem krótkoterminow*, wynajmem turystyczn*, wynajmem na doby, mieszkania na doby, mieszkań na doby
cash: gotówk*
surrogacy: macierzyństwo zastępcz*, macierzyństwa zastępcz*, surogacj*
conversion therapy: terapia konwersyjn*, terapia reparatywn*, terapii konwersyjn*, terapii reparatywn*, terapię konwersyjn*, terapię reparatywn*, terapie konwersyjn*, terapie reparatywn*, terapiach konwersyjn*, terapiach reparatywn*, praktyki konwersyjn*, praktyk konwersyjn*, leczenie homoseksualizmu, leczenia homoseksualizmu
abortion: aborcj*, aborcyjn*, przerywanie ciąży, przerywania ciąży, przerwanie ciąży, przerwania ciąży, mifepryston*, tabletki poronn*, tabletek poronn*
gender-affirming care: tranzycj*, korekta płci, korekty płci, korektę płci, zmiana płci, zmiany płci, zmianę płci, uzgodnienie płci, uzgodnienia płci, blokery dojrzewania, blokerów dojrzewania
child marriage: małżeństwa dzieci, małżeństwa nieletnich, małżeństwa z nieletnimi, małżeństwa z dziećmi, małżeństw dzieci, małżeństw nieletnich, małżeństw z nieletnimi, małżeństw z dziećmi, małżeństwo dzieci, małżeństwo nieletnich, małżeństwo z nieletnimi, małżeństwo z dziećmi, dziecięce małżeństwa, dziecięcych małżeństw
female genital mutilation: okaleczanie żeńskich narządów płciowych, okaleczanie narządów płciowych kobiet, okaleczanie genitaliów kobiet, okaleczanie narządów płciowych, okaleczania żeńskich narządów płciowych, okaleczania narządów płciowych kobiet, okaleczania genitaliów kobiet, okaleczania narządów płciowych, okaleczenie żeńskich narządów płciowych, okaleczenie narządów płciowych kobiet, okaleczenie genitaliów kobiet, okaleczenie narządów płciowych, okaleczenia żeńskich narządów płciowych, okaleczenia narządów płciowych kobiet, okaleczenia genitaliów kobiet, okaleczenia narządów płciowych, okaleczeń żeńskich narządów płciowych, okaleczeń narządów płciowych kobiet, okaleczeń genitaliów kobiet, okaleczeń narządów płciowych, obrzezanie kobiet, obrzezania kobiet, FGM, żeńskie obrzezanie, żeńskiego obrzezania
corporal punishment: kary cielesn*, kar cielesn*, karami cielesn*, kara cielesn*, karę cielesn*, bicie dzieci, bicia dzieci, klaps*
begging: żebractw*, żebrani*
prostitution: prostytucj*, usługi seksualn*, usług seksualn*, domy publiczn*, domów publiczn*, dom publiczn*, burdel*, praca seksualn*, pracy seksualn*, agencje towarzysk*, agencji towarzysk*
ride-hailing: platformy przewozow*, platform przewozow*, przewozy na aplikację, przewozów na aplikację, ride-hailing*, ridesharing*
private tutoring: korepetycj*, prywatne lekcje, prywatnych lekcji
tanning beds: solarium, solaria, solariów, solariach, solariami, solariom, łóżka opalając*, łóżek opalając*
skin-lightening products: kremy wybielające skórę, kremy wybielających skórę, kremy rozjaśniające skórę, kremy rozjaśniających skórę, kremów wybielające skórę, kremów wybielających skórę, kremów rozjaśniające skórę, kremów rozjaśniających skórę, kosmetyki wybielające skórę, kosmetyki wybielających skórę, kosmetyki rozjaśniające skórę, kosmetyki rozjaśniających skórę, kosmetyków wybielające skórę, kosmetyków wybielających skórę, kosmetyków rozjaśniające skórę, kosmetyków rozjaśniających skórę, produkty wybielające skórę, produkty wybielających skórę, produkty rozjaśniające skórę, produkty rozjaśniających skórę, produktów wybielające skórę, produktów wybielających skórę, produktów rozjaśniające skórę, produktów rozjaśniających skórę, preparaty wybielające skórę, preparaty wybielających skórę, preparaty rozjaśniające skórę, preparaty rozjaśniających skórę, preparatów wybielające skórę, preparatów wybielających skórę, preparatów rozjaśniające skórę, preparatów rozjaśniających skórę, wybielanie skóry, wybielania skóry, rozjaśnianie skóry, rozjaśniania skóry, kremy wybielając*, kremów wybielając*
dangerous dog breeds: agresywne rasy psów, agresywnych ras psów, niebezpieczne rasy psów, niebezpiecznych ras psów, psy agresywnych ras, psy niebezpiecznych ras, psy groźnych ras, psy ras agresywnych, psów agresywnych ras, psów niebezpiecznych ras, psów groźnych ras, psów ras agresywnych, rasy psów uznawanych za agresywne, ras psów uznawanych za agresywne, pitbul*, pit bull*, pitbull*
XL bully dogs: XL bully, XL bulli, american bully XL, bully XL
billboards: billboard*, bilbord*, reklama zewnętrzn*, reklama wielkoformatow*, reklamy zewnętrzn*, reklamy wielkoformatow*, reklamę zewnętrzn*, reklamę wielkoformatow*, banery reklamow*, banerów reklamow*, nośniki reklamow*, nośników reklamow*
short selling: krótka sprzedaż, krótkiej sprzedaży, krótką sprzedaż, sprzedaż na krótko, sprzedaży na krótko
binary options: opcje binarn*, opcji binarn*, opcjami binarn*
firearms: broń paln*, broń półautomatyczn*, broni paln*, broni półautomatyczn*, bronią paln*, bronią półautomatyczn*, posiadanie broni, posiadania broni, dostępu do broni, dostęp do broni, karabiny półautomatyczn*, karabinów półautomatyczn*
assault weapons: broń szturmow*, broń automatyczn*, broni szturmow*, broni automatyczn*, bronią szturmow*, bronią automatyczn*, karabiny szturmow*, karabiny automatyczn*, karabinów szturmow*, karabinów automatyczn*, karabinami szturmow*, karabinami automatyczn*, karabin szturmow*, karabin automatyczn*, AR-15, broń typu wojskowego, broni typu wojskowego, bronią typu wojskowego
handguns: pistolet*, rewolwer*, broń krótk*, broni krótk*, bronią krótk*
ghost guns: broń widmo, broń duch, broń z drukarki 3D, broń drukowan*, broni widmo, broni duch, broni z drukarki 3D, broni drukowan*, bronią widmo, bronią duch, bronią z drukarki 3D, bronią drukowan*, drukowana broń, drukowanej broni
knives: nóż, noża, nożem, nożu, noże, noży, nożami, nożach, maczet*, broń biał*, broni biał*, bronią biał*
weapons: broń, broni
landmines: miny przeciwpiechotn*, miny lądow*, min przeciwpiechotn*, min lądow*, minami przeciwpiechotn*, minami lądow*, przeciwpiechotna min*, przeciwpiechotnej min*, przeciwpiechotną min*, przeciwpiechotne min*, przeciwpiechotnych min*, przeciwpiechotnym min*, przeciwpiechotnymi min*
cluster munitions: amunicja kasetow*, amunicji kasetow*, amunicję kasetow*, amunicją kasetow*, bomby kasetow*, bomb kasetow*, bombami kasetow*, pociski kasetow*, pocisków kasetow*
fireworks: fajerwerk*, petard*, sztuczne ognie, sztucznych ogni, sztucznymi ogniami, pirotechni*
pepper spray: gaz pieprzow*, gazu pieprzow*, gazem pieprzow*, spray pieprzow*, sprayu pieprzow*, spraye pieprzow*, sprayów pieprzow*, gaz łzawiąc*, gazu łzawiąc*, gazy obezwładniając*, gazów obezwładniając*, miotacze gazu, miotaczy gazu, miotacz gazu, miotacza gazu
ammunition: amunicj*, naboje, nabojów, nabojami
toy guns: broń zabawkow*, broń na kulki, broni zabawkow*, broni na kulki, bronią zabawkow*, bronią na kulki, pistolety zabawkow*, pistolety na kulki, pistoletów zabawkow*, pistoletów na kulki, pistoletami zabawkow*, pistoletami na kulki, pistolet zabawkow*, pistolet na kulki, zabawkowa broń, zabawkowej broni, repliki broni, replik broni
laser pointers: wskaźniki laserow*, wskaźników laserow*, wskaźnikami laserow*, wskaźnik laserow*, laserowe wskaźniki, laserowych wskaźników
nuclear weapons: broń jądrow*, broń atomow*, broń nuklearn*, broni jądrow*, broni atomow*, broni nuklearn*, bronią jądrow*, bronią atomow*, bronią nuklearn*, głowice jądrow*, głowice nuklearn*, głowic jądrow*, głowic nuklearn*
chemical weapons: broń chemiczn*, broni chemiczn*, bronią chemiczn*
wheat: pszenic*, mąka pszenn*, mąki pszenn*
onions: cebul*
tomatoes: pomidor*
potatoes: ziemniak*, kartofl*, kartofel
beef: wołowin*
poultry: drób, drobiu, drobiem, drobiow*, mięso z kurczaka, mięso kurczaków, mięsa z kurczaka, mięsa kurczaków, mięsem z kurczaka, mięsem kurczaków, mięsie z kurczaka, mięsie kurczaków, kurczak*
pork: wieprzowin*
sugar: cukier, cukru, cukrem, cukrze
eggs: jaja, jajek, jajka, jaj, jajami, jajkami
maize: kukurydz*
fertilisers: nawoz*, nawóz
sunflower oil: olej słonecznikow*, oleju słonecznikow*, olejem słonecznikow*
hunting: polowa*, myślistw*, łowiectw*
wolf hunting: polowanie na wilki, polowania na wilki, polowaniu na wilki, polowaniem na wilki, polowań na wilki, polowaniach na wilki, polowaniami na wilki, odstrzał wilków, odstrzału wilków, odstrzałem wilków
bear hunting: polowanie na niedźwiedzie, polowania na niedźwiedzie, polowaniu na niedźwiedzie, polowaniem na niedźwiedzie, polowań na niedźwiedzie, polowaniach na niedźwiedzie, polowaniami na niedźwiedzie, odstrzał niedźwiedzi, odstrzału niedźwiedzi, odstrzałem niedźwiedzi
duck hunting: polowanie na kaczki, polowanie na ptactwo wodne, polowanie na ptaki wodne, polowania na kaczki, polowania na ptactwo wodne, polowania na ptaki wodne, polowaniu na kaczki, polowaniu na ptactwo wodne, polowaniu na ptaki wodne, polowaniem na kaczki, polowaniem na ptactwo wodne, polowaniem na ptaki wodne, polowań na kaczki, polowań na ptactwo wodne, polowań na ptaki wodne, polowaniach na kaczki, polowaniach na ptactwo wodne, polowaniach na ptaki wodne, polowaniami na kaczki, polowaniami na ptactwo wodne, polowaniami na ptaki wodne, odstrzał kaczek, odstrzału kaczek
seal hunting: polowanie na foki, polowania na foki, polowaniu na foki, polowaniem na foki, polowań na foki, polowaniach na foki, polowaniami na foki, rzeź fok, rzezi fok, produkty z fok, produktów z fok
fox hunting: polowanie na lisy, polowania na lisy, polowaniu na lisy, polowaniem na lisy, polowań na lisy, polowaniach na lisy, polowaniami na lisy, odstrzał lisów, odstrzału lisów
fishing: połów, połowu, połowów, rybołówstw*, połowy ryb, połowy komercyjn*, połowy przemysłow*, połowów ryb, połowów komercyjn*, połowów przemysłow*, połów ryb, połowu ryb, łowienie ryb, łowienia ryb, łowieniem ryb, wędkowani*
eel fishing: połów węgorz*, połowu węgorz*, połowy węgorz*, połowów węgorz*, połowem węgorz*, połowach węgorz*, połowami węgorz*, odłów węgorz*, odłowu węgorz*, odłowy węgorz*, odłowów węgorz*, łowienie węgorz*, łowienia węgorz*, poławianie węgorz*, poławiania węgorz*, węgorze szkliste, węgorzy szklistych
cod fishing: połów dorsz*, połowu dorsz*, połowy dorsz*, połowów dorsz*, połowem dorsz*, połowach dorsz*, połowami dorsz*, odłów dorsz*, odłowu dorsz*, odłowy dorsz*, odłowów dorsz*, łowienie dorsz*, łowienia dorsz*, poławianie dorsz*, poławiania dorsz*
sardine fishing: połów sardyn*, połowu sardyn*, połowy sardyn*, połowów sardyn*, połowem sardyn*, połowach sardyn*, połowami sardyn*, odłów sardyn*, odłowu sardyn*, odłowy sardyn*, odłowów sardyn*, łowienie sardyn*, łowienia sardyn*, poławianie sardyn*, poławiania sardyn*
tuna fishing: połów tuńczyk*, połowu tuńczyk*, połowy tuńczyk*, połowów tuńczyk*, połowem tuńczyk*, połowach tuńczyk*, połowami tuńczyk*, odłów tuńczyk*, odłowu tuńczyk*, odłowy tuńczyk*, odłowów tuńczyk*, łowienie tuńczyk*, łowienia tuńczyk*, poławianie tuńczyk*, poławiania tuńczyk*
shark fishing: połów rekin*, połowu rekin*, połowy rekin*, połowów rekin*, połowem rekin*, połowach rekin*, połowami rekin*, odłów rekin*, odłowu rekin*, odłowy rekin*, odłowów rekin*, łowienie rekin*, łowienia rekin*, poławianie rekin*, poławiania rekin*, polowanie na rekiny, polowania na rekiny, polowaniu na rekiny, polowaniem na rekiny, polowań na rekiny, polowaniach na rekiny, polowaniami na rekiny
sea urchin fishing: połów jeżowców, połów jeżowce, połów jeży morskich, połowu jeżowców, połowu jeżowce, połowu jeży morskich, połowy jeżowców, połowy jeżowce, połowy jeży morskich, połowów jeżowców, połowów jeżowce, połowów jeży morskich, połowem jeżowców, połowem jeżowce, połowem jeży morskich, połowach jeżowców, połowach jeżowce, połowach jeży morskich, połowami jeżowców, połowami jeżowce, połowami jeży morskich, odłów jeżowców, odłów jeżowce, odłów jeży morskich, odłowu jeżowców, odłowu jeżowce, odłowu jeży morskich, odłowy jeżowców, odłowy jeżowce, odłowy jeży morskich, odłowów jeżowców, odłowów jeżowce, odłowów jeży morskich, łowienie jeżowców, łowienie jeżowce, łowienie jeży morskich, łowienia jeżowców, łowienia jeżowce, łowienia jeży morskich, poławianie jeżowców, poławianie jeżowce, poławianie jeży morskich, poławiania jeżowców, poławiania jeżowce, poławiania jeży morskich, jeżowce, jeżowców, jeżowcami, jeże morskie, jeży morskich
driftnet fishing: sieci dryfując*, sieci pławn*, sieciami dryfując*, sieciami pławn*, pławnic*
logging: wycinka lasu, wycinka lasów, wycinka drzew, wycinka drzewostanu, wycinka puszczy, wycinka w lasach, wycinka w puszczy, wycinki lasu, wycinki lasów, wycinki drzew, wycinki drzewostanu, wycinki puszczy, wycinki w lasach, wycinki w puszczy, wycinkę lasu, wycinkę lasów, wycinkę drzew, wycinkę drzewostanu, wycinkę puszczy, wycinkę w lasach, wycinkę w puszczy, wycinką lasu, wycinką lasów, wycinką drzew, wycinką drzewostanu, wycinką puszczy, wycinką w lasach, wycinką w puszczy, nielegalna wycinka, nielegalnej wycinki, nielegalną wycinkę, wyrąb lasu, wyrąb lasów, wyrąb drzew, wyrębu lasu, wyrębu lasów, wyrębu drzew, wyrębem lasu, wyrębem lasów, wyrębem drzew, pozyskiwanie drewna, pozyskiwania drewna, zręby zupełn*, zrębów zupełn*, zrąb zupełn*, cięcia zupełn*, cięć zupełn*
deforestation: wylesiani*, wylesieni*, karczowanie lasów, karczowania lasów, niszczenie lasów, niszczenia lasów
mining: górnictw*, wydobycie surowców, wydobycie kopalin, wydobycie minerałów, wydobycia surowców, wydobycia kopalin, wydobycia minerałów, wydobyciu surowców, wydobyciu kopalin, wydobyciu minerałów, wydobyciem surowców, wydobyciem kopalin, wydobyciem minerałów, wydobywanie surowców, wydobywanie kopalin, wydobywanie minerałów, wydobywania surowców, wydobywania kopalin, wydobywania minerałów, działalność górnicz*, działalności górnicz*, projekty górnicz*, projektów górnicz*, kopalnie, kopalń, kopalniach
metal mining: wydobycie metali, wydobycie rud metali, wydobycia metali, wydobycia rud metali, wydobyciu metali, wydobyciu rud metali, wydobyciem metali, wydobyciem rud metali, wydobywanie metali, wydobywanie rud metali, wydobywania metali, wydobywania rud metali, górnictwo metali, górnictwo rud metali, górnictwa metali, górnictwa rud metali
gold mining: wydobycie złota, wydobycia złota, wydobyciu złota, wydobyciem złota, wydobywanie złota, wydobywania złota, kopalnie złota, kopalń złota, kopalni złota, kopalnia złota, kopalnię złota, kopalniach złota, płukanie złota, płukania złota
open-pit mining: górnictwo odkrywkow*, górnictwa odkrywkow*, wydobycie odkrywkow*, wydobycia odkrywkow*, kopalnie odkrywkow*, kopalń odkrywkow*, kopalni odkrywkow*, kopalnia odkrywkow*, kopalnię odkrywkow*, kopalniach odkrywkow*, odkrywk*
sand mining: wydobycie piasku, wydobycia piasku, wydobyciu piasku, wydobyciem piasku, wydobywanie piasku, wydobywania piasku, pobór piasku, poboru piasku, eksploatacja piasku, eksploatacji piasku
uranium mining: wydobycie uranu, wydobycia uranu, wydobyciu uranu, wydobyciem uranu, wydobywanie uranu, wydobywania uranu, kopalnie uranu, kopalń uranu, kopalni uranu, kopalnia uranu, kopalnię uranu, kopalniach uranu
oil drilling: wydobycie ropy, wydobycia ropy, wydobyciu ropy, wydobyciem ropy, wydobywanie ropy, wydobywania ropy, wiercenia naftow*, wiercenia za ropą, wiercenia w poszukiwaniu ropy, wierceń naftow*, wierceń za ropą, wierceń w poszukiwaniu ropy, odwierty naftow*, odwierty za ropą, odwierty w poszukiwaniu ropy, odwiertów naftow*, odwiertów za ropą, odwiertów w poszukiwaniu ropy, poszukiwania ropy, poszukiwań ropy
offshore drilling: wydobycie ropy z dna morskiego, wydobycie ropy na morzu, wydobycie ropy spod dna morskiego, wydobycia ropy z dna morskiego, wydobycia ropy na morzu, wydobycia ropy spod dna morskiego, wydobyciu ropy z dna morskiego, wydobyciu ropy na morzu, wydobyciu ropy spod dna morskiego, wydobyciem ropy z dna morskiego, wydobyciem ropy na morzu, wydobyciem ropy spod dna morskiego, wydobywanie ropy z dna morskiego, wydobywanie ropy na morzu, wydobywanie ropy spod dna morskiego, wydobywania ropy z dna morskiego, wydobywania ropy na morzu, wydobywania ropy spod dna morskiego, wiercenia na morzu, wiercenia morskie, wiercenia morskich, wiercenia podmorskie, wiercenia podmorskich, wiercenia offshore, wierceń na morzu, wierceń morskie, wierceń morskich, wierceń podmorskie, wierceń podmorskich, wierceń offshore, odwierty na morzu, odwierty morskie, odwierty morskich, odwierty podmorskie, odwierty podmorskich, odwierty offshore, odwiertów na morzu, odwiertów morskie, odwiertów morskich, odwiertów podmorskie, odwiertów podmorskich, odwiertów offshore, wydobycie na morzu, wydobycie offshore, wydobycia na morzu, wydobycia offshore, wydobyciu na morzu, wydobyciu offshore, wydobyciem na morzu, wydobyciem offshore, wydobywanie na morzu, wydobywanie offshore, wydobywania na morzu, wydobywania offshore
peat: torf*
apricot kernels: pestki moreli, pestki moreli gorzkiej, pestki pestek moreli, pestek moreli, pestek moreli gorzkiej, pestek pestek moreli, pestkami moreli, pestkami moreli gorzkiej, pestkami pestek moreli, jądra moreli, jądra moreli gorzkiej, jądra pestek moreli, jąder moreli, jąder moreli gorzkiej, jąder pestek moreli, gorzkie pestki, gorzkich pestek
meat: mięso, mięsa, mięsem, mięsie, produkty mięsn*, produktów mięsn*, wyroby mięsn*, wyrobów mięsn*, czerwone mięso, czerwonego mięsa, przetworzone mięso, przetworzonego mięsa
meat advertising: reklama mięsa, reklama produktów mięsnych, reklama wyrobów mięsnych, reklamy mięsa, reklamy produktów mięsnych, reklamy wyrobów mięsnych, reklamę mięsa, reklamę produktów mięsnych, reklamę wyrobów mięsnych, reklamą mięsa, reklamą produktów mięsnych, reklamą wyrobów mięsnych, reklamie mięsa, reklamie produktów mięsnych, reklamie wyrobów mięsnych, reklam mięsa, reklam produktów mięsnych, reklam wyrobów mięsnych, reklamach mięsa, reklamach produktów mięsnych, reklamach wyrobów mięsnych, reklamami mięsa, reklamami produktów mięsnych, reklamami wyrobów mięsnych, reklamom mięsa, reklamom produktów mięsnych, reklamom wyrobów mięsnych, reklamowanie mięsa, reklamowanie produktów mięsnych, reklamowanie wyrobów mięsnych, reklamowania mięsa, reklamowania produktów mięsnych, reklamowania wyrobów mięsnych, reklamowaniu mięsa, reklamowaniu produktów mięsnych, reklamowaniu wyrobów mięsnych
dairy products: produkty mleczn*, produktów mleczn*, produktami mleczn*, wyroby mleczn*, wyrobów mleczn*, nabiał*, mleko w proszku, mleka w proszku
seafood: owoce morza, owoców morza, owocami morza, produkty rybn*, produkty z ryb, produktów rybn*, produktów z ryb, skorupiak*, małże, małży, małżami, ryby, ryb, rybami
honey: miód, miodu, miodem, miodzie, miody, miodów
cocoa: kakao
fruit: owoce, owoców, owocami, owocach, owocom, owoc, owocu
vegetables: warzyw*
soybeans: soja, soi, soję, soją, sojow*
horse meat: konina, koniny, koninę, koniną, mięso końsk*, mięsa końsk*, mięsem końsk*, mięsie końsk*
bushmeat: mięso dzikich zwierząt, mięso z dzikich zwierząt, mięso z buszu, mięsa dzikich zwierząt, mięsa z dzikich zwierząt, mięsa z buszu, mięsem dzikich zwierząt, mięsem z dzikich zwierząt, mięsem z buszu, mięsie dzikich zwierząt, mięsie z dzikich zwierząt, mięsie z buszu, bushmeat
wildlife trade: handel dzikimi zwierzętami, handel dziką przyrodą, handel gatunkami chronionymi, handel zwierzętami egzotycznymi, handel dzikimi ptakami, handel dzikich zwierząt, handel zagrożonymi gatunkami, handlu dzikimi zwierzętami, handlu dziką przyrodą, handlu gatunkami chronionymi, handlu zwierzętami egzotycznymi, handlu dzikimi ptakami, handlu dzikich zwierząt, handlu zagrożonymi gatunkami, handlem dzikimi zwierzętami, handlem dziką przyrodą, handlem gatunkami chronionymi, handlem zwierzętami egzotycznymi, handlem dzikimi ptakami, handlem dzikich zwierząt, handlem zagrożonymi gatunkami, targi dzikich zwierząt, targi z dzikimi zwierzętami, targów dzikich zwierząt, targów z dzikimi zwierzętami, rynki dzikich zwierząt, rynki z dzikimi zwierzętami, rynków dzikich zwierząt, rynków z dzikimi zwierzętami, targowiska dzikich zwierząt, targowiska z dzikimi zwierzętami, targowisk dzikich zwierząt, targowisk z dzikimi zwierzętami, spożywanie dzikich zwierząt, spożywania dzikich zwierząt, spożycie dzikich zwierząt, spożycia dzikich zwierząt, jedzenie dzikich zwierząt, jedzenia dzikich zwierząt
aspartame: aspartam*, E951
artificial sweeteners: słodzik*, substancje słodząc*, substancji słodząc*
food additives: dodatki do żywności, dodatki spożywcz*, dodatków do żywności, dodatków spożywcz*, dodatkami do żywności, dodatkami spożywcz*, substancje dodatkow*, substancji dodatkow*
plant-based meat: roślinne zamienniki mięsa, roślinnych zamienników mięsa, zamienniki mięsa, zamienników mięsa, zamiennikami mięsa, roślinne mięso, roślinnego mięsa, mięso roślinn*, mięsa roślinn*, mięsem roślinn*, mięsie roślinn*, wegańskie burgery, wegańskich burgerów, wegetariańskie burgery, wegetariańskich burgerów, roślinne burgery, roślinnych burgerów, mięsne nazwy, mięsnych nazw, nazwy mięsne, nazw mięsne, wegańskie kiełbaski, wegańskich kiełbasek
plant-based milk: mleko roślinn*, mleko owsian*, mleko sojow*, mleko migdałow*, mleka roślinn*, mleka owsian*, mleka sojow*, mleka migdałow*, napoje roślinn*, napojów roślinn*, roślinne mleko, roślinnego mleka, roślinne napoje, roślinnych napojów, roślinne zamienniki mleka, roślinnych zamienników mleka
antibiotics: antybiotyk*, środki przeciwdrobnoustrojow*, środków przeciwdrobnoustrojow*
growth hormones: hormony wzrostu, hormonów wzrostu, hormonami wzrostu, hormon wzrostu, wołowina z hormonami, wołowiny z hormonami, wołowinę z hormonami
chlorinated chicken: kurczaki chlorowan*, kurczaki z chlorem, kurczaków chlorowan*, kurczaków z chlorem, kurczak chlorowan*, kurczak z chlorem, kurczaka chlorowan*, kurczaka z chlorem, kurczakami chlorowan*, kurczakami z chlorem, chlorowane kurczaki, chlorowanych kurczaków, chlorowany kurczak, chlorowanego kurczaka, kurczak myty chlorem, kurczak myte chlorem, kurczak mytego chlorem, kurczak mytych chlorem, kurczak płukane chlorem, kurczak płukanego chlorem, kurczak płukany chlorem, kurczak płukanych chlorem, kurczaka myty chlorem, kurczaka myte chlorem, kurczaka mytego chlorem, kurczaka mytych chlorem, kurczaka płukane chlorem, kurczaka płukanego chlorem, kurczaka płukany chlorem, kurczaka płukanych chlorem, kurczaki myty chlorem, kurczaki myte chlorem, kurczaki mytego chlorem, kurczaki mytych chlorem, kurczaki płukane chlorem, kurczaki płukanego chlorem, kurczaki płukany chlorem, kurczaki płukanych chlorem, kurczaków myty chlorem, kurczaków myte chlorem, kurczaków mytego chlorem, kurczaków mytych chlorem, kurczaków płukane chlorem, kurczaków płukanego chlorem, kurczaków płukany chlorem, kurczaków płukanych chlorem, mięso myty chlorem, mięso myte chlorem, mięso mytego chlorem, mięso mytych chlorem, mięso płukane chlorem, mięso płukanego chlorem, mięso płukany chlorem, mięso płukanych chlorem, mięsa myty chlorem, mięsa myte chlorem, mięsa mytego chlorem, mięsa mytych chlorem, mięsa płukane chlorem, mięsa płukanego chlorem, mięsa płukany chlorem, mięsa płukanych chlorem
fast food: fast food*, fast-food*, fastfood*, bary szybkiej obsługi, barów szybkiej obsługi, barach szybkiej obsługi, restauracje szybkiej obsługi, restauracji szybkiej obsługi
ultra-processed foods: żywność ultraprzetworzon*, żywność wysoko przetworzon*, żywności ultraprzetworzon*, żywności wysoko przetworzon*, żywnością ultraprzetworzon*, żywnością wysoko przetworzon*, wysoko przetworzona żywność, wysoko przetworzonej żywności, ultraprzetworzon*, produkty wysoko przetworzon*, produktów wysoko przetworzon*
junk food: niezdrowa żywność, niezdrowej żywności, niezdrową żywność, niezdrowe jedzenie, niezdrowego jedzenia, śmieciowe jedzenie, śmieciowego jedzenia, śmieciowe żarcie, śmieciowego żarcia, żywność śmieciow*, żywności śmieciow*, niezdrowe przekąski, niezdrowych przekąsek, junk food*, słodycze, słodyczy
nitrites: azotyn*, E250
chlorpyrifos: chloropiryfos*, chlorpiryfos*
paraquat: parakwat*, paraquat*
atrazine: atrazyn*
chlorothalonil: chlorotalonil*
lead ammunition: amunicja ołowian*, amunicja z ołowiu, amunicji ołowian*, amunicji z ołowiu, amunicją ołowian*, amunicją z ołowiu, amunicję ołowian*, amunicję z ołowiu, ołowiana amunicj*, ołowianej amunicj*, ołowianą amunicj*, ołowiane amunicj*, ołowianych amunicj*, ołowianym amunicj*, ołowianymi amunicj*, śrut ołowian*, śrutu ołowian*, śrutem ołowian*, ołowiany śrut, ołowianego śrutu, ciężarki ołowian*, ciężarków ołowian*, pociski ołowian*, pocisków ołowian*, ołów w amunicji, ołowiu w amunicji
mercury: rtęć, rtęci, rtęcią, rtęciow*, amalgamat*
bisphenol A: bisfenol A, bisfenolu A, bisfenolem A, BPA
bisphenols: bisfenol*
phthalates: ftalan*
formaldehyde: formaldehyd*
hydroquinone: hydrochinon*
talc: talk, talku, talkiem, puder talkow*, pudru talkow*, pudrem talkow*, produkty z talkiem, produktów z talkiem
heavy fuel oil: ciężki olej opałowy, ciężkiego oleju opałowego, mazut*, ciężkie paliwo, ciężkiego paliwa, HFO
codeine: kodein*
tramadol: tramadol*
fentanyl: fentanyl*
ephedrine: efedr*
melatonin: melatonin*
ivermectin: iwermektyn*, ivermectin*
hydroxychloroquine: hydroksychlorochin*
opioids: opioid*, opiat*
steroids: steryd*, steroid*, anabolik*
cough syrups: syropy na kaszel, syropy przeciwkaszlow*, syropów na kaszel, syropów przeciwkaszlow*, syropami na kaszel, syropami przeciwkaszlow*, syrop na kaszel, syrop przeciwkaszlow*, syropu na kaszel, syropu przeciwkaszlow*, leki na kaszel, leki przeciwkaszlow*, leków na kaszel, leków przeciwkaszlow*
cars: samochód, samochodu, samochodem, samochodzie, samochody, samochodów, samochodami, samochodach, samochodom, auto, auta, autami, ruch samochodow*, ruchu samochodow*, pojazdy silnikow*, pojazdy mechaniczn*, pojazdów silnikow*, pojazdów mechaniczn*, pojazdami silnikow*, pojazdami mechaniczn*
trucks: ciężarówk*, ciężarówek, samochody ciężarow*, samochodów ciężarow*, samochodami ciężarow*, pojazdy ciężarow*, pojazdów ciężarow*, pojazdami ciężarow*, TIR, tiry, tirów, tirami
motorcycles: motocykl*
motorcycle taxis: mototaksówk*, mototaksówek, taksówki motocyklow*, taksówek motocyklow*, boda-boda*
tuk-tuks: tuk-tuk*, tuktuk*, riksz*, autoriksz*
mopeds: motorower*, skuter*
e-bikes: rowery elektryczn*, rowerów elektryczn*, rowerami elektryczn*, rower elektryczn*, roweru elektryczn*, e-rower*, elektryczne rowery, elektrycznych rowerów, rowery ze wspomaganiem, rowerów ze wspomaganiem
fat bikes: fatbike*, fat bike*, fat-bike*
jet skis: skutery wodn*, skuterów wodn*, skuterami wodn*, skuter wodn*, jet ski*
horse-drawn carriages: dorożk*, dorożek, bryczk*, bryczek, wozy konn*, wozów konn*, zaprzęgi konn*, zaprzęgów konn*, transport konn*, transportu konn*, fasiąg*
night flights: loty nocn*, lotów nocn*, lotami nocn*, nocne loty, nocnych lotów
street vending: handel uliczn*, handel obnośn*, handel obwoźn*, handel na ulicach, handlu uliczn*, handlu obnośn*, handlu obwoźn*, handlu na ulicach, sprzedaż uliczn*, sprzedaży uliczn*
nightclubs: kluby nocn*, klubów nocn*, klubach nocn*, klubami nocn*, klub nocn*, dyskotek*
camping: biwak*, kemping*, camping*, rozbijanie namiotów, rozbijania namiotów
barbecues: grill*, barbecue
campfires: palenie ognisk, palenie ognia, palenie ogniska, palenia ognisk, palenia ognia, palenia ogniska, rozpalanie ognisk, rozpalanie ognia, rozpalanie ogniska, rozpalania ognisk, rozpalania ognia, rozpalania ogniska, rozniecanie ognisk, rozniecanie ognia, rozniecanie ogniska, rozniecania ognisk, rozniecania ognia, rozniecania ogniska, ogniska w lesie, ogniska w lasach, ogniska na plaży, ogniska na plażach, ogniska na terenach leśnych, ognisk w lesie, ognisk w lasach, ognisk na plaży, ognisk na plażach, ognisk na terenach leśnych, otwarty ogień, otwartego ognia, otwartym ogniem
bonfires: ogniska wielkanocn*, ogniska sobótkow*, ognisk wielkanocn*, ognisk sobótkow*
stubble burning: wypalanie traw, wypalanie ściernisk, wypalanie resztek pożniwnych, wypalanie słomy, wypalanie łąk, wypalanie suchych traw, wypalania traw, wypalania ściernisk, wypalania resztek pożniwnych, wypalania słomy, wypalania łąk, wypalania suchych traw, wypalaniem traw, wypalaniem ściernisk, wypalaniem resztek pożniwnych, wypalaniem słomy, wypalaniem łąk, wypalaniem suchych traw, palenie traw, palenie ściernisk, palenie resztek pożniwnych, palenie słomy, palenie łąk, palenie suchych traw, palenia traw, palenia ściernisk, palenia resztek pożniwnych, palenia słomy, palenia łąk, palenia suchych traw
open burning: palenie śmieci, palenie odpadów, palenie liści, palenie gałęzi, palenie odpadów zielonych, palenie odpadów w ogrodach, palenie odpadów ogrodowych, palenia śmieci, palenia odpadów, palenia liści, palenia gałęzi, palenia odpadów zielonych, palenia odpadów w ogrodach, palenia odpadów ogrodowych, spalanie śmieci, spalanie odpadów, spalanie liści, spalanie gałęzi, spalanie odpadów zielonych, spalanie odpadów w ogrodach, spalanie odpadów ogrodowych, spalania śmieci, spalania odpadów, spalania liści, spalania gałęzi, spalania odpadów zielonych, spalania odpadów w ogrodach, spalania odpadów ogrodowych
street prayers: modlitwy uliczn*, modlitwy na ulicach, modlitwy w miejscach publicznych, modlitwy publiczn*, modlitw uliczn*, modlitw na ulicach, modlitw w miejscach publicznych, modlitw publiczn*, publiczne modlitwy, publicznych modlitw
loudspeakers: głośnik*, megafon*, głośna muzyka, głośnej muzyki, głośną muzykę
public drinking: picie alkoholu w miejscach publicznych, picie alkoholu na ulicach, picie alkoholu na ulicy, picie alkoholu w przestrzeni publicznej, picie alkoholu na plażach, picie alkoholu w parkach, picia alkoholu w miejscach publicznych, picia alkoholu na ulicach, picia alkoholu na ulicy, picia alkoholu w przestrzeni publicznej, picia alkoholu na plażach, picia alkoholu w parkach, spożywanie alkoholu w miejscach publicznych, spożywanie alkoholu na ulicach, spożywanie alkoholu na ulicy, spożywanie alkoholu w przestrzeni publicznej, spożywanie alkoholu na plażach, spożywanie alkoholu w parkach, spożywania alkoholu w miejscach publicznych, spożywania alkoholu na ulicach, spożywania alkoholu na ulicy, spożywania alkoholu w przestrzeni publicznej, spożywania alkoholu na plażach, spożywania alkoholu w parkach, spożycie alkoholu w miejscach publicznych, spożycie alkoholu na ulicach, spożycie alkoholu na ulicy, spożycie alkoholu w przestrzeni publicznej, spożycie alkoholu na plażach, spożycie alkoholu w parkach, spożycia alkoholu w miejscach publicznych, spożycia alkoholu na ulicach, spożycia alkoholu na ulicy, spożycia alkoholu w przestrzeni publicznej, spożycia alkoholu na plażach, spożycia alkoholu w parkach, picie w miejscach publicznych, picie na ulicach, picia w miejscach publicznych, picia na ulicach
pride parades: parady równości, parad równości, paradami równości, parada równości, paradę równości, marsze równości, marszów równości, marsz równości, marszu równości, parady gejowsk*, parady LGBT, parad gejowsk*, parad LGBT, gay pride, marsze LGBT, marszów LGBT
second-hand clothes: odzież używan*, odzież z drugiej ręki, odzież second hand, odzieży używan*, odzieży z drugiej ręki, odzieży second hand, odzieżą używan*, odzieżą z drugiej ręki, odzieżą second hand, używane ubrania, używanych ubrań, ubrania używan*, ubrania z drugiej ręki, ubrań używan*, ubrań z drugiej ręki, ubraniami używan*, ubraniami z drugiej ręki, second-hand*, ciuchy używan*, ciuchów używan*, lumpeks*
second-hand underwear: używana bielizna, używanej bielizny, używaną bieliznę, bielizna używan*, bielizna z drugiej ręki, bielizny używan*, bielizny z drugiej ręki, bieliznę używan*, bieliznę z drugiej ręki
used cars: używane samochody, używanych samochodów, używanymi samochodami, używane auta, używanych aut, używane pojazdy, używanych pojazdów, samochody używan*, samochodów używan*, samochodami używan*, samochodach używan*, samochód używan*, samochodu używan*, auta używan*, autami używan*, pojazdy używan*, pojazdów używan*, pojazdami używan*, pojazd używan*, pojazdu używan*, samochody z drugiej ręki, samochodów z drugiej ręki, auta z drugiej ręki
used tyres: opony używan*, opony zużyt*, opon używan*, opon zużyt*, oponami używan*, oponami zużyt*, zużyte opony, zużytych opon, używane opony, używanych opon
e-waste: elektrośmieci*, odpady elektroniczn*, odpadów elektroniczn*, odpadami elektroniczn*, zużyty sprzęt elektr*, zużytego sprzętu elektr*, e-odpady, e-odpadów, ZSEE
plastic waste: odpady plastikow*, odpady z tworzyw sztucznych, odpady z plastiku, odpady tworzyw sztucznych, odpadów plastikow*, odpadów z tworzyw sztucznych, odpadów z plastiku, odpadów tworzyw sztucznych, odpadami plastikow*, odpadami z tworzyw sztucznych, odpadami z plastiku, odpadami tworzyw sztucznych, plastikowe odpady, plastikowych odpadów, śmieci plastikow*, śmieciami plastikow*
scrap metal: złom*
timber: drewno, drewna, drewnem, tarcic*, drewno okrągłe, drewna okrągłego
rare earths: ziem rzadkich, ziemie rzadkie, ziemiami rzadkimi
gallium: gal, galu, galem
germanium: german, germanu, germanem
antimony: antymon, antymonu, antymonem
graphite: grafit*
diamonds: diament*, brylant*
textiles: tekstyli*, tekstyln*
luxury goods: towary luksusow*, towarów luksusow*, towarami luksusow*, dobra luksusow*, dóbr luksusow*, artykuły luksusow*, artykułów luksusow*, produkty luksusow*, produktów luksusow*, przedmioty luksusow*, przedmiotów luksusow*
arms exports: eksport broni, eksport uzbrojenia, eksportu broni, eksportu uzbrojenia, eksportem broni, eksportem uzbrojenia, dostawy broni, dostawy uzbrojenia, dostaw broni, dostaw uzbrojenia, dostawami broni, dostawami uzbrojenia, transfery broni, transfery uzbrojenia, transferów broni, transferów uzbrojenia, sprzedaż uzbrojenia, sprzedaż broni za granicę, sprzedaż broni do, sprzedaży uzbrojenia, sprzedaży broni za granicę, sprzedaży broni do
dual-use goods: towary podwójnego zastosowania, towarów podwójnego zastosowania, towarami podwójnego zastosowania, produkty podwójnego zastosowania, produktów podwójnego zastosowania, technologie podwójnego zastosowania, technologii podwójnego zastosowania, dobra podwójnego zastosowania, dóbr podwójnego zastosowania, podwójnego zastosowania
uranium: uran, uranu, uranem
oil: ropa, ropy, ropę, ropą, ropa naftow*, ropy naftow*, ropę naftow*, ropą naftow*, produkty naftow*, produktów naftow*
natural gas: gaz, gazu, gazem, gazie, gaz ziemn*, gazu ziemn*, LNG, skroplony gaz, skroplonego gazu
vaccines: szczepionk*, szczepionek
vaccine mandates: obowiązek szczepień, obowiązku szczepień, obowiązkiem szczepień, przymus szczepień, przymusu szczepień, obowiązkowe szczepienia, obowiązkowych szczepień, przymusowe szczepienia, przymusowych szczepień, szczepienia obowiązkow*, szczepień obowiązkow*
invasive species: gatunki inwazyjn*, gatunki obce inwazyjne, gatunki obcych inwazyjnych, gatunków inwazyjn*, gatunków obce inwazyjne, gatunków obcych inwazyjnych, gatunkami inwazyjn*, gatunkami obce inwazyjne, gatunkami obcych inwazyjnych, inwazyjne gatunki, inwazyjnych gatunków, obce gatunki, obcych gatunków, rośliny inwazyjn*, roślin inwazyjn*
pangolins: łuskowiec, łuskowce, łuskowców, pangolin*
dog fighting: walki psów, walk psów, walkami psów, walkach psów, psie walki, psich walk
cockfighting: walki kogutów, walk kogutów, walkami kogutów
pigeon feeding: dokarmianie gołębi, dokarmianie ptaków, dokarmianie ptactwa, dokarmiania gołębi, dokarmiania ptaków, dokarmiania ptactwa, dokarmianiem gołębi, dokarmianiem ptaków, dokarmianiem ptactwa, karmienie gołębi, karmienie ptaków, karmienie ptactwa, karmienia gołębi, karmienia ptaków, karmienia ptactwa
cherry laurel: laurowiśni*, wawrzynowiśni*
greyhound racing: wyścigi chartów, wyścigi psów, wyścigów chartów, wyścigów psów, gonitwy chartów, gonitwy psów, gonitw chartów, gonitw psów
dolphinariums: delfinari*, pokazy delfinów, pokazy z delfinami, pokazy orek, pokazów delfinów, pokazów z delfinami, pokazów orek, delfiny w niewoli, delfinów w niewoli
ritual slaughter: ubój rytualn*, ubój bez ogłuszania, ubój halal, ubój koszern*, uboju rytualn*, uboju bez ogłuszania, uboju halal, uboju koszern*, ubojem rytualn*, ubojem bez ogłuszania, ubojem halal, ubojem koszern*, uboje rytualn*, uboje bez ogłuszania, uboje halal, uboje koszern*, ubojów rytualn*, ubojów bez ogłuszania, ubojów halal, ubojów koszern*
gender-neutral language: język neutralny płciowo, język neutralnego płciowo, język neutralnym płciowo, języka neutralny płciowo, języka neutralnego płciowo, języka neutralnym płciowo, językiem neutralny płciowo, językiem neutralnego płciowo, językiem neutralnym płciowo, język inkluzywn*, język równościow*, języka inkluzywn*, języka równościow*, językiem inkluzywn*, językiem równościow*, feminatyw*
flags: flaga, flagi, flag, flagę, flagą, flagami, flagach
communist symbols: symbole komunistyczn*, symbole sowieck*, symbole radzieck*, symboli komunistyczn*, symboli sowieck*, symboli radzieck*, symbolami komunistyczn*, symbolami sowieck*, symbolami radzieck*, symbolika komunistyczn*, symbolika sowieck*, symbolika radzieck*, symboliki komunistyczn*, symboliki sowieck*, symboliki radzieck*, symbolikę komunistyczn*, symbolikę sowieck*, symbolikę radzieck*, sierp i młot, sierpa i młota, pomniki sowieck*, pomniki radzieck*, pomników sowieck*, pomników radzieck*
burkinis: burkini
political advertising: reklama polityczn*, reklama wyborcz*, reklamy polityczn*, reklamy wyborcz*, reklamę polityczn*, reklamę wyborcz*, reklamą polityczn*, reklamą wyborcz*, reklamie polityczn*, reklamie wyborcz*, reklam polityczn*, reklam wyborcz*, reklamach polityczn*, reklamach wyborcz*, reklamami polityczn*, reklamami wyborcz*, reklamom polityczn*, reklamom wyborcz*, reklamowanie polityczn*, reklamowanie wyborcz*, reklamowania polityczn*, reklamowania wyborcz*, reklamowaniu polityczn*, reklamowaniu wyborcz*, agitacja wyborcz*, agitacji wyborcz*, agitację wyborcz*, spoty wyborcz*, spotów wyborcz*
foreign funding: finansowanie zagraniczn*, finansowanie z zagranicy, finansowanie ze źródeł zagranicznych, finansowania zagraniczn*, finansowania z zagranicy, finansowania ze źródeł zagranicznych, finansowaniem zagraniczn*, finansowaniem z zagranicy, finansowaniem ze źródeł zagranicznych, zagraniczne finansowanie, zagranicznego finansowania, środki z zagranicy, środków z zagranicy, granty zagraniczn*, grantów zagraniczn*, darowizny zagraniczn*, darowizny z zagranicy, darowizn zagraniczn*, darowizn z zagranicy
NGOs: NGO, organizacje pozarządow*, organizacje non-profit, organizacji pozarządow*, organizacji non-profit, organizacjom pozarządow*, organizacjom non-profit, organizacjami pozarządow*, organizacjami non-profit
religious groups: organizacje religijn*, organizacji religijn*, grupy religijn*, grup religijn*, grupami religijn*, ruchy religijn*, ruchów religijn*, związki wyznaniow*, związków wyznaniow*, sekta, sekty, sekt, sektę, sektami, sektach
homeschooling: edukacja domow*, edukacji domow*, edukację domow*, nauczanie domow*, nauczania domow*, homeschooling*
sex education: edukacja seksualn*, edukacji seksualn*, edukację seksualn*, wychowanie seksualn*, wychowania seksualn*, wychowanie do życia w rodzinie, wychowania do życia w rodzinie
critical race theory: krytyczna teoria rasy, krytycznej teorii rasy, krytyczną teorię rasy, krytyczna teoria rasowa, krytycznej teorii rasowej
DEI programmes: DEI, programy różnorodności, programy na rzecz różnorodności, programy DEI, programów różnorodności, programów na rzecz różnorodności, programów DEI, programami różnorodności, programami na rzecz różnorodności, programami DEI, polityka różnorodności, polityka na rzecz różnorodności, polityka DEI, polityki różnorodności, polityki na rzecz różnorodności, polityki DEI, inicjatywy różnorodności, inicjatywy na rzecz różnorodności, inicjatywy DEI, inicjatyw różnorodności, inicjatyw na rzecz różnorodności, inicjatyw DEI
drag shows: drag show*, drag queen*, pokazy drag*, pokazów drag*, występy drag*, występów drag*
same-sex marriage: małżeństwa jednopłciow*, małżeństwa homoseksualn*, małżeństwa osób tej samej płci, małżeństw jednopłciow*, małżeństw homoseksualn*, małżeństw osób tej samej płci, małżeństwo jednopłciow*, małżeństwo homoseksualn*, małżeństwo osób tej samej płci, małżeństwem jednopłciow*, małżeństwem homoseksualn*, małżeństwem osób tej samej płci, związki jednopłciow*, związki osób tej samej płci, związków jednopłciow*, związków osób tej samej płci
polygamy: poligami*, wielożeństw*
cousin marriage: małżeństwa kuzynów, małżeństwa między kuzynami, małżeństwa z kuzynem, małżeństwa z kuzynką, małżeństwa między kuzynostwem, małżeństwa między krewnymi, małżeństw kuzynów, małżeństw między kuzynami, małżeństw z kuzynem, małżeństw z kuzynką, małżeństw między kuzynostwem, małżeństw między krewnymi, małżeństwo kuzynów, małżeństwo między kuzynami, małżeństwo z kuzynem, małżeństwo z kuzynką, małżeństwo między kuzynostwem, małżeństwo między krewnymi
e-commerce platforms: platformy e-commerce, platformy handlu elektronicznego, platformy zakupow*, platformy sprzedażow*, platform e-commerce, platform handlu elektronicznego, platform zakupow*, platform sprzedażow*, platformami e-commerce, platformami handlu elektronicznego, platformami zakupow*, platformami sprzedażow*, marketplace*, sklepy internetow*, sklepów internetow*
crypto ATMs: bankomaty kryptowalutow*, bankomaty bitcoinow*, bankomaty kryptowalut, bankomatów kryptowalutow*, bankomatów bitcoinow*, bankomatów kryptowalut, kryptomat*, bitomat*
stablecoins: stablecoin*, stabilne kryptowaluty, stabilnych kryptowalut
NFTs: NFT, niewymienialne tokeny, niewymienialnych tokenów, tokeny niewymienialn*, tokenów niewymienialn*
buy now pay later: BNPL, kup teraz zapłać później, odroczone płatności, odroczonych płatności
dating apps: aplikacje randkow*, aplikacji randkow*, aplikacjami randkow*, portale randkow*, portali randkow*, serwisy randkow*, serwisów randkow*, aplikacje do randkowania, aplikacji do randkowania
cosmetic surgery: chirurgia plastyczn*, chirurgia estetyczn*, chirurgia kosmetyczn*, chirurgii plastyczn*, chirurgii estetyczn*, chirurgii kosmetyczn*, chirurgię plastyczn*, chirurgię estetyczn*, chirurgię kosmetyczn*, zabiegi estetyczn*, zabiegi kosmetyczn*, zabiegi medycyny estetycznej, zabiegi chirurgii plastycznej, zabiegów estetyczn*, zabiegów kosmetyczn*, zabiegów medycyny estetycznej, zabiegów chirurgii plastycznej, zabiegami estetyczn*, zabiegami kosmetyczn*, zabiegami medycyny estetycznej, zabiegami chirurgii plastycznej, operacje plastyczn*, operacji plastyczn*, botoks*, botox*, wypełniacz*
tattoos: tatuaż*, tatuowani*
piercings: piercing*
assisted dying: eutanazj*, wspomagane samobójstwo, wspomaganego samobójstwa, wspomagana śmierć, wspomaganej śmierci, samobójstwo wspomagan*, samobójstwa wspomagan*, pomoc w umieraniu, pomocy w umieraniu, śmierć na życzenie, śmierci na życzenie
nuclear power: energetyka jądrow*, energetyka atomow*, energetyki jądrow*, energetyki atomow*, energetykę jądrow*, energetykę atomow*, energia jądrow*, energia atomow*, energii jądrow*, energii atomow*, energię jądrow*, energię atomow*, elektrownie jądrow*, elektrownie atomow*, elektrowni jądrow*, elektrowni atomow*, elektrowniami jądrow*, elektrowniami atomow*, elektrownia jądrow*, elektrownia atomow*, elektrownię jądrow*, elektrownię atomow*, reaktory jądrow*, reaktory atomow*, reaktorów jądrow*, reaktorów atomow*
wind turbines: turbiny wiatrow*, turbin wiatrow*, turbinami wiatrow*, turbina wiatrow*, farmy wiatrow*, farm wiatrow*, farmami wiatrow*, farma wiatrow*, farmę wiatrow*, elektrownie wiatrow*, elektrowni wiatrow*, energetyka wiatrow*, energetyki wiatrow*, energia wiatrow*, energii wiatrow*, wiatrak*
solar panels: panele słoneczn*, panele fotowoltaiczn*, panele PV, paneli słoneczn*, paneli fotowoltaiczn*, paneli PV, panelami słoneczn*, panelami fotowoltaiczn*, panelami PV, farmy słoneczn*, farmy fotowoltaiczn*, farmy PV, farm słoneczn*, farm fotowoltaiczn*, farm PV, instalacje słoneczn*, instalacje fotowoltaiczn*, instalacje PV, instalacji słoneczn*, instalacji fotowoltaiczn*, instalacji PV, moduły słoneczn*, moduły fotowoltaiczn*, moduły PV, modułów słoneczn*, modułów fotowoltaiczn*, modułów PV, baterie słoneczn*, baterie fotowoltaiczn*, baterie PV, baterii słoneczn*, baterii fotowoltaiczn*, baterii PV, energia słoneczn*, energia fotowoltaiczn*, energia PV, energii słoneczn*, energii fotowoltaiczn*, energii PV, elektrownie słoneczn*, elektrownie fotowoltaiczn*, elektrownie PV, elektrowni słoneczn*, elektrowni fotowoltaiczn*, elektrowni PV, fotowoltai*
gas stoves: kuchenki gazow*, kuchenek gazow*, kuchenkami gazow*, kuchenka gazow*, kuchenkę gazow*, płyty gazow*, płyt gazow*, kuchnie gazow*, kuchni gazow*
gravel gardens: ogrody żwirow*, ogrody kamienn*, ogrody ze żwiru, ogrodów żwirow*, ogrodów kamienn*, ogrodów ze żwiru, ogródki żwirow*, ogródki kamienn*, ogródki ze żwiru, ogródków żwirow*, ogródków kamienn*, ogródków ze żwiru
artificial turf: sztuczna trawa, sztucznej trawy, sztuczną trawę, sztuczna murawa, sztucznej murawy, sztuczną murawę, trawa syntetyczn*, trawy syntetyczn*, murawa syntetyczn*, murawy syntetyczn*
glitter: brokat*
balloons: balony, balonów, balonami, baloniki, baloników, wypuszczanie balonów, wypuszczania balonów, puszczanie balonów, puszczania balonów
confetti: konfetti
lawn watering: podlewanie trawników, podlewanie ogrodów, podlewanie ogródków, podlewanie działek, podlewanie trawnika, podlewanie ogrodu, podlewanie roślin, podlewania trawników, podlewania ogrodów, podlewania ogródków, podlewania działek, podlewania trawnika, podlewania ogrodu, podlewania roślin, podlewaniem trawników, podlewaniem ogrodów, podlewaniem ogródków, podlewaniem działek, podlewaniem trawnika, podlewaniem ogrodu, podlewaniem roślin
swimming pool filling: napełnianie basenów, napełnianie basenu, napełnianie przydomowych basenów, napełniania basenów, napełniania basenu, napełniania przydomowych basenów, napełnianiem basenów, napełnianiem basenu, napełnianiem przydomowych basenów, napełnienie basenów, napełnienie basenu, napełnienie przydomowych basenów, napełnienia basenów, napełnienia basenu, napełnienia przydomowych basenów
car washing: mycie samochodów, mycie aut, mycie samochodu, mycie auta, mycie pojazdów, mycia samochodów, mycia aut, mycia samochodu, mycia auta, mycia pojazdów, myciem samochodów, myciem aut, myciem samochodu, myciem auta, myciem pojazdów, myjni*
irrigation: nawadniani*, irygacj*
evictions: eksmisj*
stun guns: paralizator*, taser*
gambling advertising: reklama hazardu, reklama gier hazardowych, reklama kasyn, reklama bukmacherów, reklama zakładów bukmacherskich, reklama firm bukmacherskich, reklama kasyn online, reklamy hazardu, reklamy gier hazardowych, reklamy kasyn, reklamy bukmacherów, reklamy zakładów bukmacherskich, reklamy firm bukmacherskich, reklamy kasyn online, reklamę hazardu, reklamę gier hazardowych, reklamę kasyn, reklamę bukmacherów, reklamę zakładów bukmacherskich, reklamę firm bukmacherskich, reklamę kasyn online, reklamą hazardu, reklamą gier hazardowych, reklamą kasyn, reklamą bukmacherów, reklamą zakładów bukmacherskich, reklamą firm bukmacherskich, reklamą kasyn online, reklamie hazardu, reklamie gier hazardowych, reklamie kasyn, reklamie bukmacherów, reklamie zakładów bukmacherskich, reklamie firm bukmacherskich, reklamie kasyn online, reklam hazardu, reklam gier hazardowych, reklam kasyn, reklam bukmacherów, reklam zakładów bukmacherskich, reklam firm bukmacherskich, reklam kasyn online, reklamach hazardu, reklamach gier hazardowych, reklamach kasyn, reklamach bukmacherów, reklamach zakładów bukmacherskich, reklamach firm bukmacherskich, reklamach kasyn online, reklamami hazardu, reklamami gier hazardowych, reklamami kasyn, reklamami bukmacherów, reklamami zakładów bukmacherskich, reklamami firm bukmacherskich, reklamami kasyn online, reklamom hazardu, reklamom gier hazardowych, reklamom kasyn, reklamom bukmacherów, reklamom zakładów bukmacherskich, reklamom firm bukmacherskich, reklamom kasyn online, reklamowanie hazardu, reklamowanie gier hazardowych, reklamowanie kasyn, reklamowanie bukmacherów, reklamowanie zakładów bukmacherskich, reklamowanie firm bukmacherskich, reklamowanie kasyn online, reklamowania hazardu, reklamowania gier hazardowych, reklamowania kasyn, reklamowania bukmacherów, reklamowania zakładów bukmacherskich, reklamowania firm bukmacherskich, reklamowania kasyn online, reklamowaniu hazardu, reklamowaniu gier hazardowych, reklamowaniu kasyn, reklamowaniu bukmacherów, reklamowaniu zakładów bukmacherskich, reklamowaniu firm bukmacherskich, reklamowaniu kasyn online
crypto exchanges: giełdy kryptowalut*, giełd kryptowalut*, giełdami kryptowalut*, giełda kryptowalut*, giełdę kryptowalut*, giełdzie kryptowalut*, kantory kryptowalut*, kantorów kryptowalut*
away fans: kibice gości, kibice drużyny gości, kibice przyjezdn*, kibiców gości, kibiców drużyny gości, kibiców przyjezdn*, kibicami gości, kibicami drużyny gości, kibicami przyjezdn*, kibicom gości, kibicom drużyny gości, kibicom przyjezdn*, przyjezdni kibice, przyjezdnych kibiców, wyjazdy kibiców, wyjazdów kibiców
fossil fuel heating: ogrzewanie paliwami kopalnymi, ogrzewania paliwami kopalnymi, ogrzewaniem paliwami kopalnymi, kotły na paliwa kopalne, kotłów na paliwa kopalne, kotłami na paliwa kopalne
open fireplaces: otwarte kominki, otwartych kominków, otwartymi kominkami, otwarty kominek, otwartego kominka, kominki otwarte, kominek otwarty, kominek z otwartym paleniskiem, kominki z otwartym paleniskiem, kominków z otwartym paleniskiem
air conditioning: klimatyzacj*, klimatyzator*
shop window lighting: oświetlenie witryn, oświetlenia witryn, oświetleniem witryn, oświetlenie witryn sklepowych, oświetlenia witryn sklepowych, oświetlone witryny, oświetlonych witryn, podświetlane witryny, podświetlanych witryn
outdoor lighting: oświetlenie zewnętrzne, oświetlenia zewnętrznego, oświetleniem zewnętrznym, iluminacja budynków, iluminacji budynków, iluminację budynków, podświetlenie budynków, podświetlenia budynków, reklamy świetlne, reklam świetlnych, reklamami świetlnymi, neony, neonów
electric cars: samochody elektryczn*, samochodów elektryczn*, samochodami elektryczn*, samochód elektryczn*, samochodu elektryczn*, auta elektryczn*, autami elektryczn*, pojazdy elektryczn*, pojazdów elektryczn*, pojazdami elektryczn*, elektryczne samochody, elektrycznych samochodów
old vehicles: stare samochody, starych samochodów, starymi samochodami, starsze samochody, starszych samochodów, stare auta, starych aut, stare pojazdy, starych pojazdów, starsze pojazdy, starszych pojazdów, starszymi pojazdami
tour buses: autokary turystyczn*, autokarów turystyczn*, autokarami turystyczn*, autokar turystyczn*, autokaru turystyczn*, autobusy turystyczn*, autobusów turystyczn*, autobusami turystyczn*
golf carts: wózki golfow*, wózków golfow*, wózkami golfow*, wózek golfow*, wózka golfow*, meleks*
quad bikes: quady, quadów, quadami, quadach, czterokołowce, czterokołowców, czterokołowcami
snowmobiles: skutery śnieżn*, skuterów śnieżn*, skuterami śnieżn*, skuter śnieżn*, skutera śnieżn*
hoverboards: hoverboard*
motorboats: łodzie motorow*, łodzi motorow*, łodziami motorow*, łódź motorow*, łódki motorow*, łódek motorowych, motorówk*, motorówek, łodzie z silnikiem spalinowym, łodzi z silnikiem spalinowym
helicopters: helikopter*, śmigłowiec, śmigłowca, śmigłowce, śmigłowców, śmigłowcami, śmigłowcem, śmigłowcach, śmigłowcu
paragliders: paralotni*, paramotor*
hot-air balloons: balony na ogrzane powietrze, balonów na ogrzane powietrze, balon na ogrzane powietrze, balonami na ogrzane powietrze, loty balonem, lotów balonem, loty balonami, lotów balonami
microlight aircraft: ultralekkie samoloty, ultralekkich samolotów, ultralekkimi samolotami, ultralekki samolot, ultralekkiego samolotu, ultralekkie statki powietrzne, ultralekkich statków powietrznych, motolotni*
kites: latawc*, latawiec
lawn mowers: kosiark*, kosiarek
swimming: kąpiel*, pływanie, pływania, pływaniem
off-road driving: jazda terenowa, jazdy terenowej, jazdę terenową, jazda poza drogami, jazdy poza drogami, off-road*, offroad*
data centres: centra danych, centrów danych, centrum danych, centrami danych, serwerowni*
golf courses: pola golfow*, pól golfowych, polami golfowymi, pole golfow*, pola do golfa, pól do golfa, pole do golfa
snow cannons: armatki śnieżn*, armatek śnieżnych, armatkami śnieżnymi, armatka śnieżn*, sztuczny śnieg, sztucznego śniegu, sztucznym śniegiem, naśnieżani*
disposable nappies: pieluch*, pieluszk*, pieluszek, jednorazowe pieluchy, jednorazowych pieluch, jednorazowe pieluszki, jednorazowych pieluszek
takeaway containers: pojemniki na wynos, pojemników na wynos, pojemnikami na wynos, opakowania na wynos, opakowań na wynos, jednorazowe pojemniki na żywność, jednorazowych pojemników na żywność
plastic sachets: saszetki plastikow*, saszetek plastikowych, saszetkami plastikowymi, plastikowe saszetki, plastikowych saszetek, saszetki jednorazow*, saszetek jednorazowych
cigarette filters: filtry papierosowe, filtrów papierosowych, filtrami papierosowymi, filtry do papierosów, filtrów do papierosów, niedopałk*
polystyrene: polistyren*
microplastics: mikroplastik*
charcoal: węgiel drzewny, węgla drzewnego, węglem drzewnym, węglu drzewnym
kerosene: kerozyn*, lampy naftowe, lamp naftowych, piecyki naftowe, piecyków naftowych
diesel generators: agregaty prądotwórcze, agregatów prądotwórczych, agregatami prądotwórczymi, generatory spalinowe, generatorów spalinowych, generatory diesla, generatorów diesla
gas flaring: spalanie gazu w pochodniach, spalania gazu w pochodniach, spalanie gazu towarzyszącego, spalania gazu towarzyszącego, flaring
potassium bromate: bromian potasu, bromianu potasu, bromianem potasu
brominated vegetable oil: bromowany olej roślinny, bromowanego oleju roślinnego, bromowanym olejem roślinnym, bromowanym oleju roślinnym, bromowane oleje roślinne, bromowanych olejów roślinnych, bromowanymi olejami roślinnymi
propylparaben: propyloparaben*, propylparaben*
oxybenzone: oksybenzon*, benzofenon-3
chemical sunscreens: chemiczne kremy przeciwsłoneczn*, chemicznych kremów przeciwsłoneczn*, chemicznymi kremami przeciwsłoneczn*, chemiczny krem przeciwsłoneczn*, chemicznego kremu przeciwsłoneczn*, chemiczne filtry przeciwsłoneczn*, chemicznych filtrów przeciwsłoneczn*, chemicznymi filtrami przeciwsłoneczn*, chemiczne filtry UV, chemicznych filtrów UV, chemicznymi filtrami UV, chemiczne filtry słoneczn*, chemicznych filtrów słoneczn*
water fluoridation: fluoryzacja wody, fluoryzacji wody, fluoryzację wody, fluoryzacją wody, fluoryzacja wody pitnej, fluoryzacji wody pitnej, fluoryzację wody pitnej, fluorkowanie wody, fluorkowania wody, fluorek w wodzie pitnej, fluor w wodzie pitnej, fluorowana woda, fluorowanej wody, fluoryzowana woda, fluoryzowanej wody
lead paint: farba ołowiow*, farby ołowiow*, farbę ołowiow*, farbą ołowiow*, farbie ołowiow*, farb ołowiow*, farbom ołowiow*, farbami ołowiow*, farbach ołowiow*, farby zawierające ołów, farb zawierających ołów, farbami zawierającymi ołów, ołów w farbach, biel ołowiana, bieli ołowianej
cadmium: kadm, kadmu, kadmem, kadmow*
PVC: PVC, polichlorek winylu, polichlorku winylu, polichlorkiem winylu
nitrates: azotan*, E251, E252
baby walkers: chodzik*, chodziki dla dzieci, chodzików dla dzieci
infant formula advertising: reklama mleka modyfikowanego, reklamy mleka modyfikowanego, reklamę mleka modyfikowanego, reklamie mleka modyfikowanego, reklamą mleka modyfikowanego, reklamowanie mleka modyfikowanego, reklamowania mleka modyfikowanego, reklama mleka początkowego, reklamy mleka początkowego, reklamę mleka początkowego, reklama preparatów do początkowego żywienia niemowląt, reklamy preparatów do początkowego żywienia niemowląt, reklama substytutów mleka matki, reklamy substytutów mleka matki, reklama zastępników mleka kobiecego, reklamy zastępników mleka kobiecego, marketing substytutów mleka matki
weight-loss drugs: leki na odchudzanie, leków na odchudzanie, lekami na odchudzanie, lek na odchudzanie, leki odchudzając*, leków odchudzając*, lekami odchudzając*, leki na otyłość, leków na otyłość, lekami na otyłość, zastrzyki na odchudzanie, zastrzyków na odchudzanie, zastrzyki odchudzając*, zastrzyków odchudzając*, Ozempic*, Wegovy, semaglutyd*, tirzepatyd*, Mounjaro, sibutramin*
diet pills: tabletki odchudzając*, tabletek odchudzając*, tabletkami odchudzając*, tabletki na odchudzanie, tabletek na odchudzanie, tabletkami na odchudzanie, tabletka na odchudzanie, pigułki odchudzając*, pigułek odchudzając*, pigułki na odchudzanie, pigułek na odchudzanie, środki odchudzając*, środków odchudzając*, środkami odchudzając*, środki na odchudzanie, środków na odchudzanie, suplementy na odchudzanie, suplementów na odchudzanie, spalacze tłuszczu, spalaczy tłuszczu, środki hamujące apetyt, środków hamujących apetyt
ketamine: ketamin*
psychedelics: psychodelik*, substancje psychodeliczn*, substancji psychodeliczn*, substancjami psychodeliczn*, halucynogeny, halucynogenów, halucynogenami, halucynogenom, halucynogenach, LSD, DMT, ayahuask*, meskalin*, pejotl*, ibogain*
xylazine: ksylazyn*
nitazenes: nitazen*, izotonitazen*, protonitazen*, metonitazen*
delta-8 THC: delta-8-THC, delta-8 THC, delta-8
betel nut: betel*, orzech betelu, orzechy betelu, orzechów betelu, orzechami betelu, orzech areki, orzechy areki, orzechów areki, orzech arekowy, orzechy arekowe, orzechów arekowych
contraceptives: antykoncepcj*, antykoncepcyjn*, środki antykoncepcyjn*, tabletka dzień po, tabletki dzień po, tabletek dzień po, pigułka dzień po, pigułki dzień po, pigułek dzień po, prezerwatyw*, kondomy, kondomów, kondomami, wkładki domaciczn*, wkładek domaciczn*
cosmetic fillers: filler*, zastrzyki z kwasem hialuronowym, zastrzyków z kwasem hialuronowym, zastrzykami z kwasem hialuronowym, kwas hialuronowy w zastrzykach, iniekcje kwasu hialuronowego, iniekcji kwasu hialuronowego, powiększanie ust, powiększania ust, wypełnianie zmarszczek, wypełniania zmarszczek
hair relaxers: chemiczne prostowanie włosów, chemicznego prostowania włosów, chemicznym prostowaniem włosów, środki do prostowania włosów, środków do prostowania włosów, środkami do prostowania włosów, produkty do prostowania włosów, produktów do prostowania włosów, relaksery do włosów, relakserów do włosów, keratynowe prostowanie włosów, keratynowego prostowania włosów
edible insects: jadalne owady, jadalnych owadów, jadalnymi owadami, owady jadalne, owadów jadalnych, mąka z owadów, mąki z owadów, mąką z owadów, mąka ze świerszczy, mąki ze świerszczy, mąką ze świerszczy, białko z owadów, białka z owadów, żywność z owadów, żywności z owadów, produkty z owadów, produktów z owadów, owady w żywności
spirits: mocny alkohol, mocnego alkoholu, mocnym alkoholem, mocne alkohole, mocnych alkoholi, mocnymi alkoholami, wysokoprocentowy alkohol, wysokoprocentowego alkoholu, wysokoprocentowym alkoholem, wysokoprocentowe alkohole, wysokoprocentowych alkoholi, napoje spirytusowe, napojów spirytusowych, napojami spirytusowymi, wyroby spirytusowe, wyrobów spirytusowych, wódk*, spirytus*, whisky
wine: wino, winem, win, winami, sprzedaż wina, sprzedaży wina, import wina, importu wina, wwóz wina
moonshine: bimber*, samogon*, nielegalny alkohol, nielegalnego alkoholu, nielegalnym alkoholem, alkohol z nielegalnego źródła, alkohol domowej roboty, alkoholu domowej roboty, alkohol skażony metanolem, alkoholu skażonego metanolem
button batteries: baterie guzikow*, baterii guzikow*, bateriami guzikow*, bateria guzikow*, baterię guzikow*, baterie pastylkow*, baterii pastylkow*, bateriami pastylkow*, bateria pastylkow*, baterię pastylkow*, ogniwa guzikow*, ogniw guzikow*, ogniwami guzikow*, ogniwo guzikow*
magnetic toys: zabawki magnetyczn*, zabawek magnetyczn*, zabawkami magnetyczn*, zabawka magnetyczn*, zabawkę magnetyczn*, zabawki z magnesami, zabawek z magnesami, kulki magnetyczn*, kulek magnetyczn*, kulkami magnetyczn*, silne magnesy, silnych magnesów, silnymi magnesami, magnesy neodymow*, magnesów neodymow*, magnesami neodymow*
water beads: kulki hydrożelow*, kulek hydrożelow*, kulkami hydrożelow*, kulki wodn*, kulek wodn*, kulkami wodn*, kulki żelow*, kulek żelow*, kulkami żelow*, Orbeez
lithium batteries: baterie litow*, baterii litow*, bateriami litow*, bateria litow*, baterię litow*, akumulatory litowo-jonow*, akumulatorów litowo-jonow*, akumulatorami litowo-jonow*, akumulator litowo-jonow*, akumulatory litow*, akumulatorów litow*, ogniwa litow*, ogniw litow*
counterfeit goods: podróbk*, podróbek, podrobione towar*, podrobionych towar*, podrobionymi towar*, podrobione produkt*, podrobionych produkt*, podrobionymi produkt*, podrabiane towar*, podrabianych towar*, podrabianymi towar*, podrabiane produkt*, podrabianych produkt*, towary podrobion*, produkty podrobion*, towary z podrobionymi znakami towarowymi
counterfeit medicines: podrobione leki, podrobionych leków, podrobionymi lekami, sfałszowane leki, sfałszowanych leków, sfałszowanymi lekami, fałszywe leki, fałszywych leków, fałszywymi lekami, podróbki leków, podróbek leków, sfałszowane produkty lecznicze, sfałszowanych produktów leczniczych, podrabiane leki, podrabianych leków
dietary supplements: suplement*
painkillers: leki przeciwbólow*, leków przeciwbólow*, lekami przeciwbólow*, lek przeciwbólow*, środki przeciwbólow*, środków przeciwbólow*, środkami przeciwbólow*, tabletki przeciwbólow*, tabletek przeciwbólow*, analgetyk*, paracetamol*, ibuprofen*
homeopathy: homeopati*, leki homeopatyczn*, leków homeopatyczn*, lekami homeopatyczn*, produkty homeopatyczn*, produktów homeopatyczn*, środki homeopatyczn*, środków homeopatyczn*
cosmetics: kosmetyk*, produkty kosmetyczn*, produktów kosmetyczn*, produktami kosmetyczn*, produkt kosmetyczn*
sweets: cukierk*, cukierek, lizak*, żelk*, słodkości, wyroby cukiernicz*, wyrobów cukiernicz*, wyrobami cukiernicz*, słodkie przekąski, słodkich przekąsek
tablets: tablet, tabletu, tabletem, tablecie, tablety, tabletów, tabletami, tabletach, tabletom, iPad*
smart glasses: inteligentne okular*, inteligentnych okular*, inteligentnym okular*, inteligentnymi okular*, okulary rozszerzonej rzeczywistości, okularów rozszerzonej rzeczywistości, smart glasses
AI-generated content: treści generowane przez AI, treści generowanych przez AI, treściami generowanymi przez AI, treści wygenerowane przez AI, treści wygenerowanych przez AI, treści generowane przez sztuczną inteligencję, treści generowanych przez sztuczną inteligencję, treści wygenerowane przez sztuczną inteligencję, obrazy generowane przez AI, obrazów generowanych przez AI, materiały generowane przez AI, materiałów generowanych przez AI, treści tworzone przez AI, treści stworzone przez AI
end-to-end encryption: szyfrowanie end-to-end, szyfrowania end-to-end, szyfrowaniu end-to-end, szyfrowaniem end-to-end, szyfrowanie typu end-to-end, szyfrowania typu end-to-end, szyfrowanie od końca do końca, szyfrowania od końca do końca, E2EE
SIM cards: karty SIM, kart SIM, kartami SIM, kartach SIM, karta SIM, kartę SIM, karcie SIM, kartom SIM, kartą SIM, eSIM*
satellite internet: internet satelitarn*, internetu satelitarn*, internecie satelitarn*, internetem satelitarn*, Starlink*, terminale Starlink, terminali Starlink
online advertising: reklama internetow*, reklamy internetow*, reklamę internetow*, reklamą internetow*, reklamie internetow*, reklam internetow*, reklamach internetow*, reklamami internetow*, reklama online, reklamy online, reklamę online, reklamą online, reklamie online, reklam online, reklama w internecie, reklamy w internecie, reklamę w internecie, reklamie w internecie, reklama cyfrow*, reklamy cyfrow*
influencer marketing: influencer marketing, marketing influencersk*, marketingu influencersk*, marketingiem influencersk*, marketing influencerów, marketingu influencerów, reklama influencersk*, reklamy influencersk*, reklamę influencersk*, reklamie influencersk*, reklam influencersk*, reklama u influencerów, reklamy u influencerów
crypto advertising: reklama kryptowalut*, reklamy kryptowalut*, reklamę kryptowalut*, reklamą kryptowalut*, reklamie kryptowalut*, reklam kryptowalut*, reklamach kryptowalut*, reklamami kryptowalut*, reklamowanie kryptowalut*, reklamowania kryptowalut*
crypto payments: płatności kryptowalut*, płatności w kryptowalut*, płatność kryptowalut*, płatność w kryptowalut*, płatnościach kryptowalut*, płatnościami kryptowalut*, płacenie kryptowalut*, płacenia kryptowalut*, płatności bitcoin*
lotteries: loteri*, lotto, zdrapk*
betting shops: punkty bukmachersk*, punktów bukmachersk*, punktach bukmachersk*, punktami bukmachersk*, punkt bukmachersk*, salony bukmachersk*, salonów bukmachersk*, punkty przyjmowania zakładów, punktów przyjmowania zakładów
payday loans: chwilówk*, pożyczki krótkoterminow*, pożyczek krótkoterminow*, pożyczkami krótkoterminow*, pożyczka krótkoterminow*, pożyczki pozabankow*, pożyczek pozabankow*, szybkie pożyczki, szybkich pożyczek, szybkimi pożyczkami, mikropożyczk*
foreign currency: waluta obc*, waluty obc*, walut obc*, walutę obc*, walutą obc*, walucie obc*, walutach obc*, walutami obc*, dewizy, dewizami, dewizach
podcasts: podcast*, podkast*
foreign journalists: zagraniczni dziennikarze, zagranicznych dziennikarzy, zagranicznym dziennikarzom, zagranicznymi dziennikarzami, zagraniczny dziennikarz, zagranicznego dziennikarza, dziennikarze zagraniczni, dziennikarzy zagranicznych, dziennikarzom zagranicznym, dziennikarzami zagranicznymi, zagraniczni reporterzy, zagranicznych reporterów, zagraniczni korespondenci, zagranicznych korespondentów
comics: komiks*, manga, mangi, mangę, mangą, powieści graficzn*
anime: anime
foreign films: zagraniczne filmy, zagranicznych filmów, zagranicznymi filmami, zagranicznym filmom, zagraniczny film, zagranicznego filmu, filmy zagraniczne, filmów zagranicznych
rap music: rap, rapu, rapem, rapie, muzyka rapow*, muzyki rapow*, muzykę rapow*, hip-hop*, hip hop*
drill music: muzyka drill, muzyki drill, muzykę drill, muzyką drill, drill rap, UK drill
raves: rave, rave party, imprezy rave, imprez rave, imprezach rave, imprezami rave
strikes: strajk*
political parties: partie polityczn*, partii polityczn*, partiom polityczn*, partiami polityczn*, partiach polityczn*, partia polityczn*, partię polityczn*, partią polityczn*
opposition parties: partie opozycyjn*, partii opozycyjn*, partiom opozycyjn*, partiami opozycyjn*, partiach opozycyjn*, partia opozycyjn*, partię opozycyjn*, partią opozycyjn*
trade unions: związki zawodow*, związków zawodow*, związkom zawodow*, związkami zawodow*, związkach zawodow*, związek zawodow*, związku zawodow*, związkiem zawodow*
missionaries: misjonarz*, misjonark*, prozelityzm*, działalność misyjn*, działalności misyjn*
miniskirts: minispódniczk*, minispódniczek, krótkie spódniczki, krótkich spódniczek, krótkie spódnice, krótkich spódnic
make-up: makijaż*, szmink*, lakier do paznokci, lakieru do paznokci
robocalls: automatyczne połączenia, automatycznych połączeń, automatycznymi połączeniami, połączenia automatyczne, automatyczne rozmowy telefoniczne, robocall*
telemarketing: telemarketing*, sprzedaż telefoniczn*, sprzedaży telefoniczn*, niechciane telefony, niechcianych telefonów
junk fees: ukryte opłat*, ukrytych opłat*, ukrytymi opłat*, ukrytym opłat*, ukryte koszt*, ukrytych koszt*, ukrytymi koszt*
surge pricing: dynamiczne ceny, dynamicznych cen, dynamicznymi cenami, ceny dynamiczne, cen dynamicznych, dynamiczne ustalanie cen, dynamicznego ustalania cen, dynamiczna wycena, dynamicznej wyceny
non-compete clauses: umowy o zakazie konkurencji, umowa o zakazie konkurencji, umów o zakazie konkurencji, umowę o zakazie konkurencji, klauzule o zakazie konkurencji, klauzula o zakazie konkurencji, klauzul o zakazie konkurencji, klauzule konkurencyjn*, klauzul konkurencyjn*
child labour: praca dzieci, pracy dzieci, pracę dzieci, pracą dzieci, wyzysk dzieci
unpaid internships: bezpłatne staże, bezpłatnych staży, bezpłatny staż, bezpłatnego stażu, bezpłatnym stażu, nieodpłatne staże, nieodpłatnych staży, bezpłatne praktyki, bezpłatnych praktyk
dogs: psy, psów, psami, psom, psach, pies, psa, psem, bezpańskie psy, bezpańskich psów
cats: koty, kotów, kotami, kotom, kot, kotem, kotach, bezdomne koty, bezdomnych kotów
cattle: bydł*, krow*, krów
glue traps: pułapki klejow*, pułapek klejow*, pułapkami klejow*, pułapka klejow*, pułapkę klejow*, pułapki lepow*, pułapek lepow*
snares: wnyk*
leghold traps: pułapki szczękow*, pułapek szczękow*, pułapkami szczękow*, pułapka szczękow*, potrzaski, potrzasków
fish farming: akwakultur*, hodowla ryb, hodowli ryb, hodowlę ryb, hodowlą ryb, chów ryb, chowu ryb, hodowle ryb
salmon farming: hodowla łososi, hodowli łososi, hodowlę łososi, hodowlą łososi, fermy łososi, ferm łososi, hodowla łososia, hodowli łososia, łosoś hodowlan*, łososia hodowlan*, łososie hodowlan*
octopus farming: hodowla ośmiornic, hodowli ośmiornic, hodowlę ośmiornic, hodowlą ośmiornic, fermy ośmiornic, ferm ośmiornic, ferma ośmiornic, farmy ośmiornic
krill fishing: połów kryla, połowu kryla, połowy kryla, połowów kryla, połowem kryla, połowach kryla, odłów kryla, odłowu kryla
lobster fishing: połów homarów, połowu homarów, połowy homarów, połowów homarów, połowem homarów, połów langust, połowu langust, odłów homarów, odłowu homarów
shellfish harvesting: połów małży, połowu małży, połowy małży, połowów małży, odłów małży, odłowu małży, zbieranie małży, zbierania małży
rodeos: rodeo, pokazy rodeo, pokazów rodeo
elephant rides: przejażdżki na słoniach, przejażdżek na słoniach, przejażdżkami na słoniach, przejażdżka na słoniu, przejażdżki na słoniu, jazda na słoniach, jazdy na słoniach, jazdę na słoniach, jazda na słoniu, jazdy na słoniu
puppy sales: sprzedaż szczeniąt, sprzedaży szczeniąt, sprzedaż szczeniaków, sprzedaży szczeniaków, handel szczeniętami, handlu szczeniętami, pseudohodowl*
pet shops: sklepy zoologiczn*, sklepów zoologiczn*, sklepach zoologiczn*, sklepami zoologiczn*, sklep zoologiczn*, sklepu zoologiczn*, sklepie zoologiczn*
crossbows: kusza, kuszy, kusze, kusz, kuszami
swords: miecze, mieczy, mieczami, szable, szabel, szablami, katany
air guns: wiatrówk*, broń pneumatyczn*, broni pneumatyczn*, bronią pneumatyczn*
high-capacity magazines: magazynki o dużej pojemności, magazynków o dużej pojemności, magazynkami o dużej pojemności, magazynek o dużej pojemności, magazynki o zwiększonej pojemności, magazynków o zwiększonej pojemności
explosives: materiały wybuchow*, materiałów wybuchow*, materiałami wybuchow*, materiał wybuchow*, materiału wybuchow*, materiałem wybuchow*, dynamit*
tear gas: gazem łzawiąc*, gazy łzawiąc*, gazów łzawiąc*, gazami łzawiąc*, granaty z gazem łzawiącym, granatów z gazem łzawiącym
rubber bullets: gumowe kul*, gumowych kul*, gumowymi kul*, gumowa kul*, gumową kul*, kule gumow*, kul gumow*, kulami gumow*, pociski gumow*, pocisków gumow*, pociskami gumow*
white phosphorus: biały fosfor, białego fosforu, białym fosforem, bomby fosforow*, bomb fosforow*, bombami fosforow*, amunicja z białym fosforem, amunicji z białym fosforem
flares: raca, race, rac, racami, racach, racę, flary
steel: stal, stalą, wyroby stalowe, wyrobów stalowych, produkty stalowe, produktów stalowych, import stali, importu stali, eksport stali, eksportu stali
aluminium: aluminium, wyroby aluminiowe, wyrobów aluminiowych
copper: miedź, miedzi, miedzią, ruda miedzi, rudy miedzi, koncentrat miedzi, koncentratu miedzi
nickel: nikiel, niklu, niklem, ruda niklu, rudy niklu
bauxite: boksyt*
lithium: lit, litu, litem
cobalt: kobalt*
tungsten: wolfram*
love locks: kłódki miłości, kłódek miłości, kłódkami miłości, kłódka miłości, kłódki zakochanych, kłódek zakochanych, kłódkami zakochanych
key boxes: skrytki na klucze, skrytek na klucze, sejfy na klucze, sejfów na klucze, skrzynki na klucze, skrzynek na klucze
wheeled suitcases: walizki na kółkach, walizek na kółkach, walizkami na kółkach, walizka na kółkach, walizkę na kółkach, walizki z kółkami, walizek z kółkami
street performers: artyści uliczn*, artystów uliczn*, artystami uliczn*, artysta uliczn*, artysty uliczn*, muzycy uliczn*, muzyków uliczn*, muzykami uliczn*, muzyk uliczn*, grajkowie uliczn*, grajków uliczn*, występy uliczn*, występów uliczn*
rough sleeping: spanie na ulicy, spania na ulicy, spaniu na ulicy, nocowanie na ulicy, nocowania na ulicy, spanie w miejscach publicznych, spania w miejscach publicznych, nocowanie w miejscach publicznych, nocowania w miejscach publicznych
homeless encampments: obozowiska bezdomnych, obozowisk bezdomnych, obozowiskami bezdomnych, obozowisko bezdomnych, koczowiska bezdomnych, koczowisk bezdomnych, namioty bezdomnych, namiotów bezdomnych
tourist groups: grupy turystów, grup turystów, grupami turystów, grupa turystów, grupy turystyczn*, grup turystyczn*, grupami turystyczn*, grupa turystyczn*
second homes: drugie domy, drugich domów, drugie mieszkania, drugich mieszkań, domy letniskowe, domów letniskowych, domki letniskowe, domków letniskowych
foreign home buyers: zagraniczni nabywcy, zagranicznych nabywców, zagranicznym nabywcom, zagranicznymi nabywcami, zagraniczni kupujący, zagranicznych kupujących, zakup nieruchomości przez cudzoziemców, zakupu nieruchomości przez cudzoziemców, nabywanie nieruchomości przez cudzoziemców, nabywania nieruchomości przez cudzoziemców, sprzedaż nieruchomości cudzoziemcom, sprzedaży nieruchomości cudzoziemcom
new hotels: nowe hotele, nowych hoteli, nowymi hotelami, nowy hotel, nowego hotelu, budowa hoteli, budowy hoteli, budowę hoteli, budowa nowych hoteli, budowy nowych hoteli, budowę nowych hoteli
# 0.27.0: more categories
game consoles: konsole do gier, konsol do gier, konsolami do gier, konsola do gier, konsoli do gier, konsolę do gier, konsole gier wideo
gas-powered garden equipment: spalinowe narzędzia ogrodowe, spalinowych narzędzi ogrodowych, spalinowy sprzęt ogrodowy, spalinowego sprzętu ogrodowego, spalinowe podkaszark*, spalinowych podkaszarek, spalinowe piły łańcuchowe, spalinowe nożyce do żywopłotu
sex dolls: lalki erotyczn*, lalek erotyczn*, lalkami erotyczn*, seks-lalk*, sekslalk*, lalki do seksu, lalek do seksu, seksroboty
selfie sticks: kijki do selfie, kijków do selfie, kijek do selfie, kijka do selfie, kije do selfie, kijów do selfie, selfie stick*
disposable lighters: zapalniczk*, zapalniczek, jednorazowe zapalniczki, jednorazowych zapalniczek, plastikowe zapalniczki, plastikowych zapalniczek
coal stoves: piece węglowe, pieców węglowych, piecami węglowymi, piec węglowy, piece na węgiel, kotły węglowe, kotłów węglowych, ogrzewanie węglem
dashcams: wideorejestrator*, kamery samochodowe, kamer samochodowych, kamerka samochodow*, kamerki samochodow*, kamerek samochodowych, dashcam*, rejestratory jazdy
coffee capsules: kapsułki do kawy, kapsułek do kawy, kapsułkami do kawy, kapsułki kawowe, kapsułek kawowych, kawa w kapsułkach, kawy w kapsułkach
bottled water: woda butelkowana, wody butelkowanej, wodę butelkowaną, wodą butelkowaną, woda w butelkach, wody w butelkach, butelki z wodą, butelek z wodą
bicycles: rower*, jazda na rowerze, jazdy na rowerze, ruch rowerowy, ruchu rowerowego
camper vans: kamper*, camper*, kampervan*, samochody kempingowe, samochodów kempingowych, przyczepy kempingowe, przyczep kempingowych, nocowanie w samochodach
right-hand-drive vehicles: kierownica po prawej stronie, kierownicą po prawej stronie, kierownicy po prawej stronie, kierownicą po prawej, prawostronny układ kierowniczy
self-driving cars: samochody autonomiczn*, samochodów autonomiczn*, pojazdy autonomiczn*, pojazdów autonomiczn*, autonomiczne samochod*, autonomicznych samochod*, samochody bez kierowcy, robotaks*
petrol motorbikes: motocykle spalinow*, motocykli spalinow*, spalinowe motocykl*, spalinowych motocykl*, skutery spalinow*, skuterów spalinow*, spalinowe skuter*, motocykle z silnikiem spalinowym
street racing: nielegalne wyścig*, nielegalnych wyścig*, uliczne wyścig*, ulicznych wyścig*, wyścigi uliczne, wyścigów ulicznych, nielegalne zloty samochodowe, street racing*
beer bikes: rowery piwne, rowerów piwnych, rower piwny, piwny rower, piwne rowery, bierbike*, beer bike*
leaded fuel: benzyna ołowiowa, benzyny ołowiowej, benzynę ołowiową, benzyną ołowiową, paliwo ołowiowe, paliwa ołowiowego, czteroetylek ołowiu, tetraetylek ołowiu
liquids in hand luggage: płyny w bagażu podręcznym, płynów w bagażu podręcznym, płyny w bagażu kabinowym, płynów w bagażu kabinowym, zasada 100 ml, limit 100 ml, ograniczenia dotyczące płynów, przewóz płynów
studded tyres: opony z kolcami, opon z kolcami, oponami z kolcami, opony kolcowane, opon kolcowanych, kolcowane opony, ogumienie z kolcami
ractopamine: raktopamin*, ractopamine
durian: durian*, owoc durian
alcopops: alkopop*, gotowe drinki, gotowych drinków, drinki w puszkach, drinków w puszkach, hard seltzer*
late-night alcohol sales: nocna sprzedaż alkoholu, nocnej sprzedaży alkoholu, nocną sprzedaż alkoholu, sprzedaż alkoholu w nocy, sprzedaży alkoholu po 22, nocna prohibicj*, nocnej prohibicj*, nocną prohibicj*
drinks promotions: happy hour*, promocje na alkohol, promocji na alkohol, promocje alkoholowe, promocji alkoholowych, open bar*, alkohol bez limitu, rabaty na alkohol
DDT: DDT, dichlorodifenylotrichloroetan*
fluorinated gases: gazy fluorowane, gazów fluorowanych, F-gazy, F-gazów, fluorowęglowodor*, freon*, sześciofluorek siarki, substancje zubożające warstwę ozonową
chlorinated solvents: rozpuszczalniki chlorowane, rozpuszczalników chlorowanych, trichloroetylen*, trójchloroetylen*, perchloroetylen*, tetrachloroetylen*, dichlorometan*, chlorek metylenu
cyanide: cyjanek*, cyjank*, cyjanek sodu, cyjanku sodu
acetamiprid: acetamipryd*, acetamiprid
rodenticides: rodentycyd*, trutka na szczury, trutki na szczury, trutkę na szczury, trutek na szczury, trutka na gryzonie, środki gryzoniobójcze, środków gryzoniobójczych
road salt: sól drogowa, soli drogowej, solą drogową, sól drogową, solenie dróg, solenia dróg, sypanie solą, środki odladzające
flame retardants: środki zmniejszające palność, środków zmniejszających palność, uniepalniacz*, opóźniacze spalania, opóźniaczy spalania, antypiren*, bromowane środki zmniejszające palność, PBDE
engineered stone: konglomerat kwarcowy, konglomeratu kwarcowego, konglomeraty kwarcowe, sztuczny kamień, sztucznego kamienia, kamień inżynieryjny, blaty kwarcowe, blatów kwarcowych
cocaine: kokain*, liście koki, liści koki, krzew koki, krzewy koki, uprawy koki, upraw koki
methamphetamine: metamfetamin*, metaamfetamin*, crystal meth, tabletki yaba
MDMA: MDMA, ecstasy, tabletki ecstasy, tabletek ecstasy, terapia MDMA, terapii MDMA
opium poppy cultivation: mak opiumowy, maku opiumowego, uprawa maku, uprawy maku, upraw maku, pola makowe, pól makowych, produkcja opium
new psychoactive substances: nowe substancje psychoaktywne, nowych substancji psychoaktywnych, nowymi substancjami psychoaktywnymi, NSP, syntetyczne katynony, syntetycznych katynonów, mefedron*
GHB: GHB, GBL, pigułka gwałtu, pigułki gwałtu, pigułkę gwałtu, kwas gamma-hydroksymasłowy, kwasu gamma-hydroksymasłowego, gamma-butyrolakton*
bear bile: żółć niedźwiedzi, żółci niedźwiedzi, żółć niedźwiedzia, żółci niedźwiedziej, farmy żółci, fermy żółci niedźwiedzi
donkey skins: skóry osłów, skór osłów, oślej skóry, ośla skóra, ubój osłów, uboju osłów, handel skórami osłów, ejiao
tail docking: obcinanie ogonów, obcinania ogonów, obcinanie uszu, obcinania uszu, kopiowanie ogonów, kopiowania ogonów, kopiowanie uszu, kopiowania uszu
declawing: usuwanie pazurów, usuwania pazurów, usunięcie pazurów, usunięcia pazurów, onychektomi*
sow stalls: kojce porodowe, kojców porodowych, kojce dla loch, kojców dla loch, klatki dla loch, klatek dla loch, kojce jarzmowe, kojców jarzmowych
chick culling: zabijanie piskląt, zabijania piskląt, zabijanie kogutków, zabijania kogutków, uśmiercanie piskląt, uśmiercania piskląt, mielenie piskląt, mielenia piskląt
live poultry markets: targi żywego drobiu, targów żywego drobiu, targ żywego drobiu, targach żywego drobiu, sprzedaż żywego drobiu, sprzedaży żywego drobiu, handel żywym drobiem, mokre targi
big cats: duże koty, dużych kotów, wielkie koty, wielkich kotów, trzymanie tygrysów, tygrysy w domu
badger culling: odstrzał borsuków, odstrzału borsuków, odstrzale borsuków, zabijanie borsuków, zabijania borsuków
bull running: gonitwa byków, gonitwy byków, gonitwę byków, gonitwach byków, bieg z bykami, biegi z bykami, encierro, San Fermín
animal sacrifice: składanie ofiar ze zwierząt, składania ofiar ze zwierząt, ofiary ze zwierząt, ofiar ze zwierząt, zwierzęta ofiarne, zwierząt ofiarnych
wildlife feeding: dokarmianie dzikich zwierząt, dokarmiania dzikich zwierząt, dokarmianie dzików, dokarmiania dzików, dokarmianie zwierząt, dokarmiania zwierząt, karmienie dzikich zwierząt, dokarmianie kaczek
exotic skins: egzotyczne skóry, egzotycznych skór, skóry egzotyczne, skór egzotycznych, skóra krokodyla, skóry krokodyla, skóra węża, wężowa skóra
spitting: plucie, plucia, pluciu, pluciem, pluć
littering: zaśmiecanie, zaśmiecania, zaśmiecaniu, zaśmiecaniem, śmiecenie, śmiecenia, dzikie wysypisk*, dzikich wysypisk
jaywalking: przechodzenie na czerwonym, przechodzenia na czerwonym, przechodzenie w niedozwolonym miejscu, przechodzenia w niedozwolonym miejscu, przechodzenie przez jezdnię w miejscu niedozwolonym, przejście na czerwonym, przejścia na czerwonym świetle
loitering: wałęsanie się, wałęsania się, szwendanie się, szwendania się, włóczęgostw*, przesiadywanie na ulicy
skateboarding: deskorolk*, deskorolkarz*, skateboard*, jazda na rolkach, jazdy na rolkach, wrotk*, łyżworolk*, skaterzy
public nudity: nagość w miejscach publicznych, nagości w miejscach publicznych, nudyzm*, nudyst*, naturyzm*, naturyst*, plaże nudystów, opalanie topless
swimwear in the street: w strojach kąpielowych na ulicach, w stroju kąpielowym na ulicy, w strojach kąpielowych po mieście, w stroju kąpielowym po mieście, w kostiumach kąpielowych, bez koszulki na ulicy, z nagim torsem, z gołym torsem
eating in the street: jedzenie na ulicy, jedzenia na ulicy, jedzenie w miejscach publicznych, jedzenia w miejscach publicznych, jedzenie w trakcie spaceru, jedzenie na schodach, jedzenia na schodach, jedzenie podczas chodzenia
graffiti: graffiti, grafficiarz*, graficiarz*, pseudograffiti, malowanie po murach, farby w sprayu, farb w sprayu
honking: trąbienie, trąbienia, trąbieniu, trąbieniem, używanie klaksonu, używania klaksonu, klakson*, trąbić
dancing: tańce, tańców, tańczenie, tańczenia, taniec, tańca, zabawy taneczne, potańcówk*
entering forests: wstęp do lasu, wstępu do lasu, wstęp do lasów, wstępu do lasów, wchodzenie do lasu, wchodzenia do lasu, wejście do lasu, wjazd do lasu
Halloween: Halloween*, cukierek albo psikus, psikus albo cukierek
Valentine's Day: walentynk*, Dzień Zakochanych, Dnia Zakochanych, Dzień Świętego Walentego, Dnia Świętego Walentego, święto zakochanych
beauty pageants: konkursy piękności, konkursów piękności, konkurs piękności, konkursu piękności, konkursach piękności, wybory miss, wyborach miss, wyborów miss
pub crawls: pub crawl*, bar crawl*, wycieczki po barach, wycieczek po barach, rajdy po pubach, rajdów po pubach
Quran burning: palenie Koranu, palenia Koranu, spalenie Koranu, spalenia Koranu, paleniem Koranu, palenie egzemplarzy Koranu, profanacja Koranu, profanacji Koranu
flag burning: palenie flagi, palenia flagi, palenie flag, palenia flag, spalenie flagi, spalenia flagi, znieważenie flagi, znieważenia flagi
Holocaust denial: negowanie Holokaustu, negowania Holokaustu, negacjonizm*, zaprzeczanie Holokaustowi, zaprzeczania Holokaustowi, kłamstwo oświęcimskie, kłamstwa oświęcimskiego, negowanie ludobójstwa
Z symbol: symbol Z, symbolu Z, symbolem Z, symbole Z, litera Z, litery Z, literę Z, znak Z
sex shops: sex shop*, sex-shop*, sexshop*, seks shop*, sklepy erotyczne, sklepów erotycznych, sklep erotyczny, sklepu erotycznego
strip clubs: kluby go-go, klubów go-go, klub go-go, klubach go-go, kluby ze striptizem, klubów ze striptizem, striptiz*, lap dance
massage parlours: salony masażu, salonów masażu, salon masażu, salonach masażu, gabinety masażu, gabinetów masażu, masaż erotyczny
beauty salons: salony kosmetyczne, salonów kosmetycznych, salon kosmetyczny, salonu kosmetycznego, salonach kosmetycznych, salony piękności, salonów piękności, gabinety kosmetyczne
minimarkets: minimarket*, sklepy nocne, sklepów nocnych, sklep nocny, nocne sklepy, całodobowe sklepy, sklepy całodobowe, sklepów całodobowych
vape shops: vape shop*, sklepy z e-papierosami, sklepów z e-papierosami, sklep z e-papierosami, sklepy z papierosami elektronicznymi, sklepów z papierosami elektronicznymi
cannabis shops: coffeeshop*, sklepy z marihuaną, sklepów z marihuaną, sklepy z konopiami, sklepów z konopiami, kluby konopne, klubów konopnych
drive-throughs: drive-thru, drive-through*, drive thru, drive-in*, restauracje dla zmotoryzowanych, restauracji dla zmotoryzowanych, okienka dla kierowców
dark stores: dark store*, darkstore*, ciemne sklepy, ciemnych sklepów, dark kitchen*, ghost kitchen*, ciemne kuchnie, ciemnych kuchni
prescription drug advertising: reklama leków, reklamy leków, reklamę leków, reklamą leków, reklamie leków, reklama leków na receptę, reklamy leków na receptę, reklama farmaceutyków
advertising to children: reklamy skierowane do dzieci, reklama skierowana do dzieci, reklam skierowanych do dzieci, reklama dla dzieci, reklamy dla dzieci, reklamy w programach dla dzieci, reklama w programach dla dzieci, marketing skierowany do dzieci
junk mail: ulotki reklamowe, ulotek reklamowych, ulotkami reklamowymi, gazetki reklamowe, gazetek reklamowych, gazetki promocyjne, gazetek promocyjnych, ulotkowani*
digital billboards: ekrany reklamowe, ekranów reklamowych, ekran reklamowy, ekrany LED, ekranów LED, cyfrowe billboardy, cyfrowych billboardów, telebim*
carbon-neutral claims: greenwashing*, ekościem*, zielone deklaracje, zielonych deklaracji, oświadczenia środowiskowe, oświadczeń środowiskowych, deklaracje neutralności klimatycznej, twierdzenia o neutralności klimatycznej
CFDs: CFD, kontrakty CFD, kontraktów CFD, kontraktami CFD, kontrakty na różnice kursowe, kontraktów na różnice kursowe, instrumenty CFD
prediction markets: rynki predykcyjne, rynków predykcyjnych, rynek predykcyjny, rynku predykcyjnego, rynki prognoz, zakłady na wybory, zakładów na wybory, kontrakty na zdarzenia
fantasy sports: fantasy sport*, ligi fantasy, lig fantasy, fantasy football, fantasy lig*, gry na prawdziwe pieniądze, gier na prawdziwe pieniądze
share buybacks: skup akcji własnych, skupu akcji własnych, skupem akcji własnych, skup akcji, skupu akcji, odkup akcji, odkupu akcji, buyback*
golden passports: złote paszporty, złotych paszportów, złoty paszport, złotego paszportu, obywatelstwo za inwestycje, obywatelstwa za inwestycje, obywatelstwo w zamian za inwestycje, sprzedaż paszportów
golden visas: złote wizy, złotych wiz, złota wiza, złotej wizy, złotą wizę, wizy dla inwestorów, wiz dla inwestorów, zezwolenia na pobyt za inwestycje
ransom payments: płacenie okupu, płacenia okupu, zapłata okupu, zapłaty okupu, wypłata okupu, wypłaty okupu, płatności okupu
stock trading by lawmakers: handel akcjami przez kongresmenów, handlu akcjami przez kongresmenów, handel akcjami przez polityków, handlu akcjami przez polityków, handel akcjami przez posłów, handlu akcjami przez posłów, handel akcjami przez członków Kongresu, handlu akcjami przez członków Kongresu
CBDCs: cyfrowe waluty banków centralnych, cyfrowych walut banków centralnych, cyfrowa waluta banku centralnego, CBDC, cyfrowe euro, cyfrowego euro, cyfrowy złoty, cyfrowego złotego
pirate sites: pirackie strony, pirackich stron, pirackie serwisy, pirackich serwisów, piractwo internetowe, piractwa internetowego, nielegalne IPTV, pirackie treści
loan apps: aplikacje pożyczkowe, aplikacji pożyczkowych, aplikacja pożyczkowa, aplikacjami pożyczkowymi, aplikacje do pożyczek, aplikacje kredytowe, aplikacji kredytowych
AI companions: towarzysze AI, towarzyszy AI, towarzysz AI, wirtualni towarzysze, wirtualnych towarzyszy, dziewczyny AI, wirtualne dziewczyny, wirtualnych dziewczyn
addictive feeds: uzależniające algorytmy, uzależniających algorytmów, nieskończone przewijanie, nieskończonego przewijania, algorytmy rekomendacyjne, algorytmów rekomendacyjnych, automatyczne odtwarzanie, automatycznego odtwarzania
suppressors: tłumiki do broni, tłumików do broni, tłumik do broni, tłumiki dźwięku do broni, moderatory dźwięku, moderatorów dźwięku, tłumiki huku, tłumików huku
knuckle-dusters: kastet*, kastety
flick knives: noże sprężynowe, noży sprężynowych, nóż sprężynowy, noża sprężynowego, sprężynowiec, sprężynowce, noże motylkowe, balisong*
machine guns: karabiny maszynowe, karabinów maszynowych, karabin maszynowy, karabinu maszynowego, pistolety maszynowe, pistoletów maszynowych, broń automatyczna, broni automatycznej
blank guns: broń hukowa, broni hukowej, bronią hukową, pistolety hukowe, pistoletów hukowych, pistolet hukowy, straszak*, broń gazowa
autonomous weapons: broń autonomiczna, broni autonomicznej, autonomiczna broń, autonomicznej broni, autonomiczne systemy uzbrojenia, autonomicznych systemów uzbrojenia, zabójcze roboty, zabójczych robotów
chokeholds: chwyty duszące, chwytów duszących, chwyt duszący, chwytu duszącego, chwytem duszącym, duszenie podczas interwencji, techniki duszenia
death penalty: kara śmierci, kary śmierci, karę śmierci, karą śmierci, wyroki śmierci, wyroków śmierci, wyrok śmierci
virginity tests: testy dziewictwa, testów dziewictwa, test dziewictwa, testu dziewictwa, badania dziewictwa, badanie dziewictwa, himenoplastyk*, rekonstrukcja błony dziewiczej
IVF: in vitro, zapłodnienie pozaustrojowe, zapłodnienia pozaustrojowego, leczenie niepłodności, leczenia niepłodności, IVF
circumcision: obrzezani*, brit mila
girls' education: edukacja dziewcząt, edukacji dziewcząt, edukację dziewcząt, kształcenie dziewcząt, kształcenia dziewcząt, edukacja kobiet, edukacji kobiet, szkoły dla dziewcząt
transgender athletes: sportowcy transpłciowi, sportowców transpłciowych, transpłciowi sportowcy, transpłciowych sportowców, transpłciowe sportsmenki, transpłciowych sportsmenek, sportsmenki transpłciowe, osoby transpłciowe w sporcie
mask mandates: obowiązek noszenia maseczek, obowiązku noszenia maseczek, obowiązek noszenia masek, obowiązku noszenia masek, obowiązek zakrywania ust i nosa, obowiązku zakrywania ust i nosa, nakaz noszenia maseczek, nakazu noszenia maseczek
geoengineering: geoinżynieri*, zasiewanie chmur, zasiewania chmur, modyfikacja pogody, modyfikacji pogody, chemtrails, smugi chemiczne, zarządzanie promieniowaniem słonecznym
butterfly bushes: budlej*, buddleja*, motyli krzew, motylego krzewu
knotweed: rdestowiec*, rdestowca ostrokończystego, rdestowca japońskiego, rdest japoński, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eukaliptus*, plantacje eukaliptusa, plantacji eukaliptusa
gold: eksport złota, eksportu złota, import złota, importu złota, rosyjskie złoto, rosyjskiego złota, sztabki złota, złoto w sztabach
iron ore: ruda żelaza, rudy żelaza, rudę żelaza, rudą żelaza, rud żelaza
raw cashew nuts: nerkowiec*, nerkowce, nerkowców, orzechy nerkowca, orzechów nerkowca, orzechy nerkowców, orzechów nerkowców
shea nuts: orzechy shea, orzechów shea, orzech shea, masłosz*, ziarna shea
cotton: eksport bawełny, eksportu bawełny, import bawełny, importu bawełny, surowa bawełna, surowej bawełny, bawełna z Xinjiangu, bawełny z Xinjiangu
avocados: awokado, import awokado, eksport awokado
motor fuel: eksport paliw, eksportu paliw, eksport benzyny, eksportu benzyny, eksport oleju napędowego, eksportu oleju napędowego, import paliw, importu paliw
hazardous waste: odpady niebezpieczne, odpadów niebezpiecznych, odpadami niebezpiecznymi, odpady toksyczne, odpadów toksycznych, import odpadów, importu odpadów, przywóz odpadów
# 0.28.0: more categories
bidis: bidi
kreteks: kretek, kreteki
single cigarettes: pojedyncze papierosy, pojedynczych papierosów
synthetic nicotine: syntetyczna nikotyna, syntetycznej nikotyny, syntetyczną nikotynę
absinthe: absynt, absyntu
kava: kava, kava kava
powdered alcohol: sproszkowany alkohol, sproszkowanego alkoholu
alcohol deliveries: dostawa alkoholu, dostawy alkoholu, dowóz alkoholu
heroin: heroina, heroiny, heroinę
amphetamines: amfetamina, amfetaminy, amfetaminę
pregabalin: pregabalina, pregabaliny, pregabalinę, gabapentyna
benzodiazepines: benzodiazepiny, benzodiazepin, alprazolam
pseudoephedrine: pseudoefedryna, pseudoefedryny, pseudoefedrynę
ethylene oxide: tlenek etylenu, tlenku etylenu
dicamba: dikamba, dikamby
ammonium nitrate: saletra amonowa, saletry amonowej, saletrę amonową
PCBs: PCB, polichlorowane bifenyle, polichlorowanych bifenyli
parabens: parabeny, parabenów
triclosan: triklosan, triklosanu
methyl bromide: bromek metylu, bromku metylu
caviar: kawior, kawioru
whale meat: mięso wielorybie, mięsa wielorybiego, mięso wieloryba
peanuts: orzeszki ziemne, orzeszków ziemnych, orzeszki arachidowe
factory farming: fermy przemysłowe, ferm przemysłowych, chów przemysłowy, hodowla przemysłowa, fermy wielkoprzemysłowe
sewage sludge: osady ściekowe, osadów ściekowych, komunalne osady ściekowe
manure spreading: gnojowica, gnojowicy, obornik, obornika, nawożenie gnojowicą
piglet castration: kastracja prosiąt, kastracji prosiąt
mulesing: mulesing, mulesingu
hare coursing: szczucie zajęcy, szczucia zajęcy
bird hunting: odłów ptaków, odłowu ptaków, łapanie ptaków, odstrzał ptaków
blast fishing: połów z użyciem materiałów wybuchowych, łowienie ryb dynamitem
pulse fishing: połowy elektryczne, połów prądem, elektropołowy
gillnets: sieci skrzelowe, sieci stawne, sieci skrzelowych
coral harvesting: wydobycie koralowców, pozyskiwanie korali, handel koralowcami
foraging: zbieranie grzybów, zbierania grzybów, grzybobranie
stray dog culling: usypianie bezdomnych psów, zabijanie bezdomnych psów, odstrzał bezpańskich psów
spearfishing: podwodne polowania, kusze podwodne
flammable cladding: łatwopalne okładziny, łatwopalnych okładzin, palne okładziny elewacyjne, palne elewacje
skyscrapers: wieżowce, wieżowców, drapacze chmur, drapaczy chmur
dams: zapory, zapór, tamy, budowa zapór
biofuels: biopaliwa, biopaliw, biodiesel
landfilling: składowiska, składowisk, składowanie odpadów, wysypiska
waste incineration: spalarnie śmieci, spalarni śmieci, spalarnie odpadów
destruction of unsold goods: niszczenie niesprzedanych towarów, niszczenia niesprzedanych produktów
radar detectors: antyradary, antyradarów, wykrywacze radarów
pavement parking: parkowanie na chodnikach, parkowania na chodnikach, parkowanie na chodniku
tinted windows: przyciemniane szyby, przyciemnianych szyb, folie przyciemniające
shared bikes: system rowerów miejskich, wypożyczalnie rowerów, wypożyczalni rowerów
hotel toiletries: jednorazowe kosmetyki hotelowe, miniaturowe kosmetyki
signal jammers: zagłuszarki, zagłuszarek, zagłuszacze sygnału
satellite phones: telefony satelitarne, telefonów satelitarnych
hidden cameras: ukryte kamery, ukrytych kamer, kamery szpiegowskie
pagers: pagery, pagerów, pager
walkie-talkies: krótkofalówki, krótkofalówek
headphones: słuchawki, słuchawek
short-video apps: aplikacje z krótkimi filmami, platformy krótkich filmów
online pharmacies: apteki internetowe, aptek internetowych, internetowa sprzedaż leków
emotion recognition: rozpoznawanie emocji
tracking cookies: pliki cookie, ciasteczka śledzące, pliki cookie stron trzecich
cross-border data transfers: transfer danych, przekazywanie danych do państw trzecich
internet cafés: kafejki internetowe, kafejek internetowych
ICOs: ICO, pierwsze oferty monet
peer-to-peer lending: pożyczki społecznościowe, pożyczek społecznościowych, pożyczki P2P
social scoring: scoring społeczny, system kredytu społecznego
narcocorridos: narcocorridos, narkoballady
twerking: twerking, twerku
belly dancing: taniec brzucha, tańca brzucha
reality shows: reality show, programy typu reality show, reality TV
horror films: horrory, horrorów, filmy grozy
caricatures: karykatury, karykatur
foreign words: anglicyzmy, anglicyzmów, obce słowa, słowa obcojęzyczne
minarets: minarety, minaretów
opinion polls: sondaże, sondaży, sondaże wyborcze
child influencers: dziecięcy influencerzy, kidfluencerzy
hoodies: bluzy z kapturem
jeans: dżinsy, dżinsów, jeansy
camouflage clothing: ubrania moro, odzież moro, mundury moro
beards: brody, brodę, zarost
high heels: wysokie obcasy, wysokich obcasów, buty na obcasie
public urination: oddawanie moczu w miejscach publicznych, załatwianie się w miejscach publicznych
fortune telling: wróżbiarstwo, wróżenie, wróżbici, wróżenie z kart
witchcraft: czary, czarnoksięstwo, czarna magia
hitchhiking: autostop, autostopem, autostopowicze
door-to-door sales: akwizycja, sprzedaż obwoźna, sprzedaż od drzwi do drzwi, akwizytorzy
public displays of affection: całowanie się w miejscach publicznych, okazywanie czułości w miejscach publicznych
cross-dressing: transwestytyzm, crossdressing, przebieranie się za płeć przeciwną
homework: prace domowe, prac domowych, zadania domowe, zadań domowych
dowry: posag, posagu, posagi
organ sales: handel narządami, handlu narządami, sprzedaż narządów
human cloning: klonowanie ludzi, klonowania ludzi, klonowanie
gene editing: edycja genów, edycji genów, edycja genomu
blasphemy: bluźnierstwo, obraza uczuć religijnych, obrazy uczuć religijnych
hate speech: mowa nienawiści, mowy nienawiści, mową nienawiści
disinformation: dezinformacja, dezinformacji, fałszywe informacje, fake newsy
prenatal sex determination: ustalanie płci płodu, selektywna aborcja ze względu na płeć
international adoption: adopcja zagraniczna, adopcje zagraniczne, adopcji zagranicznych
pyramid schemes: piramidy finansowe, piramid finansowych, schematy Ponziego
multi-level marketing: marketing wielopoziomowy, marketing sieciowy, MLM
layoffs: zwolnienia z pracy, zwolnień z pracy, zwolnienia grupowe
rent increases: podwyżki czynszów, podwyżki czynszu, podwyżek czynszu
zero-hours contracts: umowy zerogodzinowe, umów zerogodzinowych
body armour: kamizelki kuloodporne, kamizelek kuloodpornych
grenades: granaty, granatów, granaty ręczne
martial arts weapons: nunczaku, nunchaku, shurikeny, gwiazdki do rzucania
slingshots: procy, proca
depleted uranium munitions: zubożony uran, zubożonego uranu, pociski ze zubożonym uranem
biological weapons: broń biologiczna, broni biologicznej
hollow-point bullets: pociski dum-dum, pociski ekspansywne, pocisków ekspansywnych
mercenaries: najemnicy, najemników, prywatne firmy wojskowe
nuclear tests: próby jądrowe, prób jądrowych, testy nuklearne
cooking oil: olej spożywczy, olej jadalny, oleje roślinne
flour: mąka, mąki, mąkę
potash: sole potasowe, sól potasowa, soli potasowych
urea: mocznik, mocznika
rosewood: palisander, drewno różane
fodder: pasza, pasze, pasz, siano
electricity exports: eksport energii elektrycznej, eksportu energii elektrycznej, eksport prądu
medical masks: maseczki medyczne, maseczki chirurgiczne, maski ochronne
forced labour goods: produkty pracy przymusowej, produkty wytworzone z użyciem pracy przymusowej
foreign investment: inwestycje zagraniczne, zagraniczne inwestycje, inwestycji zagranicznych
foreign land ownership: sprzedaż ziemi cudzoziemcom, sprzedaż ziemi rolnej, obrót ziemią rolną
high-denomination banknotes: banknoty o wysokich nominałach, banknoty o dużych nominałach
bankers' bonuses: premie bankowców, bonusy bankowców, premie dla prezesów
chess: szachy, szachów
boxing: boks zawodowy, boksu zawodowego, walki bokserskie, pojedynki bokserskie
martial arts: sztuki walki, sztuk walki, sporty walki, kickboxing
mixed martial arts: MMA, mieszane sztuki walki, walki w klatce
wrestling: zapaśnictwo, walki zapaśnicze, wrestling
yoga: joga, jogi, jogę
ball games: gry w piłkę, gra w piłkę, gier w piłkę
horse racing: wyścigi konne, wyścigów konnych
motorsport: sporty motorowe, sportów motorowych, wyścigi samochodowe
bungee jumping: skoki na bungee, bungee jumping
rock climbing: wspinaczka, wspinaczki, alpinizm
karaoke: karaoke
poker: poker, pokera
mahjong: mahjong
playing cards: karty do gry, gry karciane, gier karcianych
water pistols: wodne pistolety, wodnych pistoletów
gyms: siłownie, siłowni, kluby fitness
fidget spinners: fidget spinnery, fidget spinner
sledding: zjazdy na sankach, sanki, saneczkarstwo
paintball: paintball, paintballa, ASG
`);
