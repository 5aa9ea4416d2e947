// Hex SHA-256 of raw bytes: the identity of a document's content everywhere.
import { createHash } from "node:crypto";

export const sha256 = (b: Uint8Array | string): string => createHash("sha256").update(b).digest("hex");
