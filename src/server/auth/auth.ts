import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "@/domain/password";
import { getDb, type Database } from "@/server/db/client";
import * as schema from "@/server/db/schema";
import { appUrl } from "@/server/env";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { accessControl, roles } from "./roles";
import { queueVerificationEmail } from "@/server/services/invitations";
import { createSignInLimiter, type CredentialAttempt, type Refusal, type SignInOutcome } from "./sign-in-limits";

/**
 * Membership changes (create tenant, invite, accept, change role, remove) go
 * through services/, which check the domain rules and write the audit row in
 * the same transaction. better-auth's own organization endpoints for those
 * would be a second, unaudited path, so they are switched off.
 */
const DISABLED_ORGANIZATION_MUTATIONS = [
  "/organization/create",
  "/organization/update",
  "/organization/delete",
  "/organization/invite-member",
  "/organization/accept-invitation",
  "/organization/reject-invitation",
  "/organization/cancel-invitation",
  "/organization/remove-member",
  "/organization/update-member-role",
  "/organization/leave",
  "/organization/create-role",
  "/organization/update-role",
  "/organization/delete-role",
  "/organization/create-team",
  "/organization/update-team",
  "/organization/remove-team",
  "/organization/add-team-member",
  "/organization/remove-team-member",
];

/** The paths our sign-in limits cover (server/auth/sign-in-limits.ts). */
const CREDENTIAL_PATHS: Record<string, CredentialAttempt["action"]> = {
  "/sign-in/email": "sign-in",
  "/sign-up/email": "sign-up",
};

function credentialAttempt(ctx: { path?: string; body?: unknown; headers?: Headers }): CredentialAttempt | null {
  const action = ctx.path ? CREDENTIAL_PATHS[ctx.path] : undefined;
  if (!action) return null;
  return { action, email: (ctx.body as { email?: unknown } | undefined)?.email, headers: ctx.headers };
}

/** Only a wrong email or password is a failed sign-in; a malformed request was never checked. */
function signInOutcome(returned: unknown): SignInOutcome {
  if (!isAPIError(returned)) return "success";
  return returned.body?.code === "INVALID_EMAIL_OR_PASSWORD" ? "invalid-credentials" : "not-checked";
}

function tooManyRequests(refusal: Refusal, now: Date): APIError {
  const seconds = Math.max(1, Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 1000));
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code: refusal.code, message: refusal.message, retryAt: refusal.retryAt.toISOString() },
    { "Retry-After": String(seconds) },
  );
}

export interface AuthOptions {
  /** The clock the sign-in limits read; the real one unless a caller needs another. */
  now?: () => Date;
}

export function createAuth(db: Database, options: AuthOptions = {}) {
  const secret = process.env.AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random string (see README.md → Configuration).");
  }
  const authSecret = secret ?? "brandsmith-development-secret-change-me";
  const now = options.now ?? (() => new Date());
  const signInLimits = createSignInLimiter({ db, secret: authSecret, now });
  return betterAuth({
    appName: "Brandsmith",
    baseURL: appUrl(),
    secret: authSecret,
    trustedOrigins: [appUrl()],
    database: drizzleAdapter(db, { provider: "pg", schema }),
    telemetry: { enabled: false },
    advanced: {
      database: { generateId: "uuid" },
      // Stated, not inferred: behind https the session cookie must never travel in clear.
      useSecureCookies: appUrl().startsWith("https://"),
      // Session records and better-auth's own limiter use the address our auth route resolved.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    // Confirming an address is asked for where it matters, accepting an invitation (services/invitations.ts):
    // the link is mailed through the invitation's workspace queue.
    emailVerification: {
      sendVerificationEmail: ({ user, url }) => queueVerificationEmail(db, user.email, url),
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    // A generous per-address limit for the rest of the auth API. Sign-in and
    // sign-up have our own limits, shared across processes, instead.
    rateLimit: {
      enabled: process.env.NODE_ENV === "production",
      window: 60,
      max: 600,
      customRules: Object.fromEntries(Object.keys(CREDENTIAL_PATHS).map((path) => [path, false as const])),
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const attempt = credentialAttempt(ctx);
        if (!attempt) return;
        const refusal = await signInLimits.admit(attempt);
        if (refusal) throw tooManyRequests(refusal, now());
        if (attempt.action !== "sign-up") return;
        const body = ctx.body as { email?: string; password?: string } | undefined;
        const problem = passwordProblem(body?.password ?? "", body?.email);
        if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "WEAK_PASSWORD" });
      }),
      after: createAuthMiddleware(async (ctx) => {
        const attempt = credentialAttempt(ctx);
        if (attempt?.action !== "sign-in") return;
        await signInLimits.settle(attempt, signInOutcome(ctx.context.returned));
      }),
    },
    disabledPaths: DISABLED_ORGANIZATION_MUTATIONS,
    plugins: [
      organization({
        ac: accessControl,
        roles,
        creatorRole: "owner",
        allowUserToCreateOrganization: true,
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalKey = Symbol.for("brandsmith.auth");
type GlobalWithAuth = typeof globalThis & { [globalKey]?: Auth };

/** Created on first use: at build time there is no database to bind to. */
export function getAuth(): Auth {
  const g = globalThis as GlobalWithAuth;
  g[globalKey] ??= createAuth(getDb());
  return g[globalKey];
}
