// One line per rejected input. Details usually name the input already (as a path or a
// file:// URL); then it is not named twice.
import { fileURLToPath } from "node:url";

export interface RejectionInfo {
  uri: string;
  reason: string;
  detail: string;
}

/** The spellings of an input a detail may use: the URI as given and, for file:// URIs, the path. */
function namesOf(uri: string): string[] {
  if (!uri.startsWith("file:")) return [uri];
  try {
    return [uri, fileURLToPath(uri)];
  } catch {
    return [uri];
  }
}

export function rejectionLine(r: RejectionInfo): string {
  const named = namesOf(r.uri).some((n) => r.detail.includes(n));
  return named ? `rejected (${r.reason}): ${r.detail}` : `rejected ${r.uri} (${r.reason}): ${r.detail}`;
}
