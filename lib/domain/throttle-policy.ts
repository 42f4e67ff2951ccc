// Sign-in throttling, as pure rules over a counter per key. Every attempt is counted *before*
// its password is checked (a success gives its count back afterwards), so of many concurrent
// attempts only as many are checked as the counter allows. After `n` counted attempts the next
// one must wait `waitAfter(n)`; attempts arriving during a wait are refused without checking
// the password and without counting, so they never make the wait longer.
//
// Keys (see lib/auth/sign-in.ts):
// - "account:<email>": exponential delay, no lockout. A few free attempts, then 4 s, 8 s, 16 s
//   ... capped at 15 minutes, so guessing is slow but a real user is never shut out for long.
// - "account:<email>|<address>": the same delay, used instead of the one above when the client
//   address signed in to this account successfully before (a known address). Failures from
//   other addresses therefore never delay the account's owner at a place they use.
// - "address:<ip>": a hard block per client address: after many failures (to any accounts)
//   within a quarter of an hour the address is refused for 15 minutes.

export interface ThrottleLimits {
  /** Seconds the next attempt must wait after `n` counted attempts (n >= 1). */
  waitAfter: (n: number) => number;
  /** The counter starts again from 0 when its last counted attempt is older than this. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;
const MAX_WAIT_SECONDS = 15 * 60;
/** Attempts per account without any wait: enough for a few typos. */
export const ACCOUNT_FREE_ATTEMPTS = 3;
/** Failures per client address within ADDRESS_WINDOW before it is blocked (offices share addresses). */
export const ADDRESS_MAX_FAILURES = 30;

/** Per account: 3 free attempts, then 4 s, 8 s, 16 s ... up to 15 minutes; forgotten after a quiet day. */
export const ACCOUNT_LIMITS: ThrottleLimits = {
  waitAfter: (n) => (n < ACCOUNT_FREE_ATTEMPTS ? 0 : Math.min(2 ** (n - ACCOUNT_FREE_ATTEMPTS + 2), MAX_WAIT_SECONDS)),
  forgetAfterMs: 24 * 60 * MINUTE,
};

/** Per client address: 30 failures within 15 minutes block it for 15 minutes. */
export const ADDRESS_LIMITS: ThrottleLimits = {
  waitAfter: (n) => (n < ADDRESS_MAX_FAILURES ? 0 : 15 * 60),
  forgetAfterMs: 15 * MINUTE,
};

/**
 * The waits as a table (index n-1 = wait after n attempts; the last entry holds for every n
 * beyond), so the database can apply them in the one atomic statement that counts an attempt.
 */
export function waitTable(limits: ThrottleLimits): number[] {
  const table: number[] = [];
  for (let n = 1; n <= 64; n++) {
    table.push(limits.waitAfter(n));
    if (n > 1 && table[n - 1] === MAX_WAIT_SECONDS && table[n - 2] === MAX_WAIT_SECONDS) break;
  }
  return table;
}

export interface ThrottleState {
  failures: number;
  lastFailAt: Date;
  /** No attempt is admitted before this moment. */
  blockedUntil: Date | null;
}

/** How long an attempt at `now` must still wait, in ms (0: it may go ahead). */
export function waitBeforeAttempt(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

/**
 * One attempt at `now`: refused (state unchanged) while a wait runs, otherwise counted. The
 * reference for the SQL statement in lib/data/sign-in-throttle.ts, which does the same atomically.
 */
export function attempt(state: ThrottleState | null, now: Date, limits: ThrottleLimits): { admitted: boolean; state: ThrottleState } {
  if (state && waitBeforeAttempt(state, now) > 0) return { admitted: false, state };
  const forgotten = !state || now.getTime() - state.lastFailAt.getTime() > limits.forgetAfterMs;
  const failures = forgotten ? 1 : state.failures + 1;
  const wait = limits.waitAfter(failures);
  return { admitted: true, state: { failures, lastFailAt: now, blockedUntil: wait > 0 ? new Date(now.getTime() + 1000 * wait) : null } };
}
