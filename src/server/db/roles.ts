import type { Sql } from "postgres";

/** The NOLOGIN role the migrations grant table privileges to. */
export const APP_ROLE = "brandsmith_app";
/** The role the queue client assumes (SET LOCAL ROLE) to schedule across tenants; see drizzle/0002. */
export const QUEUE_ROLE = "brandsmith_queue";
/** The role /api/metrics assumes to read per-model speed figures (no content); see drizzle/0004. */
export const METRICS_ROLE = "brandsmith_metrics";
/** The role whose only right is reading queue_runnable_jobs, for KEDA's scaler; see drizzle/0020. */
export const QUEUE_DEPTH_ROLE = "brandsmith_queue_depth";

/**
 * Makes the login in `appUrl` a member of the app role (creating it with the
 * URL's password when missing). Runs with the migration owner's connection.
 * Does nothing when the app URL uses the owner's own login.
 */
export async function provisionAppLogin(owner: Sql, appUrl: string, ownerUrl: string): Promise<string | null> {
  const app = new URL(appUrl);
  const ownerLogin = decodeURIComponent(new URL(ownerUrl).username);
  const login = decodeURIComponent(app.username);
  if (!login || login === ownerLogin) return null;
  const password = decodeURIComponent(app.password);
  const [existing] = await owner`select 1 from pg_roles where rolname = ${login}`;
  const verb = existing ? "ALTER" : "CREATE";
  // Role names and passwords cannot be bound parameters in DDL; format() quotes them.
  const roleDdl = await quoted(owner, `${verb} ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD %L`, login, password);
  await owner.unsafe(roleDdl);
  const grant = await quoted(owner, `GRANT ${APP_ROLE} TO %I`, login);
  await owner.unsafe(grant);
  // INHERIT FALSE (PostgreSQL 16+): the queue policy applies only after an explicit SET ROLE.
  for (const role of [QUEUE_ROLE, METRICS_ROLE]) {
    const [exists] = await owner`select 1 from pg_roles where rolname = ${role}`;
    if (exists) await owner.unsafe(await quoted(owner, `GRANT ${role} TO %I WITH INHERIT FALSE`, login));
  }
  return login;
}

/**
 * Makes the login in `url` (QUEUE_DEPTH_DATABASE_URL) a member of the queue
 * depth role, creating it with the URL's password when missing: it can read
 * the runnable-job counts and nothing else.
 */
export async function provisionQueueDepthLogin(owner: Sql, url: string): Promise<string> {
  const target = new URL(url);
  const login = decodeURIComponent(target.username);
  if (!login || !target.password) throw new Error("QUEUE_DEPTH_DATABASE_URL needs a user and a password (postgres://brandsmith_keda:PASSWORD@host/db).");
  const [existing] = await owner`select 1 from pg_roles where rolname = ${login}`;
  const verb = existing ? "ALTER" : "CREATE";
  await owner.unsafe(await quoted(owner, `${verb} ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L`, login, decodeURIComponent(target.password)));
  await owner.unsafe(await quoted(owner, `GRANT ${QUEUE_DEPTH_ROLE} TO %I`, login));
  return login;
}

/**
 * Refuses to run the app on a connection that would bypass row-level
 * security (superuser, BYPASSRLS, or the tables' owner).
 */
export async function assertRlsEnforced(sql: Sql): Promise<void> {
  const [me] = await sql<{ name: string; super: boolean; bypass: boolean; owns: boolean }[]>`
    select current_user as name, r.rolsuper as super, r.rolbypassrls as bypass,
           exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owns
    from pg_roles r where r.rolname = current_user
  `;
  if (me && (me.super || me.bypass || me.owns)) {
    throw new Error(
      `DATABASE_URL connects as "${me.name}", which bypasses row-level security ` +
        `(superuser, BYPASSRLS or table owner). Connect the app as a login that is a member of ${APP_ROLE}; ` +
        `\`npm run db:migrate\` creates it from DATABASE_URL when MIGRATION_DATABASE_URL is the owner's URL.`,
    );
  }
}

async function quoted(sql: Sql, template: string, ...args: string[]): Promise<string> {
  const placeholders = args.map((_, i) => `$${i + 2}::text`).join(", ");
  const [row] = await sql.unsafe<{ ddl: string }[]>(`select format($1::text, ${placeholders}) as ddl`, [template, ...args]);
  if (!row) throw new Error("format() returned nothing");
  return row.ddl;
}
