/** The Ollama servers Brandsmith spreads work over, and what each has loaded. */

export interface OllamaHostConfig {
  url: string;
  /** Requests the host serves at once: its OLLAMA_NUM_PARALLEL. */
  slots: number;
}

/**
 * OLLAMA_HOST may list several servers, comma-separated; `|N` after a URL
 * gives that server's parallel slots (default: OLLAMA_NUM_PARALLEL, else 1).
 *   OLLAMA_HOST="http://gpu1:11434|4, http://gpu2:11434|2"
 */
export function parseOllamaHosts(value: string | undefined, defaultSlots = 1): OllamaHostConfig[] {
  if (!value?.trim()) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [rawUrl, rawSlots] = entry.split("|");
      const withScheme = /^https?:\/\//.test(rawUrl!) ? rawUrl! : `http://${rawUrl}`;
      const url = new URL(withScheme);
      if (!url.port && url.protocol === "http:" && !/:\d+$/.test(rawUrl!)) url.port = "11434";
      const slots = rawSlots ? Number(rawSlots) : defaultSlots;
      if (!Number.isInteger(slots) || slots < 1) throw new Error(`OLLAMA_HOST: "${entry}" has an invalid slot count; use a whole number ≥ 1 after "|".`);
      return { url: url.origin, slots };
    });
}

export interface HostStatus {
  url: string;
  slots: number;
  inFlight: number;
  healthy: boolean;
  version: string | null;
  /** Models loaded right now (from /api/ps). */
  loaded: string[];
  /** Models on the host (from /api/tags at the last health check); null until one answered. */
  installed: string[] | null;
  lastError: string | null;
  checkedAt: number | null;
}
