/**
 * Which model provider writes (ARCHITECTURE §5.4). MODEL_PROVIDER=
 *   ollama  — always the model server (jobs wait while it is down);
 *   openai  — always the OpenAI-compatible multi-LoRA engine (vLLM) at
 *             OPENAI_BASE_URL: a model server too (getServingProvider);
 *   builtin — always the builtin model;
 *   auto    — (default) the model server when one is configured and
 *             reachable at the time of the request, otherwise the builtin
 *             model. Reachability is re-checked by the provider's polling
 *             (OLLAMA_POLL_MS) and, when stale, on the request itself.
 * A job keeps the provider chosen for it: a server that goes down mid-batch
 * makes its jobs wait rather than switch voices halfway.
 */
import { getServingProvider, noModelServer } from "./provider";

export type ProviderSetting = "auto" | "ollama" | "openai" | "builtin";
export type ProviderKind = "ollama" | "builtin";

export function providerSetting(): ProviderSetting {
  const value = (process.env.MODEL_PROVIDER ?? "auto").trim().toLowerCase();
  return value === "ollama" || value === "openai" || value === "builtin" ? value : "auto";
}

const STALE_MS = 15_000;

export async function chooseProvider(): Promise<ProviderKind> {
  const setting = providerSetting();
  // "ollama" is the kind "model server": which engine serves it is getServingProvider()'s choice.
  if (setting === "openai") return "ollama";
  if (setting !== "auto") return setting;
  const ollama = getServingProvider();
  if (!ollama) return "builtin";
  let hosts = ollama.hosts();
  if (hosts.every((h) => !h.checkedAt || Date.now() - h.checkedAt > STALE_MS)) {
    hosts = await Promise.race([ollama.refresh(), new Promise<typeof hosts>((resolve) => setTimeout(() => resolve(ollama.hosts()), 2_000).unref())]);
  }
  return hosts.some((h) => h.healthy && h.checkedAt) ? "ollama" : "builtin";
}

/** What the UI and /api/health say about the active provider. */
export async function providerStatus() {
  const setting = providerSetting();
  const active = await chooseProvider();
  const configured = !!getServingProvider();
  let note: string;
  // Plain words: marketers read this on the campaign page; settings and variable names are for the admin pages.
  if (active === "builtin") {
    note =
      setting === "builtin"
        ? "Drafts are written by the builtin writer, trained on your own guides and approved drafts, on this server."
        : configured
          ? "The model server is not answering, so new drafts are written by the builtin writer until it is back."
          : "Drafts are written by the builtin writer, trained on your own guides and approved drafts. For better drafts, an admin can connect a model server in Settings → Model server."
  } else note = "Drafts are written by your own model on the model server.";
  return { setting, active, ollamaConfigured: configured, note, noServer: configured ? null : noModelServer() };
}
