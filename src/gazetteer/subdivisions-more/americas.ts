// Argentina, Chile, Colombia and Peru (../subdivisions-more.ts).
import { type Country, type Patterns, ascii, each, noArticle, withAscii } from "./build.js";

// Each country's subdivisions by their Spanish name (with the article it takes: "el Chaco", "provincia del Chaco"):
// the other languages' names are the first of them where not given, English and alone also without diacritics.
// One named like its capital only with the word for it; one with a name of its own ("own") also alone.
const plain = (names: string[]) => withAscii(noArticle(names));
const main = (names: string[]) => noArticle(names).slice(0, 1);

const AR_PROVINCE: Patterns = {
  es: ["provincia argentina de {}", "Legislatura de {}", "Legislatura de la Provincia de {}", "provincia de {}", "Provincia de {}"],
  esAscii: ["Legislatura de {}", "Legislatura de la Provincia de {}", "provincia de {}", "Provincia de {}"],
  en: ["Argentine province of {}", "{} province", "{} Province", "province of {}", "Province of {}"],
  de: ["Provinz {}"], fr: ["province de {}"], it: ["provincia di {}"], nl: ["provincie {}"], pt: ["província de {}"],
};
export const ARGENTINA: Country = {
  kinds: { province: AR_PROVINCE, own: { bare: ["{}"], ...AR_PROVINCE } },
  defaults: {
    esAscii: ["es", each(ascii)], en: ["es", plain], bare: ["es", plain],
    de: ["es", main], fr: ["es", main], it: ["es", main], nl: ["es", main], pt: ["es", main],
  },
  subs: {
    "AR-A": { es: "Salta" },
    "AR-D": { es: "San Luis" },
    "AR-E": { kind: "own", es: "Entre Ríos", en: "Entre Ríos", more: ["Entre Rios province", "Entre Rios Province", "province of Entre Rios", "Province of Entre Rios"] },
    "AR-F": ["provincia argentina de La Rioja", "Argentine province of La Rioja", "Legislatura de La Rioja", "Legislatura de la Provincia de La Rioja"],
    "AR-G": { es: "Santiago del Estero" },
    "AR-H": { es: "el Chaco", fr: "le Chaco", pt: "o Chaco", more: ["provincia de Chaco", "Provincia de Chaco"] },
    "AR-J": ["provincia argentina de San Juan", "Argentine province of San Juan", "Legislatura de San Juan", "Legislatura de la Provincia de San Juan"],
    "AR-K": { es: "Catamarca" },
    "AR-L": { kind: "own", es: "La Pampa" },
    "AR-M": { es: "Mendoza" },
    "AR-N": { es: "Misiones" },
    "AR-P": { es: "Formosa" },
    "AR-Q": { es: "el Neuquén", en: "Neuquén", fr: "le Neuquén", pt: "o Neuquén", more: ["provincia de Neuquén", "Provincia de Neuquén", "Neuquen province", "Neuquen Province", "province of Neuquen", "Province of Neuquen", "provincia de Neuquen", "Provincia de Neuquen"] },
    "AR-R": { es: "Río Negro", en: "Río Negro", more: ["Rio Negro province", "Rio Negro Province", "province of Rio Negro", "Province of Rio Negro"] },
    "AR-S": { es: "Santa Fe" },
    "AR-T": { es: "Tucumán", en: "Tucumán", more: ["Tucuman province", "Tucuman Province", "province of Tucuman", "Province of Tucuman"] },
    "AR-U": { kind: "own", es: "el Chubut", fr: "le Chubut", pt: "o Chubut", more: ["provincia de Chubut", "Provincia de Chubut"] },
    "AR-V": { de: "Tierra del Fuego", more: ["provincia argentina de Tierra del Fuego", "Argentine province of Tierra del Fuego", "Legislatura de Tierra del Fuego", "Legislatura de la Provincia de Tierra del Fuego", "Tierra del Fuego province", "Tierra del Fuego Province"] },
    "AR-W": { es: "Corrientes" },
    "AR-X": { de: "Córdoba", fr: "Córdoba", more: ["provincia argentina de Córdoba", "Argentine province of Córdoba", "Legislatura de Córdoba", "Legislatura de la Provincia de Córdoba", "Legislatura de Cordoba", "Legislatura de la Provincia de Cordoba", "Córdoba province", "Cordoba province", "Córdoba Province", "Cordoba Province", "province of Córdoba"] },
    "AR-Y": { es: "Jujuy" },
    "AR-Z": { de: "Santa Cruz", more: ["provincia argentina de Santa Cruz", "Argentine province of Santa Cruz", "Legislatura de Santa Cruz", "Legislatura de la Provincia de Santa Cruz", "Santa Cruz province", "Santa Cruz Province"] },
  },
};

