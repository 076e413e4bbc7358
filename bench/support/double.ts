import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import type { OllamaDouble } from "../../e2e/ollama-double/server";
import type { VllmDouble } from "../../e2e/vllm-double/server";

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

/** Starts the vLLM test double in a child process; `stats` reads its counters (adapter loads, evictions). */
export async function startVllmDouble(options: ConstructorParameters<typeof VllmDouble>[0]) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "vllm-double-process.ts"), JSON.stringify(options)], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  const [url, statsUrl] = line.split(" ") as [string, string];
  return {
    url,
    stats: async () => (await (await fetch(statsUrl)).json()) as VllmDouble["stats"],
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
