/**
 * The tRPC procedure ladder: public → authed → tenant(roles…).
 * The tenant comes from the URL slug the client sends in a header, checked
 * against the session user's memberships on the server; never from input.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { roleRefusal, type Role } from "@/domain/membership";
import { getAuth } from "@/server/auth/auth";
import { getConnection, getDb, type Database } from "@/server/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnreachable, isConnectionError } from "@/server/db/unavailable";
import { getLogger } from "@/server/observability/logger";
import type { ServiceContext } from "@/server/services/context";
import { ServiceError } from "@/server/services/errors";
import { resolveMembership } from "@/server/services/tenants";

export const TENANT_HEADER = "x-brandsmith-tenant";

export async function createTRPCContext(opts: { headers: Headers; db?: Database }) {
  const session = await getAuth()
    .api.getSession({ headers: opts.headers })
    .catch((error: unknown) => {
      // The session lookup talks only to the database.
      throw isConnectionError(error) ? new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause: error }) : error;
    });
  return {
    db: opts.db ?? getDb(),
    headers: opts.headers,
    requestId: opts.headers.get("x-request-id") ?? undefined,
    user: session?.user ?? null,
  };
}

export type TRPCContext = Awaited<ReturnType<typeof createTRPCContext>>;

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const first = zod?.issues[0];
    return {
      ...shape,
      message: first ? `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}` : shape.message,
      data: { ...shape.data, stack: undefined, fieldErrors: zod ? zod.flatten().fieldErrors : null },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps services' errors to HTTP-ish codes in one place and logs the rest. */
const errorAdapter = t.middleware(async ({ next, path, ctx }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof ServiceError) throw new TRPCError({ code: cause.kind, message: cause.message, cause });
    // Not a bug: the client retries until the database is back, and says so meanwhile.
    if (await databaseUnreachable(cause, () => getConnection().sql`select 1`)) {
      getLogger().warn({ err: cause, path, requestId: ctx.requestId }, "procedure failed: the database is unavailable");
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      getLogger().error({ err: result.error.cause ?? result.error, path, requestId: ctx.requestId }, "procedure failed");
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorAdapter);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure inside the tenant named by the URL, for members with one of `roles` (any role when empty). */
export function tenantProcedure(...roles: Role[]) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const slug = ctx.headers.get(TENANT_HEADER);
    if (!slug) throw new TRPCError({ code: "BAD_REQUEST", message: "No workspace given. Open a workspace from the sidebar." });
    const tenant = await resolveMembership(ctx.db, ctx.user.id, slug);
    // Not a member and no such tenant look the same: a slug reveals nothing.
    if (!tenant) throw new TRPCError({ code: "NOT_FOUND", message: `No workspace "${slug}" that you are a member of.` });
    if (roles.length > 0 && !roles.includes(tenant.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: roleRefusal(roles, tenant.role),
      });
    }
    const service: ServiceContext = {
      tenantId: tenant.id,
      db: ctx.db,
      actor: { userId: ctx.user.id, email: ctx.user.email, name: ctx.user.name, role: tenant.role },
    };
    return next({ ctx: { ...ctx, tenant, service } });
  });
}
