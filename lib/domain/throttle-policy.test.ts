import { describe, expect, it } from "vitest";
import {
  ACCOUNT_LIMITS,
  ADDRESS_LIMITS,
  attempt,
  waitBeforeAttempt,
  waitTable,
  type ThrottleLimits,
  type ThrottleState,
} from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Attempts at the given seconds; returns which were admitted and the final state. */
function run(seconds: number[], limits: ThrottleLimits = ACCOUNT_LIMITS) {
  let state: ThrottleState | null = null;
  const admitted: boolean[] = [];
  for (const s of seconds) {
    const result = attempt(state, at(s), limits);
    admitted.push(result.admitted);
    state = result.state;
  }
  return { admitted, state: state! };
}

describe("sign-in throttling rules", () => {
  it("lets three attempts per account through at once, then makes each wait twice as long", () => {
    const burst = run([0, 0, 0, 0, 0]);
    expect(burst.admitted).toEqual([true, true, true, false, false]);
    expect(waitBeforeAttempt(burst.state, at(0))).toBe(4000);
    expect([3, 4, 5, 6, 10, 11, 12, 40].map((n) => ACCOUNT_LIMITS.waitAfter(n))).toEqual([4, 8, 16, 32, 512, 900, 900, 900]);
  });

  it("refuses attempts during a wait without counting them, so they never lengthen it", () => {
    const { state } = run([0, 0, 0]);
    const refused = attempt(state, at(3), ACCOUNT_LIMITS);
    expect(refused).toEqual({ admitted: false, state });
    const afterWait = attempt(state, at(4), ACCOUNT_LIMITS);
    expect(afterWait.admitted).toBe(true);
    expect(afterWait.state.failures).toBe(4);
    expect(waitBeforeAttempt(afterWait.state, at(4))).toBe(8000);
  });

  it("never locks an account for longer than 15 minutes", () => {
    let state: ThrottleState | null = null;
    let time = 0;
    for (let i = 0; i < 30; i++) {
      const result = attempt(state, at(time), ACCOUNT_LIMITS);
      expect(result.admitted).toBe(true);
      state = result.state;
      time += waitBeforeAttempt(state, at(time)) / 1000;
      expect(waitBeforeAttempt(state, at(time))).toBe(0);
    }
    expect(ACCOUNT_LIMITS.waitAfter(state!.failures)).toBe(15 * 60);
  });

  it("blocks a client address for 15 minutes after 30 failures", () => {
    const { admitted, state } = run(
      Array.from({ length: 35 }, (_, i) => i),
      ADDRESS_LIMITS,
    );
    expect(admitted.filter(Boolean)).toHaveLength(30);
    expect(admitted.slice(30)).toEqual([false, false, false, false, false]);
    expect(waitBeforeAttempt(state, at(29 + 15 * 60))).toBe(0);
  });

  it("forgets the counter after a quiet period", () => {
    const { state } = run([0, 0, 0]);
    expect(attempt(state, at(24 * 3600 + 1), ACCOUNT_LIMITS).state.failures).toBe(1);
    expect(attempt(state, at(3600), ACCOUNT_LIMITS).state.failures).toBe(4);
  });

  it("gives the database the same waits as a table", () => {
    const table = waitTable(ACCOUNT_LIMITS);
    table.forEach((wait, i) => expect(wait).toBe(ACCOUNT_LIMITS.waitAfter(i + 1)));
    expect(table.at(-1)).toBe(15 * 60);
    expect(waitTable(ADDRESS_LIMITS).slice(28)).toEqual([0, 900, 900]);
  });
});