const CL_REGION: Patterns = { es: ["Región de {}", "región de {}"], en: ["{} Region", "{} region"], de: ["Region {}"], fr: ["région de {}"], it: ["regione di {}"], nl: ["regio {}"], pt: ["região de {}"] };
export const CHILE: Country = {
  kinds: { region: CL_REGION, own: { bare: ["{}"], ...CL_REGION } },
  defaults: {
    bare: ["es", plain],
    en: ["es", main], de: ["es", main], fr: ["es", main], it: ["es", main], nl: ["es", main], pt: ["es", main],
  },
  subs: {
    "CL-AI": { kind: "own", es: ["Aysén", "Aisén"], en: ["Aysén", "Aysen"], bare: ["Aysén", "Aysen", "Aisén"], more: ["Región de Aysen", "Región de Aysén del General Carlos Ibáñez del Campo", "Región de Aisén del General Carlos Ibáñez del Campo", "Aysén del General Carlos Ibáñez del Campo"] },
    "CL-AN": { es: "Antofagasta" },
    "CL-AP": { kind: "own", es: "Arica y Parinacota", more: ["Arica and Parinacota", "Arica and Parinacota Region"] },
    "CL-AR": { kind: "own", es: ["La Araucanía", "la Araucanía"], en: "Araucanía", de: "Araucanía", fr: "Araucanie", it: "l'Araucanía", nl: "Araucanía", pt: "a Araucanía", more: ["Araucania Region", "Araucanie"] },
    "CL-AT": { es: "Atacama" },
    "CL-BI": { kind: "own", es: "el Biobío", en: [], fr: "le Biobío", it: "il Biobío", pt: "o Biobío", more: ["Bío Bío", "Bío-Bío", "Bio Bio", "Región del Bío Bío", "Región del Bío-Bío", "Biobío Region", "Biobio Region", "Bío Bío Region"] },
    "CL-CO": { es: "Coquimbo" },
    "CL-LI": { es: "O'Higgins", more: ["Región del Libertador General Bernardo O'Higgins", "Región del Libertador Bernardo O'Higgins", "Libertador General Bernardo O'Higgins Region"] },
    "CL-LL": { es: "Los Lagos" },
    "CL-LR": { es: "Los Ríos", en: ["Los Ríos", "Los Rios"], more: ["Región de Los Rios"] },
    "CL-MA": { es: "Magallanes", pt: ["Magalhães", "Magallanes"], more: ["Región de Magallanes y de la Antártica Chilena", "Región de Magallanes y la Antártica Chilena", "Magallanes and Chilean Antarctica Region", "Magallanes y la Antártica Chilena", "Magallanes y de la Antártica Chilena"] },
    "CL-ML": { kind: "own", es: "el Maule", fr: "le Maule", pt: "o Maule" },
    "CL-NB": { es: "Ñuble", en: ["Ñuble", "Nuble"], more: ["Ñuble", "Región de Nuble"] },
    "CL-RM": { en: "Santiago Metropolitan", de: "Metropolitana de Santiago", more: ["Región Metropolitana de Santiago", "región Metropolitana de Santiago", "Metropolitan Region of Santiago", "Gobierno Regional Metropolitano de Santiago", "région métropolitaine de Santiago", "Région métropolitaine de Santiago", "regione Metropolitana di Santiago", "Regione Metropolitana di Santiago", "Metropolitaanse Regio van Santiago", "Região Metropolitana de Santiago"] },
    "CL-TA": { kind: "own", es: "Tarapacá", en: ["Tarapacá", "Tarapaca"], more: ["Región de Tarapaca"] },
    "CL-VS": { es: "Valparaíso", en: ["Valparaíso", "Valparaiso"], more: ["Región de Valparaiso"] },
  },
};

