// States and provinces as news agencies abbreviate them after a dateline's city ("KINGSTON, Ont. —"):
// AP-style abbreviations of US states and Canadian provinces (names written in full, "AUSTIN, Texas —",
// are subdivisions the place matcher knows). Read only there: elsewhere "Miss.", "La." or "Ind." are other words.
export const DATELINE_REGIONS: Record<string, string> = {
  "Ala.": "US-AL", "Ariz.": "US-AZ", "Ark.": "US-AR", "Calif.": "US-CA", "Colo.": "US-CO", "Conn.": "US-CT", "Del.": "US-DE",
  "Fla.": "US-FL", "Ga.": "US-GA", "Ill.": "US-IL", "Ind.": "US-IN", "Kan.": "US-KS", "Ky.": "US-KY", "La.": "US-LA", "Md.": "US-MD",
  "Mass.": "US-MA", "Mich.": "US-MI", "Minn.": "US-MN", "Miss.": "US-MS", "Mo.": "US-MO", "Mont.": "US-MT", "Neb.": "US-NE",
  "Nev.": "US-NV", "N.H.": "US-NH", "N.J.": "US-NJ", "N.M.": "US-NM", "N.Y.": "US-NY", "N.C.": "US-NC", "N.D.": "US-ND",
  "Okla.": "US-OK", "Ore.": "US-OR", "Pa.": "US-PA", "R.I.": "US-RI", "S.C.": "US-SC", "S.D.": "US-SD", "Tenn.": "US-TN",
  "Vt.": "US-VT", "Va.": "US-VA", "Wash.": "US-WA", "W.Va.": "US-WV", "Wis.": "US-WI", "Wyo.": "US-WY", "D.C.": "US-DC",
  "Ont.": "CA-ON", "Que.": "CA-QC", "B.C.": "CA-BC", "Alta.": "CA-AB", "Man.": "CA-MB", "Sask.": "CA-SK", "N.S.": "CA-NS",
  "N.B.": "CA-NB", "Nfld.": "CA-NL", "N.L.": "CA-NL", "P.E.I.": "CA-PE",
};
