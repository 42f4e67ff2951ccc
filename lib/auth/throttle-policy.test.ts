import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMITS, afterFailure, waitBeforeAttempt, type ThrottleState } from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(seconds: number[]) {
  let state: ThrottleState | null = null;
  for (const s of seconds) state = afterFailure(state, at(s), ACCOUNT_LIMITS);
  return state!;
}

describe("sign-in throttling rules", () => {
  it("lets the first failures through without waiting", () => {
    const state = failTimes([0, 1]);
    expect(state.failures).toBe(2);
    expect(waitBeforeAttempt(state, at(1))).toBe(0);
  });

  it("slows down after the third failure, with growing waits", () => {
    expect(waitBeforeAttempt(failTimes([0, 1, 2]), at(2))).toBe(2000);
    expect(waitBeforeAttempt(failTimes([0, 1, 2, 10]), at(10))).toBe(4000);
  });

  it("blocks for 15 minutes after the fifth failure, and the block ends by itself", () => {
    const state = failTimes([0, 1, 2, 10, 20]);
    expect(waitBeforeAttempt(state, at(20))).toBe(15 * 60_000);
    expect(waitBeforeAttempt(state, at(20 + 15 * 60))).toBe(0);
  });

  it("forgets failures older than the window", () => {
    const state = failTimes([0, 1, 2, 2 + 16 * 60]);
    expect(state.failures).toBe(1);
    expect(state.blockedUntil).toBeNull();
  });
});
