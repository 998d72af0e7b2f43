// Session and sign-in limits in one place, so tests and docs quote the same numbers.
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000;
/**
 * Session times are stored rounded down to this (lastSeenAt written at most once per
 * bucket): a stored time written while respondents submit must not say when they did
 * (lib/auth/session.ts, docs/anonymity.md).
 */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 60_000;

export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_BLOCK_MS = 15 * 60_000;

export const PASSWORD_MIN_LENGTH = 12;
/** Generous upper bound: argon2 hashes anything, but a megabyte "password" is a DoS. */
export const PASSWORD_MAX_LENGTH = 256;

export const SESSION_COOKIE = "tyndau_session";
export const SECURE_SESSION_COOKIE = "__Host-tyndau_session";
