// Exit statuses and the one error type commands throw for a user's mistake.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called: printed without a stack, exit status 2. */
export class UsageError extends Error {}
