import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Sign-in and sign-up attempt counters, per account and per client address,
 * shared by every web process (see server/auth/sign-in-limits.ts and
 * domain/sign-in-limits.ts). Not tenant data: an attempt belongs to no
 * tenant, so there is no tenant_id and no row-level security. The key is an
 * HMAC of the bucket ("sign-in:account:<email>"), never the email itself.
 */
export const signInLimits = pgTable(
  "sign_in_limits",
  {
    keyHash: text("key_hash").primaryKey(),
    /** "sign-in:account", "sign-in:client", "sign-up:account" or "sign-up:client". */
    scope: text("scope").notNull(),
    /** Attempts counted in the current window: failures, plus attempts still being checked. */
    attempts: integer("attempts").notNull().default(0),
    windowStartedAt: ts("window_started_at").notNull(),
    lockedUntil: ts("locked_until"),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("sign_in_limits_updated_at_idx").on(t.updatedAt)],
);