// Colombia's departments also by their governorship ("Gobernación de Antioquia").
const CO_DEPARTMENT: Patterns = {
  es: ["departamento de {}", "Departamento de {}"], esGov: ["Gobernación de {}", "gobernación de {}"], esBare: ["Departamento {}"],
  en: ["{} department", "{} Department", "department of {}", "Department of {}"], fr: ["département de {}"], it: ["dipartimento di {}"], nl: ["departement {}"],
};
export const COLOMBIA: Country = {
  kinds: { department: CO_DEPARTMENT, own: { bare: ["{}"], ...CO_DEPARTMENT } },
  defaults: {
    en: ["es", plain], bare: ["es", plain], esGov: ["es"],
    esBare: ["es", main], fr: ["es", main], it: ["es", main], nl: ["es", main],
  },
  subs: {
    "CO-AMA": ["departamento del Amazonas", "Departamento del Amazonas"],
    "CO-ANT": { kind: "own", es: "Antioquia" },
    "CO-ARA": { es: "Arauca" },
    "CO-ATL": { es: ["Atlántico", "el Atlántico", "Atlantico", "el Atlantico"], fr: "le Atlántico" },
    "CO-BOL": { es: ["Bolívar", "Bolivar"], esGov: [] },
    "CO-BOY": { kind: "own", es: ["Boyacá", "Boyaca"] },
    "CO-CAL": { es: "Caldas" },
    "CO-CAQ": { kind: "own", es: ["Caquetá", "el Caquetá", "Caqueta", "el Caqueta"], fr: "le Caquetá" },
    "CO-CAS": { kind: "own", es: ["Casanare", "el Casanare"], fr: "le Casanare" },
    "CO-CAU": { kind: "own", es: ["Cauca", "el Cauca"], fr: "le Cauca" },
    "CO-CES": { es: ["Cesar", "el Cesar"], fr: "le Cesar" },
    "CO-CHO": { es: ["Chocó", "el Chocó", "Choco", "el Choco"], fr: "le Chocó", more: ["Chocó"] },
    "CO-COR": { es: ["Córdoba", "Cordoba"] },
    "CO-CUN": { kind: "own", es: "Cundinamarca" },
    "CO-GUA": { kind: "own", es: ["Guainía", "el Guainía", "Guainia", "el Guainia"], fr: "le Guainía" },
    "CO-GUV": { kind: "own", es: ["Guaviare", "el Guaviare"], fr: "le Guaviare" },
    "CO-HUI": { kind: "own", es: ["Huila", "el Huila"], fr: "le Huila" },
    "CO-LAG": { kind: "own", es: "La Guajira", more: ["Guajira department", "departamento de la Guajira", "Gobernación de la Guajira"] },
    "CO-MAG": { es: ["Magdalena", "el Magdalena"], fr: "le Magdalena" },
    "CO-MET": { esGov: ["Meta", "el Meta"], fr: "le Meta", more: ["departamento del Meta", "Departamento del Meta", "Departamento Meta"] },
    "CO-NAR": { es: ["Nariño", "Narino"] },
    "CO-NSA": { kind: "own", es: "Norte de Santander" },
    "CO-PUT": { kind: "own", es: ["Putumayo", "el Putumayo"], fr: "le Putumayo" },
    "CO-QUI": { kind: "own", es: ["Quindío", "el Quindío", "Quindio", "el Quindio"], fr: "le Quindío" },
    "CO-RIS": { kind: "own", es: "Risaralda" },
    "CO-SAN": { es: "Santander" },
    "CO-SUC": { es: "Sucre", esGov: [] },
    "CO-TOL": { kind: "own", es: ["Tolima", "el Tolima"], fr: "le Tolima" },
    "CO-VAC": { kind: "own", es: ["Valle del Cauca", "el Valle del Cauca"], fr: "le Valle del Cauca", more: ["Gobernación del Valle", "departamento del Valle", "Valle department"] },
    "CO-VAU": { kind: "own", es: ["Vaupés", "el Vaupés", "Vaupes", "el Vaupes"], fr: "le Vaupés" },
    "CO-VID": { kind: "own", es: ["Vichada", "el Vichada"], fr: "le Vichada" },
    "CO-SAP": ["San Andrés y Providencia", "San Andrés and Providencia", "San Andres y Providencia", "Archipiélago de San Andrés", "archipiélago de San Andrés", "San Andrés archipelago", "departamento de San Andrés", "Departamento de San Andrés", "Gobernación de San Andrés", "Archipiélago de San Andrés y Providencia", "San Andrés Providencia y Santa Catalina", "Archipel de San Andrés", "archipel de San Andrés", "arcipelago di San Andrés", "arquipélago de San Andrés"],
    "CO-DC": ["Bogotá D.C.", "Bogota D.C.", "Bogotá DC", "Bogota DC", "Distrito Capital de Bogotá", "Alcaldía de Bogotá", "Alcaldía Mayor de Bogotá", "alcaldía de Bogotá", "Concejo de Bogotá", "Bogotá city council", "Bogota city council", "Bogotá City Council", "Bogota City Council", "Bogotá Capital District", "Capital District of Bogotá", "Hauptstadtdistrikt Bogotá", "district capital de Bogotá", "mairie de Bogota", "distretto capitale di Bogotá"],
  },
};

