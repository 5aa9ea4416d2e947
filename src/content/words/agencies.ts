// News agencies whose name in brackets opens an agency dateline ("PARIS (AFP) - 21 mars 2023 -").
export const AGENCIES = [
  "AFP", "Reuters", "AP", "dpa", "DPA", "ANSA", "EFE", "Lusa", "Belga", "ANP", "APA", "KNA", "EP", "Europa Press",
  "AGI", "Adnkronos", "PAP", "TASS", "Xinhua", "Kyodo", "Yonhap", "AA", "SDA", "Keystone-SDA", "epd", "KNA", "CTK", "TT", "NTB", "STT",
];
