// Writes src/gazetteer/world-demonyms.ts and world-capitals.ts: the demonyms world-countries adds to the table of
// src/gazetteer/demonyms.ts, so that no extraction parses world-countries' JSON at start-up.
// Run after editing that table or upgrading world-countries (test/gazetteer/world-demonyms.test.ts says when).
// Usage: node --import tsx scripts/world-demonyms.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TABLE } from "../src/gazetteer/demonyms.js";
import { worldDemonyms, datelineCapitals } from "../src/gazetteer/world-countries.js";

const world = worldDemonyms(TABLE);
const lines = Object.entries(world).map(([code, forms]) => `  ${code}: ${JSON.stringify(forms)},`);
const file = fileURLToPath(new URL("../src/gazetteer/world-demonyms.ts", import.meta.url));
writeFileSync(file, `// Written by scripts/world-demonyms.ts from world-countries (do not edit): English and French
// demonyms of the countries the table of demonyms.ts leaves out, in the data's order.
export const WORLD_DEMONYMS: Record<string, string[]> = {
${lines.join("\n")}
};
`);
console.log(`${lines.length} countries -> ${file}`);

// The capitals of agency datelines, likewise.
const capitals = [...datelineCapitals()].map(([cap, code]) => `  ${JSON.stringify(cap)}: ${JSON.stringify(code)},`);
const capFile = fileURLToPath(new URL("../src/gazetteer/world-capitals.ts", import.meta.url));
writeFileSync(capFile, `// Written by scripts/world-demonyms.ts from world-countries (do not edit): capitals in capitals,
// as agency datelines write them ("MANILA —"), to their country; a capital two countries share is left out.
export const DATELINE_CAPITALS: Record<string, string> = {
${capitals.join("\n")}
};
`);
console.log(`${capitals.length} capitals -> ${capFile}`);