// Peru's regions also by their regional government ("Gobierno Regional de Arequipa").
const PE_REGION: Patterns = {
  es: ["región {}", "Región {}", "región de {}", "Región de {}"], esDept: ["departamento de {}", "Departamento de {}"], esGov: ["Gobierno Regional de {}", "gobierno regional de {}"],
  en: ["{} region", "{} Region", "region of {}"], enGov: ["Regional Government of {}"], de: ["Region {}"], fr: ["région de {}"], it: ["regione di {}"], nl: ["regio {}"], pt: ["região de {}"],
};
export const PERU: Country = {
  kinds: { region: PE_REGION, own: { bare: ["{}"], ...PE_REGION } },
  defaults: {
    bare: ["es", plain],
    esDept: ["es"], esGov: ["es"], en: ["es", noArticle], enGov: ["es", noArticle], de: ["es", main], fr: ["es", main], it: ["es", main], nl: ["es", main], pt: ["es", main],
  },
  subs: {
    "PE-AMA": { esGov: "Amazonas", enGov: "Amazonas", more: ["región Amazonas", "Región Amazonas"] },
    "PE-ANC": { kind: "own", es: ["Áncash", "Ancash"] },
    "PE-APU": { kind: "own", es: ["Apurímac", "Apurimac"] },
    "PE-ARE": { es: "Arequipa" },
    "PE-AYA": { es: "Ayacucho" },
    "PE-CAJ": { es: "Cajamarca" },
    "PE-CUS": { es: "Cusco", de: ["Cusco", "Cuzco"], fr: ["Cusco", "Cuzco"], it: ["Cusco", "Cuzco"], pt: ["Cusco", "Cuzco"], more: ["Cuzco region", "Cuzco Region", "región del Cusco", "Región del Cusco", "Gobierno Regional del Cusco", "departamento del Cusco"] },
    "PE-HUC": { es: ["Huánuco", "Huanuco"] },
    "PE-HUV": { es: "Huancavelica" },
    "PE-ICA": { es: "Ica" },
    "PE-JUN": { es: ["Junín", "Junin"], esDept: [] },
    "PE-LAL": { esGov: "La Libertad", enGov: "La Libertad", de: "La Libertad", fr: "La Libertad", it: "La Libertad", nl: "La Libertad", pt: "La Libertad", more: ["región La Libertad", "Región La Libertad", "La Libertad Region"] },
    "PE-LAM": { es: "Lambayeque" },
    "PE-LOR": { es: "Loreto" },
    "PE-MDD": { es: "Madre de Dios" },
    "PE-MOQ": { es: "Moquegua" },
    "PE-PAS": { es: "Pasco" },
    "PE-PIU": { es: "Piura" },
    "PE-PUN": { es: "Puno" },
    "PE-SAM": { esGov: ["San Martín", "San Martin"], enGov: ["San Martín", "San Martin"], de: "San Martín", fr: "San Martín", it: "San Martín", nl: "San Martín", pt: "San Martín", more: ["región San Martín", "Región San Martín", "San Martín Region", "región San Martin", "Región San Martin", "San Martin Region", "San Martín region"] },
    "PE-TAC": { es: "Tacna" },
    "PE-TUM": { es: "Tumbes" },
    "PE-UCA": { kind: "own", es: "Ucayali" },
    "PE-CAL": { esGov: "el Callao", enGov: "Callao", de: "Callao", fr: "Callao", it: "Callao", nl: "Callao", pt: "Callao", more: ["Región Callao", "región Callao", "región del Callao", "Región del Callao", "Callao region", "Callao Region", "Provincia Constitucional del Callao", "provincia constitucional del Callao", "Constitutional Province of Callao"] },
    "PE-LIM": { esGov: "Lima", enGov: "Lima", more: ["región Lima", "Región Lima", "Lima Region", "Lima Provincias", "región Lima Provincias", "Región Lima Provincias"] },
    "PE-LMA": ["Municipalidad Metropolitana de Lima", "municipalidad metropolitana de Lima", "Municipalidad de Lima", "municipalidad de Lima", "Lima Metropolitana", "Metropolitan Lima", "Metropolitan Municipality of Lima", "Lima Metropolitan Municipality", "Lima city council", "Lima City Council", "Lima city hall", "Lima City Hall", "Concejo Metropolitano de Lima", "Alcaldía de Lima", "mairie de Lima", "Stadtverwaltung Lima", "comune di Lima", "gemeente Lima", "prefeitura de Lima"],
  },
};
