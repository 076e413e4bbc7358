import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import type { OllamaDouble } from "../../e2e/ollama-double/server";

/** Starts the Ollama test double in a child process; `stop` ends it. */
export async function startDouble(options: ConstructorParameters<typeof OllamaDouble>[0]) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "double-process.ts"), JSON.stringify(options)], { stdio: ["ignore", "pipe", "inherit"] });
  const [url] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
