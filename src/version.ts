// Version of the extraction rules, recorded on every mention. Bump it when locales,
// gazetteer or engine change what is extracted, so `reextract` can tell old from new.
export const EXTRACTOR_VERSION = "0.29.0";
