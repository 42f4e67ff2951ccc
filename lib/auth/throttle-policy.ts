// Sign-in throttling, as pure rules over a counter of recent failures per key ("account:<email>"
// or "address:<ip>"). Failures first slow attempts down (a short wait after each), then block
// them for a while. Every block ends by itself, so a real user is never locked out for good,
// and a successful sign-in clears the account's counter.

export interface ThrottleState {
  failures: number;
  firstFailAt: Date;
  lastFailAt: Date;
  blockedUntil: Date | null;
}

export interface ThrottleLimits {
  /** Failures before attempts start to be delayed. */
  slowAfter: number;
  /** Failures before attempts are blocked for `blockFor`. */
  blockAfter: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  blockMs: number;
}

const MINUTE = 60_000;

/** Per account: slow after 3 failures, block for 15 minutes after 5 within 15 minutes. */
export const ACCOUNT_LIMITS: ThrottleLimits = { slowAfter: 3, blockAfter: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
/** Per client address (several people may share one office address): looser. */
export const ADDRESS_LIMITS: ThrottleLimits = { slowAfter: 10, blockAfter: 30, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };

/** How long the next attempt must wait, in ms (0: it may go ahead). */
export function waitBeforeAttempt(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const expired = !state || now.getTime() - state.lastFailAt.getTime() > limits.windowMs;
  const failures = expired ? 1 : state.failures + 1;
  const firstFailAt = expired ? now : state.firstFailAt;
  let blockedUntil: Date | null = null;
  if (failures >= limits.blockAfter) {
    blockedUntil = new Date(now.getTime() + limits.blockMs);
  } else if (failures >= limits.slowAfter) {
    // 2 s, 4 s, 8 s ... between the slow-down threshold and the block.
    blockedUntil = new Date(now.getTime() + 1000 * 2 ** (failures - limits.slowAfter + 1));
  }
  return { failures, firstFailAt, lastFailAt: now, blockedUntil };
}
