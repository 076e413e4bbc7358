/**
 * Sign-in and sign-up limits per account (the email typed in) and per client
 * address, kept in Postgres so every web process sees the same counts. The
 * arithmetic is in domain/sign-in-limits.ts; this file reads and writes the
 * buckets under row locks and logs failed sign-ins.
 *
 * Failed sign-ins belong to no tenant, and audit_events rows must have one,
 * so they are recorded as structured log lines ("sign-in failed") with a
 * keyed hash of the account and a masked email, never the email itself.
 */
import { createHmac } from "node:crypto";
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { clientNetwork, type IpAddress } from "@/domain/ip-address";
import {
  admitAttempt,
  bucketLifetimeMs,
  refusalMessage,
  releaseAttempt,
  signInPolicyFromEnv,
  type AttemptBucket,
  type BucketScope,
  type CredentialAction,
  type LimitRule,
} from "@/domain/sign-in-limits";
import type { Database, Transaction } from "@/server/db/client";
import { signInLimits } from "@/server/db/schema";
import { getLogger } from "@/server/observability/logger";
import { clientAddressOf } from "./client-address";

export interface CredentialAttempt {
  action: CredentialAction;
  /** The email as sent; anything that is not a string has no account bucket. */
  email: unknown;
  headers: Headers | undefined;
}

export interface Refusal {
  code: "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS";
  message: string;
  retryAt: Date;
}

/** What the password check said: only "invalid-credentials" counts as a failure. */
export type SignInOutcome = "success" | "invalid-credentials" | "not-checked";

interface Bucket {
  scope: BucketScope;
  key: string;
  rule: LimitRule;
}

const PRUNE_EVERY_MS = 60 * 60_000;
/** Rows are kept this long past the point where they stop mattering, then deleted. */
const PRUNE_GRACE_MS = 24 * 60 * 60_000;

