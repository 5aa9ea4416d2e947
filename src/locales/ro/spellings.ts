// Romanian spellings: news writes ș and ț with a comma below, older text with a cedilla (ş, ţ),
// and some sites leave out every diacritic ("interdictie", "tigari"). spellings() adds both.
export function spellings(forms: string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    out.add(f.replace(/ș/g, "ş").replace(/ț/g, "ţ").replace(/Ș/g, "Ş").replace(/Ț/g, "Ţ"));
    out.add(f.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC"));
  }
  return [...out];
}
