/**
 * How many sign-in and sign-up attempts an account (the email typed in) and
 * a client address may make. Each is a bucket: attempts counted in a window
 * that starts with the first one; when the count reaches the rule's maximum
 * the bucket is locked for a while, and it unlocks by time alone.
 *
 * An attempt is counted before the password is checked (so parallel guesses
 * cannot all slip in before the first failure is written) and given back
 * when it turns out not to be a failure. Times are explicit arguments.
 */

export type CredentialAction = "sign-in" | "sign-up";
export type BucketScope = "account" | "client";

export interface LimitRule {
  maxAttempts: number;
  windowMs: number;
  lockMs: number;
}

export interface AttemptBucket {
  attempts: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export type Admission = { allowed: true; bucket: AttemptBucket } | { allowed: false; retryAt: Date };

export type SignInPolicy = Record<CredentialAction, Record<BucketScope, LimitRule>>;

/** Counts one more attempt, or refuses it while the bucket is locked. */
export function admitAttempt(bucket: AttemptBucket | null, rule: LimitRule, now: Date): Admission {
  if (bucket?.lockedUntil && bucket.lockedUntil > now) return { allowed: false, retryAt: bucket.lockedUntil };
  const fresh = !bucket || bucket.lockedUntil !== null || bucket.windowStartedAt.getTime() + rule.windowMs <= now.getTime();
  const attempts = fresh ? 1 : bucket.attempts + 1;
  return {
    allowed: true,
    bucket: {
      attempts,
      windowStartedAt: fresh ? now : bucket.windowStartedAt,
      lockedUntil: attempts >= rule.maxAttempts ? new Date(now.getTime() + rule.lockMs) : null,
    },
  };
}

/**
 * Gives back an attempt that was not a failure. The bucket stays locked only
 * if it is still full without it. Null: nothing left worth keeping.
 */
export function releaseAttempt(bucket: AttemptBucket | null, rule: LimitRule): AttemptBucket | null {
  if (!bucket) return null;
  const attempts = Math.max(0, bucket.attempts - 1);
  const lockedUntil = attempts >= rule.maxAttempts ? bucket.lockedUntil : null;
  return attempts === 0 && !lockedUntil ? null : { ...bucket, attempts, lockedUntil };
}

/** A bucket that no longer affects anything once this long has passed since it was last touched. */
export function bucketLifetimeMs(rule: LimitRule): number {
  return Math.max(rule.windowMs, rule.lockMs);
}

export const DEFAULT_POLICY = {
  accountMaxFailures: 10,
  clientMaxFailures: 30,
  clientMaxSignUps: 30,
  windowMinutes: 15,
  lockMinutes: 15,
};

/**
 * The policy from the environment (see README → Security → sign-in). Read
 * on every attempt, so a changed value applies without a restart.
 */
export function signInPolicyFromEnv(env: Record<string, string | undefined>): SignInPolicy {
  const windowMs = minutes(env, "SIGN_IN_WINDOW_MINUTES", DEFAULT_POLICY.windowMinutes);
  const lockMs = minutes(env, "SIGN_IN_LOCK_MINUTES", DEFAULT_POLICY.lockMinutes);
  const rule = (maxAttempts: number): LimitRule => ({ maxAttempts, windowMs, lockMs });
  const accountMax = count(env, "SIGN_IN_MAX_FAILURES", DEFAULT_POLICY.accountMaxFailures);
  return {
    "sign-in": {
      account: rule(accountMax),
      client: rule(count(env, "SIGN_IN_CLIENT_MAX_FAILURES", DEFAULT_POLICY.clientMaxFailures)),
    },
    "sign-up": {
      account: rule(accountMax),
      client: rule(count(env, "SIGN_UP_CLIENT_MAX", DEFAULT_POLICY.clientMaxSignUps)),
    },
  };
}

/** The sentence a refused person reads: what happened and when to come back. */
export function refusalMessage(action: CredentialAction, scope: BucketScope, retryAt: Date, now: Date): string {
  const when = `Try again after ${unlockTimeText(retryAt, now)}.`;
  if (action === "sign-in") {
    return scope === "account"
      ? `Too many failed sign-ins for this account. ${when}`
      : `Too many failed sign-ins from your network. ${when}`;
  }
  return scope === "account" ? `Too many sign-up attempts for this email. ${when}` : `Too many sign-ups from your network. ${when}`;
}

/**
 * "14:05 UTC", rounded up to the minute so that trying again at the time
 * shown always works; the date is added when it is not the same UTC day.
 */
export function unlockTimeText(retryAt: Date, now: Date): string {
  const rounded = new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000);
  const time = rounded.toISOString().slice(11, 16);
  const sameDay = rounded.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return sameDay ? `${time} UTC` : `${rounded.toISOString().slice(0, 10)} ${time} UTC`;
}

function minutes(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback * 60_000;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number of minutes, not "${value}".`);
  return Math.round(parsed * 60_000);
}

function count(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}".`);
  return parsed;
}
