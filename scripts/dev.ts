/** `npm run dev`: the database as `npm start` prepares it, then Next.js in dev mode and the worker pool. */
import { spawn, type ChildProcess } from "node:child_process";
import { onParentExit } from "@/server/lifecycle";
import { prepareDatabase, seedDemo } from "./lib/local-stack";

const step = (message: string) => console.log(`▸ ${message}`);
const database = await prepareDatabase(step);
if (database.embedded || process.env.SEED_DEMO === "true") await seedDemo(database.appUrl);
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", BRANDSMITH_SUPERVISED: "1", DATABASE_URL: database.appUrl };
const children: ChildProcess[] = [
  spawn(process.execPath, ["--import", "tsx", "server.ts", "--dev"], { env, stdio: "inherit" }),
  spawn(process.execPath, ["--import", "tsx", "workers/supervisor.ts"], { env, stdio: "inherit" }),
];
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once("exit", resolve), child.kill("SIGTERM"))))));
  await database.stop();
  process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
for (const child of children) child.on("exit", () => void stop());
onParentExit(() => void stop());
