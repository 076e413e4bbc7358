/**
 * The process's Ollama provider, from OLLAMA_HOST (and OLLAMA_NUM_PARALLEL),
 * polling host health and loaded models in the background. Null when no
 * model server is configured: features that need one say so plainly.
 */
import { parseOllamaHosts } from "@/ai/ollama/hosts";
import { OllamaProvider } from "@/ai/ollama/provider";

const globalKey = Symbol.for("brandsmith.ollama");
type GlobalWithProvider = typeof globalThis & { [globalKey]?: { env: string; provider: OllamaProvider } | null };

export function getOllamaProvider(): OllamaProvider | null {
  const env = process.env.OLLAMA_HOST ?? "";
  const g = globalThis as GlobalWithProvider;
  const current = g[globalKey];
  if (current && current.env === env) return current.provider;
  current?.provider.stopPolling();
  const hosts = parseOllamaHosts(env, Number(process.env.OLLAMA_NUM_PARALLEL ?? 1));
  if (hosts.length === 0) {
    g[globalKey] = null;
    return null;
  }
  const provider = new OllamaProvider(hosts);
  provider.startPolling(Number(process.env.OLLAMA_POLL_MS ?? 5_000));
  void provider.refresh();
  g[globalKey] = { env, provider };
  return provider;
}

export const NO_MODEL_SERVER =
  "No model server is configured. Set OLLAMA_HOST to your Ollama server (e.g. http://localhost:11434) and restart; see README → Real Ollama.";
