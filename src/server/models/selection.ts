/**
 * Which model provider writes (ARCHITECTURE §5.4). MODEL_PROVIDER=
 *   ollama  — always the model server (jobs wait while it is down);
 *   builtin — always the builtin model;
 *   auto    — (default) the model server when one is configured and
 *             reachable at the time of the request, otherwise the builtin
 *             model. Reachability is re-checked by the provider's polling
 *             (OLLAMA_POLL_MS) and, when stale, on the request itself.
 * A job keeps the provider chosen for it: a server that goes down mid-batch
 * makes its jobs wait rather than switch voices halfway.
 */
import { NO_MODEL_SERVER, getOllamaProvider } from "./provider";

export type ProviderSetting = "auto" | "ollama" | "builtin";
export type ProviderKind = "ollama" | "builtin";

export function providerSetting(): ProviderSetting {
  const value = (process.env.MODEL_PROVIDER ?? "auto").trim().toLowerCase();
  return value === "ollama" || value === "builtin" ? value : "auto";
}

const STALE_MS = 15_000;

export async function chooseProvider(): Promise<ProviderKind> {
  const setting = providerSetting();
  if (setting !== "auto") return setting;
  const ollama = getOllamaProvider();
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
  const configured = !!getOllamaProvider();
  let note: string;
  if (active === "builtin") {
    note =
      setting === "builtin"
        ? "MODEL_PROVIDER=builtin: drafts are written by the builtin model, trained on your own guides and approved drafts."
        : configured
          ? "The model server is not reachable, so new drafts are written by the builtin model until it is back."
          : "No model server is connected: drafts are written by the builtin model, trained on your own guides and approved drafts. For better writing, run Ollama and set OLLAMA_HOST (see README → Real Ollama)."
  } else note = "Drafts are written by your model on the model server.";
  return { setting, active, ollamaConfigured: configured, note, noServer: configured ? null : NO_MODEL_SERVER };
}