export function createSignInLimiter(options: { db: Database; secret: string; now?: () => Date; env?: NodeJS.ProcessEnv }) {
  const { db, secret } = options;
  const now = options.now ?? (() => new Date());
  const env = () => options.env ?? process.env;
  const log = getLogger();
  let lastPrunedAt = 0;

  const keyOf = (action: CredentialAction, scope: BucketScope, value: string) =>
    createHmac("sha256", secret).update(`${action}:${scope}:${value}`).digest("hex");

  function bucketsOf(attempt: CredentialAttempt, client: IpAddress | null): Bucket[] {
    const policy = signInPolicyFromEnv(env())[attempt.action];
    const buckets: Bucket[] = [];
    const email = normalEmail(attempt.email);
    if (email) buckets.push({ scope: "account", key: keyOf(attempt.action, "account", email), rule: policy.account });
    // An unknown client gets no client bucket: pooling unknown clients would let one lock out all.
    if (client) buckets.push({ scope: "client", key: keyOf(attempt.action, "client", clientNetwork(client)), rule: policy.client });
    // One lock order for every transaction, so two never wait on each other.
    return buckets.sort((a, b) => a.key.localeCompare(b.key));
  }

  async function lockRows(tx: Transaction, action: CredentialAction, buckets: Bucket[], at: Date) {
    await tx
      .insert(signInLimits)
      .values(buckets.map((b) => ({ keyHash: b.key, scope: `${action}:${b.scope}`, attempts: 0, windowStartedAt: at, updatedAt: at })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(signInLimits)
      .where(inArray(signInLimits.keyHash, buckets.map((b) => b.key)))
      .orderBy(signInLimits.keyHash)
      .for("update");
    return new Map(rows.map((row) => [row.keyHash, row]));
  }

  async function save(tx: Transaction, bucket: Bucket, state: AttemptBucket | null, at: Date) {
    const where = eq(signInLimits.keyHash, bucket.key);
    if (!state) {
      await tx.delete(signInLimits).where(where);
      return;
    }
    await tx
      .update(signInLimits)
      .set({ ...state, updatedAt: at })
      .where(where);
  }

  async function prune(at: Date) {
    if (at.getTime() - lastPrunedAt < PRUNE_EVERY_MS) return;
    lastPrunedAt = at.getTime();
    const policy = signInPolicyFromEnv(env());
    const lifetime = Math.max(...Object.values(policy).flatMap((rules) => Object.values(rules).map(bucketLifetimeMs)));
    await db
      .delete(signInLimits)
      .where(
        and(
          lt(signInLimits.updatedAt, new Date(at.getTime() - lifetime - PRUNE_GRACE_MS)),
          or(isNull(signInLimits.lockedUntil), lt(signInLimits.lockedUntil, at)),
        ),
      )
      .catch((error: unknown) => log.error({ err: error }, "pruning sign-in limits failed"));
  }

  return {
    /**
     * Counts the attempt against its account and client buckets, or refuses
     * it (nothing counted) while either is locked.
     */
    async admit(attempt: CredentialAttempt): Promise<Refusal | null> {
      const at = now();
      const buckets = bucketsOf(attempt, clientAddressOf(attempt.headers, env()));
      if (buckets.length === 0) return null;
      const refusal = await db.transaction(async (tx) => {
        const rows = await lockRows(tx, attempt.action, buckets, at);
        const admitted: { bucket: Bucket; state: AttemptBucket }[] = [];
        const refused: { scope: BucketScope; retryAt: Date }[] = [];
        for (const bucket of buckets) {
          const decision = admitAttempt(stateOf(rows.get(bucket.key)), bucket.rule, at);
          if (decision.allowed) admitted.push({ bucket, state: decision.bucket });
          else refused.push({ scope: bucket.scope, retryAt: decision.retryAt });
        }
        // The account's lock is the more useful thing to tell a person.
        const shown = refused.find((r) => r.scope === "account") ?? refused[0];
        if (shown) {
          return {
            code: shown.scope === "account" ? "ACCOUNT_LOCKED" : "TOO_MANY_ATTEMPTS",
            message: refusalMessage(attempt.action, shown.scope, shown.retryAt, at),
            retryAt: shown.retryAt,
          } satisfies Refusal;
        }
        for (const { bucket, state } of admitted) await save(tx, bucket, state, at);
        return null;
      });
      if (refusal) {
        log.info({ event: `${eventName(attempt.action)}_refused`, code: refusal.code, retryAt: refusal.retryAt.toISOString() }, `${attempt.action} refused`);
      }
      await prune(at);
      return refusal;
    },

    /**
     * After the password check: a failure keeps its count (and is logged), a
     * success clears the account and gives the client its attempt back,
     * anything else (a malformed request) gives both back.
     */
    async settle(attempt: CredentialAttempt, outcome: SignInOutcome): Promise<void> {
      const at = now();
      const client = clientAddressOf(attempt.headers, env());
      const buckets = bucketsOf(attempt, client);
      if (buckets.length === 0) return;
      if (outcome === "invalid-credentials") {
        const rows = await db.select().from(signInLimits).where(inArray(signInLimits.keyHash, buckets.map((b) => b.key)));
        const account = buckets.find((b) => b.scope === "account");
        const row = account && rows.find((r) => r.keyHash === account.key);
        log.warn(
          {
            event: `${eventName(attempt.action)}_failed`,
            account: account?.key.slice(0, 16) ?? null,
            email: maskEmail(normalEmail(attempt.email)),
            client: client ? clientNetwork(client) : null,
            failures: row?.attempts ?? null,
            maxFailures: account?.rule.maxAttempts ?? null,
            lockedUntil: row?.lockedUntil?.toISOString() ?? null,
          },
          row?.lockedUntil ? `${attempt.action} failed; account locked` : `${attempt.action} failed`,
        );
        return;
      }
      await db.transaction(async (tx) => {
        const rows = await lockRows(tx, attempt.action, buckets, at);
        for (const bucket of buckets) {
          const state = stateOf(rows.get(bucket.key));
          const next = outcome === "success" && bucket.scope === "account" ? null : releaseAttempt(state, bucket.rule);
          await save(tx, bucket, next, at);
        }
      });
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

/** "sign_in", "sign_up": log event names use underscores throughout. */
const eventName = (action: CredentialAction) => action.replace("-", "_");

function stateOf(row: typeof signInLimits.$inferSelect | undefined): AttemptBucket | null {
  return row ? { attempts: row.attempts, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil } : null;
}

/** better-auth compares emails in lower case; so do the buckets. */
function normalEmail(email: unknown): string | null {
  if (typeof email !== "string") return null;
  const normal = email.trim().toLowerCase();
  return normal.length > 0 && normal.length <= 320 ? normal : null;
}

/** "a***@example.com": enough to recognise in a log, not enough to read it. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
