import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "@/domain/password";
import { getDb, type Database } from "@/server/db/client";
import * as schema from "@/server/db/schema";
import { appUrl } from "@/server/env";
import { accessControl, roles } from "./roles";

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

export function createAuth(db: Database) {
  const secret = process.env.AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random string (see README.md → Configuration).");
  }
  return betterAuth({
    appName: "Brandsmith",
    baseURL: appUrl(),
    secret: secret ?? "brandsmith-development-secret-change-me",
    trustedOrigins: [appUrl()],
    database: drizzleAdapter(db, { provider: "pg", schema }),
    telemetry: { enabled: false },
    advanced: { database: { generateId: "uuid" } },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    rateLimit: {
      enabled: process.env.NODE_ENV === "production",
      window: 60,
      max: 600,
      customRules: {
        "/sign-in/email": { window: 60, max: 30 },
        "/sign-up/email": { window: 60, max: 30 },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email") return;
        const body = ctx.body as { email?: string; password?: string } | undefined;
        const problem = passwordProblem(body?.password ?? "", body?.email);
        if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "WEAK_PASSWORD" });
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
