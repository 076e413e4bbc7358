/**
 * The app refuses to run on a connection that would bypass row-level
 * security: assertRlsEnforced against real logins (each refusal shown to come
 * from the one attribute it names, by flipping it on a login that passed), and
 * a real worker process started with the owner's URL.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { afterAll, expect, inject, it } from "vitest";
import { assertRlsEnforced } from "@/server/db/roles";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REFUSAL = "bypasses row-level security";
/** Starting a tsx worker that imports every handler: seconds when idle, far more on a loaded 2-core box. */
const STARTUP_MS = 60_000;

const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
const createdLogins: string[] = [];

afterAll(async () => {
  for (const name of createdLogins) {
    // DROP OWNED takes the probe table with it.
    await owner.unsafe(`drop owned by "${name}"`);
    await owner.unsafe(`drop role "${name}"`);
  }
  await owner.end();
});

/** A throwaway login with a unique name, neither superuser nor BYPASSRLS; dropped after the file. */
async function createLogin(prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const password = randomUUID();
  await owner.unsafe(`create role "${name}" login nosuperuser nobypassrls password '${password}'`);
  createdLogins.push(name);
  const url = new URL(inject("ownerDatabaseUrl"));
  url.username = name;
  url.password = password;
  return { name, url: url.toString() };
}

async function checkLogin(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await assertRlsEnforced(sql);
  } finally {
    await sql.end();
  }
}

it("refuses the owner's login (a superuser)", async () => {
  await expect(checkLogin(inject("ownerDatabaseUrl"))).rejects.toThrow(`connects as "postgres", which ${REFUSAL}`);
});

it("accepts the app login", async () => {
  await expect(checkLogin(inject("databaseUrl"))).resolves.toBeUndefined();
});

it("refuses a login once it has BYPASSRLS", async () => {
  const login = await createLogin("rls_bypass");
  await expect(checkLogin(login.url)).resolves.toBeUndefined();

  await owner.unsafe(`alter role "${login.name}" bypassrls`);
  await expect(checkLogin(login.url)).rejects.toThrow(`connects as "${login.name}", which ${REFUSAL}`);
});

it("refuses a login once it owns a table in public", async () => {
  const login = await createLogin("rls_table_owner");
  await expect(checkLogin(login.url)).resolves.toBeUndefined();

  const table = `rls_probe_${randomUUID().slice(0, 8)}`;
  await owner.unsafe(`create table public."${table}" (id int)`);
  await owner.unsafe(`alter table public."${table}" owner to "${login.name}"`);
  await expect(checkLogin(login.url)).rejects.toThrow(`connects as "${login.name}", which ${REFUSAL}`);
});

it("a worker started with the owner's URL refuses to start: exit 1, the refusal in its log, never ready", { timeout: STARTUP_MS + 10_000 }, async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "workers/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: inject("ownerDatabaseUrl"), LOG_LEVEL: "info", OLLAMA_HOST: "", MODEL_PROVIDER: "builtin" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the worker did not exit within ${STARTUP_MS} ms:\n${output}`)), STARTUP_MS);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal });
      });
    });

    expect(exit, output).toEqual({ code: 1, signal: null });
    const lines = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; err?: string });
    const fatal = lines.find((line) => line.msg === "worker failed to start");
    expect(fatal?.err, output).toContain(`connects as "postgres", which ${REFUSAL}`);
    expect(lines.some((line) => line.msg === "worker ready")).toBe(false);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});
