import { describe, expect, it } from "vitest";
import { fillEvents } from "../../src/extract/fill.js";
import type { BanEvent } from "../../src/types.js";

const event = (jurisdiction: string): BanEvent => ({
  action: "ban", target: "crypto mining", actor: { jurisdiction, level: "national", name: null }, scope: null, audience: null,
  announced: null, effective: null, deadline: null, expires: null, duration: null, main: true,
  evidence: [{ text: "Rusia prohibirá la minería de criptomonedas.", start: 0, end: 44 }], rules: [],
});

describe("an undated main event", () => {
  it("takes the lead's day when it is the story's own country's", () => {
    const e = event("PY");
    fillEvents([e], { published: "2024-12-05", leadDate: () => "2024-12-04", homeCountry: () => "PY" });
    expect(e.announced).toBe("2024-12-04");
  });
  it("takes neither the lead's day nor the publication day when another country decided", () => {
    const e = event("RU");
    fillEvents([e], { published: "2024-12-05", leadDate: () => "2024-12-04", homeCountry: () => "PY" });
    expect(e.announced).toBeNull();
    const f = event("RU");
    fillEvents([f], { published: "2024-12-05", homeCountry: () => "PY" });
    expect(f.announced).toBeNull();
  });
  it("of a region dates as its country's story does", () => {
    const e = event("ES-CT");
    fillEvents([e], { published: "2024-12-05", homeCountry: () => "ES" });
    expect(e.announced).toBe("2024-12-05");
  });
});
