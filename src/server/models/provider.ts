/**
 * The process's model server: Ollama from OLLAMA_HOST, or an OpenAI-compatible
 * multi-LoRA engine from OPENAI_BASE_URL when MODEL_PROVIDER=openai
 * (getServingProvider, what every feature uses). The Ollama provider, from OLLAMA_HOST (and OLLAMA_NUM_PARALLEL),
 * polling host health and loaded and installed models in the background;
 * after each poll, tenant models this process uses that a host lost are
 * restored there (keeper.ts). Requests go to hosts by runner key, on the
 * view every process shares through Postgres (host-directory.ts). Null when no model server is configured:
 * features that need one say so plainly.
 */
import { parseOllamaHosts, type HostStatus } from "@/ai/ollama/hosts";
import { OllamaProvider } from "@/ai/ollama/provider";
import { OpenAIProvider } from "@/ai/openai/provider";
import type { ServingProvider } from "@/ai/serving";
import { openAIEngineEnv } from "@/server/env";
import { getDb } from "@/server/db/client";
import { getLogger } from "@/server/observability/logger";
import { PostgresHostDirectory } from "./host-directory";
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
  // Every process routes on the same view of the hosts, shared through Postgres.
  const provider = new OllamaProvider(hosts, {
    directory: process.env.DATABASE_URL ? new PostgresHostDirectory(getDb()) : undefined,
    onDirectoryError: (error) => getLogger().warn({ err: error instanceof Error ? error.message : error }, "could not share the model hosts' state; routing on this process's view"),
  });
  // The keeper restores on the engine that serves tenant models: not on Ollama hosts shown beside a vLLM engine.
  const unkeep = servesWithOpenAI() ? () => {} : keepModelsOn(provider);
  provider.startPolling(Number(process.env.OLLAMA_POLL_MS ?? 5_000));
  void provider.refresh();
  g[globalKey] = { env, provider, unkeep };
  return provider;
}

const openAIKey = Symbol.for("brandsmith.openai-engine");
type GlobalWithEngine = typeof globalThis & { [openAIKey]?: { env: string; provider: OpenAIProvider; unkeep: () => void } | null };

/**
 * The process's OpenAI-compatible engine(s) (vLLM), from OPENAI_BASE_URL,
 * health-checked in the background (served base, registered adapters,
 * whether runtime LoRA loading is on); versions an engine lost (a restart
 * forgets runtime-loaded adapters) are registered again after a check, as
 * on Ollama. Null when not configured.
 */
export function getOpenAIProvider(): OpenAIProvider | null {
  const config = openAIEngineEnv();
  const g = globalThis as GlobalWithEngine;
  const envKey = JSON.stringify(config);
  const current = g[openAIKey];
  if (current && current.env === envKey) return current.provider;
  current?.provider.stopPolling();
  current?.unkeep();
  if (!config) {
    g[openAIKey] = null;
    return null;
  }
  // vLLM listens on 8000 by default (parseOllamaHosts would fill in Ollama's 11434).
  const withPorts = config.baseUrl.replace(/(^|,)\s*(http:\/\/)?([^/:|,\s]+)(?=\/|\||,|$)/g, (_m, sep: string, _scheme, host: string) => `${sep}http://${host}:8000`);
  const provider = new OpenAIProvider(parseOllamaHosts(withPorts, config.defaultSeqs), {
    ...config,
    directory: process.env.DATABASE_URL ? new PostgresHostDirectory(getDb(), { engine: "openai" }) : undefined,
    onDirectoryError: (error) => getLogger().warn({ err: error instanceof Error ? error.message : error }, "could not share the engines' state"),
  });
  const unkeep = keepModelsOn(provider);
  provider.startPolling(Number(process.env.OLLAMA_POLL_MS ?? 5_000));
  void provider.refresh();
  g[openAIKey] = { env: envKey, provider, unkeep };
  return provider;
}

/** Whether tenant models are served by the OpenAI-compatible engine (MODEL_PROVIDER=openai) rather than Ollama. */
export function servesWithOpenAI(): boolean {
  return (process.env.MODEL_PROVIDER ?? "").trim().toLowerCase() === "openai";
}

/** The engine that serves tenant models: vLLM when MODEL_PROVIDER=openai, else Ollama. Null when none is configured. */
export function getServingProvider(): ServingProvider | null {
  return servesWithOpenAI() ? getOpenAIProvider() : getOllamaProvider();
}

/**
 * The hosts as of a recent health check (what each has installed included),
 * refreshing when the poller's view is older than `maxAgeMs`; a host that
 * does not answer within two seconds is shown as it was last seen.
 */
export async function recentHosts(maxAgeMs = 10_000): Promise<HostStatus[]> {
  const provider = getServingProvider();
  if (!provider) return [];
  const hosts = provider.hosts();
  if (hosts.every((h) => h.checkedAt && Date.now() - h.checkedAt <= maxAgeMs)) return hosts;
  return Promise.race([provider.refresh(), new Promise<HostStatus[]>((resolve) => setTimeout(() => resolve(provider.hosts()), 2_000).unref())]);
}

export const NO_MODEL_SERVER =
  "No model server is configured. Set OLLAMA_HOST to your Ollama server (e.g. http://localhost:11434) and restart; see README → Real Ollama.";

export const NO_OPENAI_ENGINE =
  "MODEL_PROVIDER=openai, but no engine is configured. Set OPENAI_BASE_URL to your vLLM server (e.g. http://vllm:8000) and restart; see README → Per-tenant models.";

/** What to tell someone who needs a model server and has none: which variable to set depends on the engine chosen. */
export function noModelServer(): string {
  return servesWithOpenAI() ? NO_OPENAI_ENGINE : NO_MODEL_SERVER;
}
