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
  /** In flight on the host from every process sharing the host directory (this one's included). */
  sharedInFlight: number;
  /** Generations sent to the host by every process, and how many found their runner not loaded there. */
  requests: number;
  reloads: number;
}

/** A runner a host had loaded: the model /api/ps named, and its runner key when the reporting process knew it. */
export interface LoadedRunnerReport {
  model: string;
  runnerKey: string | null;
}

/** What one process tells the shared host directory about one host. */
export interface HostReport {
  url: string;
  healthy: boolean;
  slots: number;
  version: string | null;
  loaded: LoadedRunnerReport[];
  lastError: string | null;
  checkedAt: number | null;
  inFlight: number;
  /** This process's totals since it started. */
  requests: number;
  reloads: number;
}

/** One host as every process together sees it. */
export interface SharedHostView {
  url: string;
  /** From the freshest health check of any process. */
  healthy: boolean;
  checkedAt: number | null;
  lastError: string | null;
  loaded: LoadedRunnerReport[];
  /** In flight from the other processes that reported recently. */
  othersInFlight: number;
  /** Totals of the other processes. */
  othersRequests: number;
  othersReloads: number;
}

/**
 * Where the processes that route to the same hosts share what they see
 * (Postgres in the app: server/models/host-directory.ts): each process
 * sends its reports and gets back the view of all of them.
 */
export interface HostDirectory {
  exchange(reports: HostReport[]): Promise<SharedHostView[]>;
}
