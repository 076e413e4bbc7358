import { describe, expect, it } from "vitest";
import { admitAttempt, refusalMessage, releaseAttempt, signInPolicyFromEnv, unlockTimeText, type AttemptBucket, type LimitRule } from "./sign-in-limits";

const MINUTE = 60_000;
const rule: LimitRule = { maxAttempts: 3, windowMs: 10 * MINUTE, lockMs: 15 * MINUTE };
const t0 = new Date("2031-05-04T13:50:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);

/** Admits attempts at the given minutes, failing if one is refused. */
function attempts(...minutes: number[]): AttemptBucket | null {
  let bucket: AttemptBucket | null = null;
  for (const m of minutes) {
    const decision = admitAttempt(bucket, rule, at(m));
    if (!decision.allowed) throw new Error(`refused at minute ${m}`);
    bucket = decision.bucket;
  }
  return bucket;
}

describe("admitAttempt", () => {
  it("counts attempts in a window that starts with the first", () => {
    expect(attempts(0)).toEqual({ attempts: 1, windowStartedAt: at(0), lockedUntil: null });
    expect(attempts(0, 1)).toEqual({ attempts: 2, windowStartedAt: at(0), lockedUntil: null });
  });

  it("locks on the attempt that reaches the maximum, for the lock time from then", () => {
    expect(attempts(0, 1, 2)).toEqual({ attempts: 3, windowStartedAt: at(0), lockedUntil: at(17) });
  });

  it("refuses while locked, saying until when, and counts nothing", () => {
    const locked = attempts(0, 1, 2);
    expect(admitAttempt(locked, rule, at(3))).toEqual({ allowed: false, retryAt: at(17) });
    expect(admitAttempt(locked, rule, new Date(at(17).getTime() - 1))).toEqual({ allowed: false, retryAt: at(17) });
  });

  it("unlocks by time alone, into a fresh window", () => {
    const locked = attempts(0, 1, 2);
    expect(admitAttempt(locked, rule, at(17))).toEqual({ allowed: true, bucket: { attempts: 1, windowStartedAt: at(17), lockedUntil: null } });
  });

  it("starts a fresh window once the old one has passed", () => {
    expect(attempts(0, 1, 10)).toEqual({ attempts: 1, windowStartedAt: at(10), lockedUntil: null });
    expect(attempts(0, 1, 9.99)).toMatchObject({ attempts: 3, lockedUntil: new Date(at(9.99).getTime() + 15 * MINUTE) });
  });
});

describe("releaseAttempt", () => {
  it("gives an attempt back, and forgets an empty bucket", () => {
    expect(releaseAttempt(attempts(0, 1), rule)).toEqual({ attempts: 1, windowStartedAt: at(0), lockedUntil: null });
    expect(releaseAttempt(attempts(0), rule)).toBeNull();
    expect(releaseAttempt(null, rule)).toBeNull();
  });

  it("lifts a lock that the released attempt had set", () => {
    expect(releaseAttempt(attempts(0, 1, 2), rule)).toEqual({ attempts: 2, windowStartedAt: at(0), lockedUntil: null });
  });

  it("keeps a lock the bucket earns without the released attempt", () => {
    const over: AttemptBucket = { attempts: 4, windowStartedAt: at(0), lockedUntil: at(17) };
    expect(releaseAttempt(over, rule)).toEqual({ attempts: 3, windowStartedAt: at(0), lockedUntil: at(17) });
  });

  it("makes a success in the middle of failures not count", () => {
    // fail, fail, success (released), fail: the third failure locks, not the success.
    const afterSuccess = releaseAttempt(attempts(0, 1, 2), rule);
    const next = admitAttempt(afterSuccess, rule, at(3));
    expect(next).toEqual({ allowed: true, bucket: { attempts: 3, windowStartedAt: at(0), lockedUntil: at(18) } });
  });
});

describe("signInPolicyFromEnv", () => {
  it("has the documented defaults", () => {
    const policy = signInPolicyFromEnv({});
    expect(policy["sign-in"].account).toEqual({ maxAttempts: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE });
    expect(policy["sign-in"].client).toEqual({ maxAttempts: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE });
    expect(policy["sign-up"].client.maxAttempts).toBe(30);
    expect(policy["sign-up"].account.maxAttempts).toBe(10);
  });

  it("reads the variables, fractions of minutes included", () => {
    const policy = signInPolicyFromEnv({ SIGN_IN_MAX_FAILURES: "5", SIGN_IN_CLIENT_MAX_FAILURES: "50", SIGN_UP_CLIENT_MAX: "100", SIGN_IN_WINDOW_MINUTES: "60", SIGN_IN_LOCK_MINUTES: "0.5" });
    expect(policy["sign-in"].account).toEqual({ maxAttempts: 5, windowMs: 60 * MINUTE, lockMs: 30_000 });
    expect(policy["sign-in"].client.maxAttempts).toBe(50);
    expect(policy["sign-up"].client.maxAttempts).toBe(100);
  });

  it.each([
    ["SIGN_IN_MAX_FAILURES", "0"],
    ["SIGN_IN_MAX_FAILURES", "2.5"],
    ["SIGN_IN_CLIENT_MAX_FAILURES", "lots"],
    ["SIGN_IN_LOCK_MINUTES", "-1"],
    ["SIGN_IN_WINDOW_MINUTES", "soon"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => signInPolicyFromEnv({ [name]: value })).toThrow(name);
  });
});

describe("the refusal a person reads", () => {
  it("says when to try again, rounded up to the minute, in UTC", () => {
    expect(unlockTimeText(new Date("2031-05-04T14:05:00.000Z"), t0)).toBe("14:05 UTC");
    expect(unlockTimeText(new Date("2031-05-04T14:04:01.000Z"), t0)).toBe("14:05 UTC");
    expect(unlockTimeText(new Date("2031-05-05T00:10:00.000Z"), t0)).toBe("2031-05-05 00:10 UTC");
  });

  it("names the account or the network", () => {
    const retry = new Date("2031-05-04T14:05:00.000Z");
    expect(refusalMessage("sign-in", "account", retry, t0)).toBe("Too many failed sign-ins for this account. Try again after 14:05 UTC.");
    expect(refusalMessage("sign-in", "client", retry, t0)).toBe("Too many failed sign-ins from your network. Try again after 14:05 UTC.");
    expect(refusalMessage("sign-up", "client", retry, t0)).toMatch(/^Too many sign-ups from your network/);
  });
});
