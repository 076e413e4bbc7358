/**
 * Browser tests run against the production build, served by the real web
 * process (server.ts) on a free port, on a throwaway embedded PostgreSQL
 * built from the migrations.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";
import { productionEnv, startAppProcesses, type AppProcesses } from "../../scripts/lib/app-process";
import { buildApp, needsBuild } from "../../scripts/lib/build";
import { answerEmails } from "../ollama-double/email-writer";
import { OllamaDouble } from "../ollama-double/server";
import { VllmDouble } from "../vllm-double/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** Which model writes in this app: the journeys check the drafts say so. "openai": a vLLM engine serves the tenant models. */
    provider: AppProvider;
    /** Where the local mail server keeps what it received: one file per recipient and message. */
    mailDir: string;
    artifactsDir: string;
  }
}

export type AppProvider = "ollama" | "openai" | "builtin";

export default function setup(project: TestProject) {
  return startApp(project, { provider: "ollama" });
}

/**
 * Starts the whole app for browser tests. `provider: "builtin"` runs it the
 * way a fresh machine does: MODEL_PROVIDER=builtin and no model server at all;
 * `"openai"` with a vLLM engine (its protocol double) instead of Ollama.
 */
export async function startApp(project: TestProject, options: { provider: AppProvider }) {
  const root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-e2e-"));
  await chmod(root, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "e2e-owner" });
  let app: AppProcesses | null = null;
  const mailDir = path.join(root, "mail");
  await mkdir(mailDir, { recursive: true });
  const smtp = await startSmtpServer(mailDir);
  // The model server: Ollama's protocol, with the base model still to be pulled. None at all for the builtin run.
  const ollama =
    options.provider === "ollama"
      ? new OllamaDouble({
          installed: [],
          ttftMs: 20,
          tokenIntervalMs: 30,
          loadMs: 100,
          answer: answerEmails,
        })
      : null;
  const ollamaUrl = (await ollama?.listen()) ?? "";
  // The multi-LoRA engine: one served base, adapters registered at run time.
  const vllm = options.provider === "openai" ? new VllmDouble({ ttftMs: 20, tokenIntervalMs: 30, answer: answerEmails }) : null;
  const vllmUrl = (await vllm?.listen()) ?? "";
  const teardown = async () => {
    await app?.stop();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await ollama?.close();
    await vllm?.close();
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  };

  try {
    await pg.createDatabase("brandsmith_e2e");
    const appUrl = `postgres://brandsmith_e2e_app:e2e-app@127.0.0.1:${pg.port}/brandsmith_e2e`;
    await migrateDatabase(pg.ownerUrl("brandsmith_e2e"), appUrl);
    if (needsBuild()) await buildApp();

    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...productionEnv({
        port,
        databaseUrl: appUrl,
        authSecret: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        logLevel: process.env.E2E_SERVER_LOGS ? "info" : "warn",
      }),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      // Fast retries so a bouncing address reaches the dead letters within seconds.
      QUEUE_RETRY_BASE_MS: "200",
      // Small evaluations: the gate's journey watches one run from start to end.
      EVAL_BRIEFS: "2",
      // Every journey signs people up from this one address: room for all of them under the per-address limit.
      SIGN_UP_CLIENT_MAX: "500",
      ...{
        ollama: { OLLAMA_HOST: `${ollamaUrl}|2`, OLLAMA_POLL_MS: "1000" },
        // The workers write adapters where the engine reads them (a shared volume in production).
        openai: { MODEL_PROVIDER: "openai", OPENAI_BASE_URL: vllmUrl, OPENAI_ADAPTER_DIR: path.join(root, "engine-adapters"), OLLAMA_POLL_MS: "1000" },
        builtin: { MODEL_PROVIDER: "builtin" },
      }[options.provider],
      WORKER_PROCESSES: "1",
      WORKER_CONCURRENCY: "4",
    };
    app = await startAppProcesses(env);

    const artifactsDir = path.resolve("e2e", "artifacts", ...(options.provider === "ollama" ? [] : [options.provider]));
    await mkdir(artifactsDir, { recursive: true });
    project.provide("baseUrl", baseUrl);
    project.provide("artifactsDir", artifactsDir);
    project.provide("provider", options.provider);
    project.provide("mailDir", mailDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** A local mail server: addresses containing "bounce" are refused with 550, like a real mailbox that doesn't exist. */
async function startSmtpServer(mailDir: string) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes("bounce")) {
        return callback(Object.assign(new Error("550 5.1.1 Mailbox does not exist"), { responseCode: 550 }));
      }
      callback();
    },
    // Each message is kept as a file per recipient, so a journey can open the mail a person was sent (a confirmation link).
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        Promise.all(session.envelope.rcptTo.map((r) => writeFile(path.join(mailDir, `${r.address}.${Date.now()}.eml`), raw)))
          .then(() => callback())
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (typeof address !== "object" || !address) throw new Error("no SMTP port");
  return { server, port: address.port };
}
