/**
 * The process's Ollama provider, from OLLAMA_HOST (and OLLAMA_NUM_PARALLEL),
 * polling host health and loaded and installed models in the background;
 * after each poll, tenant models this process uses that a host lost are
 * restored there (keeper.ts). Null when no model server is configured:
 * features that need one say so plainly.
 */
import { parseOllamaHosts, type HostStatus } from "@/ai/ollama/hosts";
import { OllamaProvider } from "@/ai/ollama/provider";
import { keepModelsOn } from "./tenant-gateway";

const globalKey = Symbol.for("brandsmith.ollama");
type GlobalWithProvider = typeof globalThis & { [globalKey]?: { env: string; provider: OllamaProvider; unkeep: () => void } | null };

export function getOllamaProvider(): OllamaProvider | null {
  const env = process.env.OLLAMA_HOST ?? "";
  const g = globalThis as GlobalWithProvider;
  const current = g[globalKey];
  if (current && current.env === env) return current.provider;
  current?.provider.stopPolling();
  current?.unkeep();
  const hosts = parseOllamaHosts(env, Number(process.env.OLLAMA_NUM_PARALLEL ?? 1));
  if (hosts.length === 0) {
    g[globalKey] = null;
    return null;
  }
  const provider = new OllamaProvider(hosts);
  const unkeep = keepModelsOn(provider);
  provider.startPolling(Number(process.env.OLLAMA_POLL_MS ?? 5_000));
  void provider.refresh();
  g[globalKey] = { env, provider, unkeep };
  return provider;
}

/**
 * The hosts as of a recent health check (what each has installed included),
 * refreshing when the poller's view is older than `maxAgeMs`; a host that
 * does not answer within two seconds is shown as it was last seen.
 */
export async function recentHosts(maxAgeMs = 10_000): Promise<HostStatus[]> {
  const provider = getOllamaProvider();
  if (!provider) return [];
  const hosts = provider.hosts();
  if (hosts.every((h) => h.checkedAt && Date.now() - h.checkedAt <= maxAgeMs)) return hosts;
  return Promise.race([provider.refresh(), new Promise<HostStatus[]>((resolve) => setTimeout(() => resolve(provider.hosts()), 2_000).unref())]);
}

export const NO_MODEL_SERVER =
  "No model server is configured. Set OLLAMA_HOST to your Ollama server (e.g. http://localhost:11434) and restart; see README → Real Ollama.";
