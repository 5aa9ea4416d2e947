// Opening the store for a reading command: a missing database is the user's mistake
// (exit status 2, with what to do), not a failure.
import { openReadOnly, ReadOnlyError } from "../store/readonly.js";
import type { DB } from "../store/db.js";
import { UsageError } from "./errors.js";

export function openForReading(file: string): DB {
  try {
    return openReadOnly(file);
  } catch (e) {
    if (e instanceof ReadOnlyError) throw new UsageError(e.message);
    throw e;
  }
}
