// German districts (Landkreise, Kreise, district offices and regional governments) by their Land's
// ISO 3166-2 code: a district office bans as a city does (drones, fireworks, gatherings), so they are
// read as cities are (cities.ts), at the local level, deciding as their sentence's subject or beside a
// local body. Only qualified forms ("Landkreis Harz", "Rhein-Sieg-Kreis", "Landratsamt München"): a
// district's bare name is a town's or a landscape's. Compiled from general knowledge.

interface Land {
  /** The district office's word in this Land ("Landratsamt", "Kreisverwaltung"). */
  office?: string;
  /** Districts named by a place: "Landkreis Harz", "Landkreises Harz", "Kreis Harz", "Kreises Harz", "Landratsamt Harz". */
  districts?: string[];
  /** Districts whose name holds "Kreis": "Rhein-Sieg-Kreis", "Rhein-Sieg-Kreises", "Landratsamt Rhein-Sieg-Kreis". */
  kreise?: string[];
  /** Forms of neither pattern, as written: regional governments, district offices of city states, adjectives. */
  more?: string[];
}

const LANDS: Record<string, Land> = {
  "DE-BW": { office: "Landratsamt",
    districts: ["Biberach", "Böblingen", "Breisgau-Hochschwarzwald", "Calw", "Emmendingen", "Esslingen", "Freudenstadt", "Göppingen", "Heidenheim", "Heilbronn", "Karlsruhe", "Konstanz", "Lörrach", "Ludwigsburg", "Rastatt", "Ravensburg", "Reutlingen", "Rottweil", "Schwäbisch Hall", "Sigmaringen", "Tübingen", "Tuttlingen", "Waldshut"],
    kreise: ["Alb-Donau-Kreis", "Bodenseekreis", "Enzkreis", "Hohenlohekreis", "Main-Tauber-Kreis", "Neckar-Odenwald-Kreis", "Ortenaukreis", "Ostalbkreis", "Rems-Murr-Kreis", "Rhein-Neckar-Kreis", "Schwarzwald-Baar-Kreis", "Zollernalbkreis"],
    more: ["Regierungspräsidium Stuttgart", "Regierungspräsidium Karlsruhe", "Regierungspräsidium Freiburg", "Regierungspräsidium Tübingen"] },
  "DE-BY": { office: "Landratsamt",
    districts: ["Altötting", "Bad Tölz-Wolfratshausen", "Berchtesgadener Land", "Dachau", "Ebersberg", "Eichstätt", "Erding", "Freising", "Fürstenfeldbruck", "Garmisch-Partenkirchen", "Landsberg am Lech", "Landsberg", "Miesbach", "Mühldorf am Inn", "Mühldorf", "München", "Neuburg-Schrobenhausen", "Pfaffenhofen an der Ilm", "Pfaffenhofen", "Rosenheim", "Starnberg", "Traunstein", "Weilheim-Schongau", "Deggendorf", "Dingolfing-Landau", "Freyung-Grafenau", "Kelheim", "Landshut", "Passau", "Regen", "Rottal-Inn", "Straubing-Bogen", "Amberg-Sulzbach", "Cham", "Neumarkt in der Oberpfalz", "Neumarkt", "Neustadt an der Waldnaab", "Neustadt a.d. Waldnaab", "Regensburg", "Schwandorf", "Tirschenreuth", "Bamberg", "Bayreuth", "Coburg", "Forchheim", "Hof", "Kronach", "Kulmbach", "Lichtenfels", "Wunsiedel im Fichtelgebirge", "Wunsiedel", "Ansbach", "Erlangen-Höchstadt", "Fürth", "Nürnberger Land", "Neustadt an der Aisch-Bad Windsheim", "Neustadt a.d. Aisch-Bad Windsheim", "Roth", "Weißenburg-Gunzenhausen", "Aschaffenburg", "Bad Kissingen", "Haßberge", "Kitzingen", "Main-Spessart", "Miltenberg", "Rhön-Grabfeld", "Schweinfurt", "Würzburg", "Aichach-Friedberg", "Augsburg", "Dillingen an der Donau", "Dillingen", "Donau-Ries", "Günzburg", "Lindau (Bodensee)", "Lindau", "Neu-Ulm", "Oberallgäu", "Ostallgäu", "Unterallgäu"],
    more: ["Regierung von Oberbayern", "Regierung von Niederbayern", "Regierung von der Oberpfalz", "Regierung von Oberfranken", "Regierung von Mittelfranken", "Regierung von Unterfranken", "Regierung von Schwaben"] },
  "DE-BE": {
    more: ["Bezirksamt Mitte", "Bezirksamt Friedrichshain-Kreuzberg", "Bezirksamt Pankow", "Bezirksamt Charlottenburg-Wilmersdorf", "Bezirksamt Spandau", "Bezirksamt Steglitz-Zehlendorf", "Bezirksamt Tempelhof-Schöneberg", "Bezirksamt Neukölln", "Bezirksamt Treptow-Köpenick", "Bezirksamt Marzahn-Hellersdorf", "Bezirksamt Lichtenberg", "Bezirksamt Reinickendorf"] },
  "DE-BB": { office: "Landratsamt",
    districts: ["Barnim", "Dahme-Spreewald", "Elbe-Elster", "Havelland", "Märkisch-Oderland", "Oberhavel", "Oberspreewald-Lausitz", "Oder-Spree", "Ostprignitz-Ruppin", "Potsdam-Mittelmark", "Prignitz", "Spree-Neiße", "Teltow-Fläming", "Uckermark"] },
  "DE-HH": {
    more: ["Bezirksamt Altona", "Bezirksamt Bergedorf", "Bezirksamt Eimsbüttel", "Bezirksamt Hamburg-Mitte", "Bezirksamt Hamburg-Nord", "Bezirksamt Harburg", "Bezirksamt Wandsbek"] },
  "DE-HE": { office: "Landratsamt",
    districts: ["Bergstraße", "Darmstadt-Dieburg", "Fulda", "Gießen", "Groß-Gerau", "Hersfeld-Rotenburg", "Kassel", "Limburg-Weilburg", "Marburg-Biedenkopf", "Offenbach", "Waldeck-Frankenberg"],
    kreise: ["Hochtaunuskreis", "Lahn-Dill-Kreis", "Main-Kinzig-Kreis", "Main-Taunus-Kreis", "Odenwaldkreis", "Rheingau-Taunus-Kreis", "Schwalm-Eder-Kreis", "Vogelsbergkreis", "Werra-Meißner-Kreis", "Wetteraukreis"],
    more: ["Regierungspräsidium Darmstadt", "Regierungspräsidium Gießen", "Regierungspräsidium Kassel"] },
  "DE-MV": { office: "Landratsamt",
    districts: ["Rostock", "Ludwigslust-Parchim", "Mecklenburgische Seenplatte", "Nordwestmecklenburg", "Vorpommern-Greifswald", "Vorpommern-Rügen"] },
  "DE-NI": { office: "Landratsamt",
    districts: ["Ammerland", "Aurich", "Celle", "Cloppenburg", "Cuxhaven", "Diepholz", "Emsland", "Friesland", "Gifhorn", "Goslar", "Göttingen", "Grafschaft Bentheim", "Hameln-Pyrmont", "Harburg", "Helmstedt", "Hildesheim", "Holzminden", "Leer", "Lüchow-Dannenberg", "Lüneburg", "Nienburg/Weser", "Nienburg", "Northeim", "Oldenburg", "Osnabrück", "Osterholz", "Peine", "Rotenburg (Wümme)", "Rotenburg", "Schaumburg", "Stade", "Uelzen", "Vechta", "Verden", "Wesermarsch", "Wittmund", "Wolfenbüttel"],
    kreise: ["Heidekreis"],
    more: ["Landkreis Heidekreis", "Landkreises Heidekreis", "Region Hannover", "Regionsverwaltung Hannover"] },
  "DE-NW": { office: "Kreisverwaltung",
    districts: ["Borken", "Coesfeld", "Düren", "Euskirchen", "Gütersloh", "Heinsberg", "Herford", "Höxter", "Kleve", "Lippe", "Mettmann", "Minden-Lübbecke", "Olpe", "Paderborn", "Recklinghausen", "Siegen-Wittgenstein", "Soest", "Steinfurt", "Unna", "Viersen", "Warendorf", "Wesel"],
    kreise: ["Ennepe-Ruhr-Kreis", "Hochsauerlandkreis", "Rhein-Erft-Kreis", "Rhein-Sieg-Kreis"],
    more: ["Märkischer Kreis", "Märkischen Kreis", "Märkischen Kreises", "Kreisverwaltung Märkischer Kreis", "Oberbergischer Kreis", "Oberbergischen Kreis", "Oberbergischen Kreises", "Kreisverwaltung Oberbergischer Kreis", "Rheinisch-Bergischer Kreis", "Rheinisch-Bergischen Kreis", "Rheinisch-Bergischen Kreises", "Rhein-Kreis Neuss", "Rhein-Kreises Neuss", "Städteregion Aachen", "StädteRegion Aachen", "Städteregionsrat Aachen", "Bezirksregierung Arnsberg", "Bezirksregierung Detmold", "Bezirksregierung Düsseldorf", "Bezirksregierung Köln", "Bezirksregierung Münster"] },
  "DE-RP": { office: "Kreisverwaltung",
    districts: ["Ahrweiler", "Altenkirchen (Westerwald)", "Altenkirchen", "Alzey-Worms", "Bad Dürkheim", "Bad Kreuznach", "Bernkastel-Wittlich", "Birkenfeld", "Cochem-Zell", "Germersheim", "Kaiserslautern", "Kusel", "Mainz-Bingen", "Mayen-Koblenz", "Neuwied", "Südliche Weinstraße", "Südwestpfalz", "Trier-Saarburg", "Vulkaneifel"],
    kreise: ["Donnersbergkreis", "Rhein-Hunsrück-Kreis", "Rhein-Lahn-Kreis", "Rhein-Pfalz-Kreis", "Westerwaldkreis"],
    more: ["Eifelkreis Bitburg-Prüm", "Eifelkreises Bitburg-Prüm", "Kreisverwaltung Bitburg-Prüm", "Landkreis Bitburg-Prüm", "Kreis Bitburg-Prüm"] },
  "DE-SL": { office: "Landratsamt",
    districts: ["Merzig-Wadern", "Neunkirchen", "Saarlouis", "St. Wendel", "Sankt Wendel"],
    kreise: ["Saarpfalz-Kreis"],
    more: ["Regionalverband Saarbrücken", "Regionalverbands Saarbrücken"] },
  "DE-SN": { office: "Landratsamt",
    districts: ["Bautzen", "Görlitz", "Leipzig", "Meißen", "Mittelsachsen", "Nordsachsen", "Sächsische Schweiz-Osterzgebirge", "Zwickau"],
    kreise: ["Erzgebirgskreis", "Vogtlandkreis"],
    more: ["Landesdirektion Sachsen"] },
  "DE-ST": { office: "Landratsamt",
    districts: ["Anhalt-Bitterfeld", "Börde", "Harz", "Jerichower Land", "Mansfeld-Südharz", "Stendal", "Wittenberg"],
    kreise: ["Burgenlandkreis", "Saalekreis", "Salzlandkreis"],
    more: ["Altmarkkreis Salzwedel", "Altmarkkreises Salzwedel", "Landratsamt Altmarkkreis Salzwedel"] },
  "DE-SH": { office: "Kreisverwaltung",
    districts: ["Dithmarschen", "Herzogtum Lauenburg", "Nordfriesland", "Ostholstein", "Pinneberg", "Plön", "Rendsburg-Eckernförde", "Schleswig-Flensburg", "Segeberg", "Steinburg", "Stormarn"] },
  "DE-TH": { office: "Landratsamt",
    districts: ["Altenburger Land", "Eichsfeld", "Gotha", "Greiz", "Hildburghausen", "Nordhausen", "Saalfeld-Rudolstadt", "Schmalkalden-Meiningen", "Sömmerda", "Sonneberg", "Weimarer Land"],
    kreise: ["Ilm-Kreis", "Kyffhäuserkreis", "Saale-Holzland-Kreis", "Saale-Orla-Kreis", "Unstrut-Hainich-Kreis", "Wartburgkreis"] },
};

const named = (office: string, name: string) => [`Landkreis ${name}`, `Landkreises ${name}`, `Kreis ${name}`, `Kreises ${name}`, `${office} ${name}`];
const kreis = (office: string, name: string) => [name, `${name}es`, `${office} ${name}`];

export const DISTRICTS: Record<string, string[]> = Object.fromEntries(Object.entries(LANDS).map(([code, l]) => [code, [
  ...(l.districts ?? []).flatMap((n) => named(l.office!, n)),
  ...(l.kreise ?? []).flatMap((n) => kreis(l.office!, n)),
  ...(l.more ?? []),
]]));
