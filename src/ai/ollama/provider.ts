/**
 * The Ollama provider: generation (always streamed), structured output,
 * embeddings and model management over one or more Ollama hosts, on the
 * `ollama` client (`fetch` for blobs, which the client has no helper for).
 * Timeouts and cancellation abort the HTTP request itself.
 */
import { Ollama, type AbortableAsyncIterator, type ChatResponse } from "ollama";
import { ringOrder, routeByRunner, type RingOptions } from "@/domain/host-ring";
import { HealthChecks } from "../health-checks";
import { ModelError, kindForStatus } from "../errors";
import { baseModel, baseOfRunnerKey, runnerKey, runnerOptionsOf } from "../tenant-model";
import type { ServingProvider } from "../serving";
import type { EmbedResult, GenerateRequest, GenerationResult } from "../types";
import { type HostDirectory, type HostReport, type HostStatus, type OllamaHostConfig, type SharedHostView } from "./hosts";

/**
 * How a request picks its host. `affinity` (the default): by runner key on a
 * consistent-hash ring with bounded loads (domain/host-ring.ts), over the
 * view every process shares through the host directory. `warm_first`: the
 * routing before affinity, kept for comparison (bench:serving): a host that
 * has the model loaded and a free slot in this process's view, else the one
 * with the most free slots.
 */
export type HostRouting = "affinity" | "warm_first";

export interface OllamaProviderOptions {
  fetch?: typeof fetch;
  healthTimeoutMs?: number;
  routing?: HostRouting;
  ring?: Partial<RingOptions>;
  /** Shares health, loaded runners and in-flight counts with the other processes; without it, this process's view alone. */
  directory?: HostDirectory;
  /** A failure to share the view (e.g. the database is down): routing goes on with this process's view. */
  onDirectoryError?: (error: unknown) => void;
}

/** What this process adds up per host, beside what Ollama reports. */
interface HostCounters {
  requests: number;
  reloads: number;
}

export interface CreateModelRequest {
  model: string;
  from: string;
  system?: string;
  parameters?: Record<string, unknown>;
  messages?: { role: string; content: string }[];
  /** filename → sha256 digest of a blob already pushed with pushBlob(). */
  adapters?: Record<string, string>;
}

/** The blobs a create request references (its adapters), by digest: they must be on the host before it is created. */
export function blobDigests(request: CreateModelRequest): string[] {
  return [...new Set(Object.values(request.adapters ?? {}))];
}

export interface PullProgress {
  status: string;
  completed?: number;
  total?: number;
}

const NS_PER_MS = 1e6;

export class OllamaProvider implements ServingProvider {
  readonly engine = "ollama";
  private readonly state: HostStatus[];
  private readonly clients = new Map<string, Ollama>();
  /** Model name → runner key (ARCHITECTURE §5.2), learned from the jobs that used each model and from creating it. */
  private readonly runnerKeys = new Map<string, string>();
  private readonly checks = new HealthChecks(() => this.refresh());
  private readonly counters = new Map<string, HostCounters>();
  private readonly shared = new Map<string, SharedHostView>();
  private sharing: Promise<void> | null = null;
  /** Loaded-runner checks under way, by host: a burst of loads asks once. */
  private readonly checkingLoaded = new Map<string, Promise<void>>();

  constructor(
    hosts: OllamaHostConfig[],
    private readonly options: OllamaProviderOptions = {},
  ) {
    if (hosts.length === 0) throw new Error("No Ollama host configured. Set OLLAMA_HOST, e.g. http://localhost:11434.");
    this.state = hosts.map((h) => ({
      url: h.url,
      slots: h.slots,
      inFlight: 0,
      healthy: true,
      version: null,
      loaded: [],
      installed: null,
      lastError: null,
      checkedAt: null,
      sharedInFlight: 0,
      requests: 0,
      reloads: 0,
    }));
    for (const h of hosts) {
      this.clients.set(h.url, new Ollama({ host: h.url, fetch: options.fetch }));
      this.counters.set(h.url, { requests: 0, reloads: 0 });
    }
  }

  hosts(): HostStatus[] {
    return this.state.map((h) => {
      const others = this.shared.get(h.url);
      const own = this.counters.get(h.url)!;
      return {
        ...h,
        loaded: [...h.loaded],
        installed: h.installed && [...h.installed],
        sharedInFlight: h.inFlight + (others?.othersInFlight ?? 0),
        requests: own.requests + (others?.othersRequests ?? 0),
        reloads: own.reloads + (others?.othersReloads ?? 0),
      };
    });
  }

  /** Health, loaded and installed models of every host (GET /api/version, /api/ps, /api/tags). */
  async refresh(): Promise<HostStatus[]> {
    await Promise.all(
      this.state.map(async (host) => {
        try {
          const signal = AbortSignal.timeout(this.options.healthTimeoutMs ?? 3_000);
          const [version, ps, tags] = await Promise.all([
            this.getJson<{ version: string }>(host.url, "/api/version", signal),
            this.getJson<{ models: { name: string }[] }>(host.url, "/api/ps", signal),
            this.getJson<{ models: { name: string }[] }>(host.url, "/api/tags", signal),
          ]);
          Object.assign(host, { healthy: true, version: version.version, loaded: ps.models.map((m) => m.name), installed: tags.models.map((m) => m.name), lastError: null, checkedAt: Date.now() });
        } catch (error) {
          Object.assign(host, { healthy: false, lastError: describe(error), checkedAt: Date.now() });
        }
      }),
    );
    await this.share();
    const hosts = this.hosts();
    this.checks.notify(hosts);
    return hosts;
  }

  /** Calls `listener` after every health check (the poller's and on-demand ones); returns the unsubscribe. */
  onRefresh(listener: (hosts: HostStatus[]) => void): () => void {
    return this.checks.onRefresh(listener);
  }

  startPolling(intervalMs = 5_000) {
    this.checks.start(intervalMs);
  }

  stopPolling() {
    this.checks.stop();
  }

  noteRunner(model: string, runnerKey: string) {
    this.runnerKeys.set(model, runnerKey);
  }

  /** The runner key `model` runs on: known from creating it or from noteRunner; otherwise its own name, as for a base. */
  runnerKeyOf(model: string): string {
    return this.runnerKeys.get(model) ?? `${model}|-`;
  }

  /**
   * Sends this process's view to the host directory and takes in the
   * others': their in-flight requests and totals, and a host's health from
   * whichever process checked it last (so a host one worker found down is
   * skipped by all). Calls made while one is under way share it.
   */
  async share(): Promise<void> {
    const directory = this.options.directory;
    if (!directory) return;
    this.sharing ??= (async () => {
      try {
        const views = await directory.exchange(this.reports());
        for (const view of views) {
          this.shared.set(view.url, view);
          const host = this.state.find((h) => h.url === view.url);
          // The freshest health check wins, whichever process made it.
          if (host && view.checkedAt !== null && (host.checkedAt === null || view.checkedAt > host.checkedAt)) {
            Object.assign(host, { healthy: view.healthy, lastError: view.lastError, checkedAt: view.checkedAt, loaded: view.loaded.map((r) => r.model) });
            for (const runner of view.loaded) if (runner.runnerKey) this.runnerKeys.set(runner.model, runner.runnerKey);
          }
        }
      } catch (error) {
        this.options.onDirectoryError?.(error);
      } finally {
        this.sharing = null;
      }
    })();
    return this.sharing;
  }

  private reports(): HostReport[] {
    return this.state.map((h) => ({
      url: h.url,
      healthy: h.healthy,
      slots: h.slots,
      version: h.version,
      loaded: h.loaded.map((model) => ({ model, runnerKey: this.runnerKeys.get(model) ?? null })),
      lastError: h.lastError,
      checkedAt: h.checkedAt,
      inFlight: h.inFlight,
      ...this.counters.get(h.url)!,
    }));
  }

  /**
   * The runner options of the base `model` runs on, sent with every request
   * so that all of a base's requests share one runner (ARCHITECTURE §5.2):
   * the base's own name, or a tenant model whose base this process knows
   * (from creating it or from noteRunner). A tenant model it does not know
   * carries the same options in its own parameters.
   */
  runnerOptionsFor(model: string): Record<string, number> {
    const key = this.runnerKeys.get(model);
    const base = baseModel(model) ? model : key ? baseOfRunnerKey(key) : null;
    return (base ? runnerOptionsOf(base) : null) ?? {};
  }

  /**
   * What the queue's scheduler needs for affinity: per healthy host, free
   * slots (this process's view) and the runner keys loaded there (/api/ps).
   * A base model's own key is `<name>|-`.
   */
  schedulerHosts(): { host: string; freeSlots: number; loadedKeys: string[] }[] {
    const hosts = this.hosts();
    // With affinity a job runs where the ring sends it: its runner counts as loaded only on that host, so "warm" means no reload.
    const routed = (key: string) => this.routeKey(key)?.url;
    return hosts
      .filter((h) => h.healthy)
      .map((h) => ({
        host: h.url,
        // This process's own requests only: the scheduler fills this worker's slots, and a stale count reported
        // by another process (one that stopped mid-request) must never hold every model job back. Ollama queues the rest.
        freeSlots: Math.max(0, h.slots - h.inFlight),
        loadedKeys: h.loaded.map((name) => this.runnerKeyOf(name)).filter((key) => this.options.routing === "warm_first" || routed(key) === h.url),
      }));
  }

  /** Where requests for runner `key` go now (its place on the ring, or where it sheds to); null when routing is not by key. */
  homeOf(key: string): string | null {
    return this.options.routing === "warm_first" ? null : (this.routeKey(key)?.url ?? null);
  }

  private routeKey(key: string) {
    return routeByRunner(
      key,
      this.state.map((h) => ({
        url: h.url,
        healthy: h.healthy,
        slots: h.slots,
        inFlight: h.inFlight + (this.shared.get(h.url)?.othersInFlight ?? 0),
        warm: h.loaded.some((name) => this.runnerKeyOf(name) === key),
      })),
      this.options.ring,
    );
  }

  /** The host a request for `model` goes to now (see HostRouting). */
  route(model: string): string {
    return this.pick(model).url;
  }

  private pick(model: string): HostStatus {
    const healthy = this.state.filter((h) => h.healthy);
    const pool = healthy.length > 0 ? healthy : this.state;
    if (this.options.routing === "warm_first") {
      const free = (h: HostStatus) => h.slots - h.inFlight;
      const warm = pool.filter((h) => h.loaded.includes(model) && free(h) > 0);
      const candidates = warm.length > 0 ? warm : pool;
      return candidates.reduce((best, h) => (free(h) > free(best) ? h : best));
    }
    const key = this.runnerKeyOf(model);
    const route = this.routeKey(key);
    // No host healthy: try the key's own host anyway (it may be back; if not, the error says so).
    const url =
      route?.url ??
      ringOrder(
        key,
        this.state.map((h) => h.url),
      )[0]!;
    return this.state.find((h) => h.url === url)!;
  }

  /**
   * After a runner was loaded on `host` (its first token is out), which
   * runners the host holds now (/api/ps): the load may have evicted another,
   * and the scheduler should not count that one warm until the next poll.
   */
  private checkLoaded(host: HostStatus) {
    if (this.checkingLoaded.has(host.url)) return;
    const check = this.getJson<{ models: { name: string }[] }>(host.url, "/api/ps", AbortSignal.timeout(this.options.healthTimeoutMs ?? 3_000))
      .then((ps) => {
        host.loaded = ps.models.map((m) => m.name);
      })
      .catch(() => undefined)
      .finally(() => this.checkingLoaded.delete(host.url));
    this.checkingLoaded.set(host.url, check);
  }

  /** Counts a generation sent to `host`, and whether its runner had to be loaded there (returned); it is loaded now. */
  private noteDispatch(host: HostStatus, model: string): boolean {
    const key = this.runnerKeyOf(model);
    const warm = host.loaded.some((name) => name === model || this.runnerKeyOf(name) === key);
    const counters = this.counters.get(host.url)!;
    counters.requests++;
    if (!warm) {
      counters.reloads++;
      // Affinity counts it loaded from now on; warm_first keeps what it did before affinity: only what the poller saw.
      if (this.options.routing !== "warm_first") host.loaded.push(model);
    }
    return !warm && this.options.routing !== "warm_first";
  }

  async generate(request: GenerateRequest): Promise<GenerationResult> {
    const host = this.pick(request.model);
    const client = this.clients.get(host.url)!;
    const loads = this.noteDispatch(host, request.model);
    host.inFlight++;
    const started = performance.now();
    let firstTokenAt: number | null = null;
    let text = "";
    let final: ChatResponse | null = null;
    let abortReason: ModelError | null = null;
    let stream: AbortableAsyncIterator<ChatResponse> | null = null;
    const abort = (reason: ModelError) => {
      abortReason ??= reason;
      stream?.abort();
    };
    const onAbort = () => abort(new ModelError("aborted", "The generation was cancelled.", { host: host.url, model: request.model }));
    request.signal?.addEventListener("abort", onAbort);
    const timers = [
      request.timeoutMs ? setTimeout(() => abort(new ModelError("timeout", `The model did not finish within ${request.timeoutMs} ms.`, { host: host.url, model: request.model })), request.timeoutMs) : null,
      request.firstTokenTimeoutMs
        ? setTimeout(() => firstTokenAt === null && abort(new ModelError("timeout", `No answer from the model within ${request.firstTokenTimeoutMs} ms.`, { host: host.url, model: request.model })), request.firstTokenTimeoutMs)
        : null,
    ];
    try {
      if (request.signal?.aborted) throw new ModelError("aborted", "The generation was cancelled.", { host: host.url, model: request.model });
      const opened: AbortableAsyncIterator<ChatResponse> = await client.chat({
        model: request.model,
        messages: request.messages,
        stream: true,
        format: request.format,
        // Runner options last: they are the base's, never the caller's.
        options: { ...request.options, ...this.runnerOptionsFor(request.model) },
      });
      stream = opened;
      if (abortReason) opened.abort();
      for await (const chunk of opened) {
        const piece = chunk.message?.content ?? "";
        if (piece) {
          if (firstTokenAt === null && loads) this.checkLoaded(host);
          firstTokenAt ??= performance.now();
          text += piece;
          request.onToken?.(piece);
        }
        if (chunk.done) final = chunk;
      }
      if (!final) throw new ModelError("stream_failed", "The model's answer ended without its final chunk.", { host: host.url, model: request.model });
      return {
        text,
        model: request.model,
        host: host.url,
        doneReason: final.done_reason,
        promptTokens: final.prompt_eval_count ?? 0,
        completionTokens: final.eval_count ?? 0,
        totalDurationMs: (final.total_duration ?? 0) / NS_PER_MS,
        loadDurationMs: (final.load_duration ?? 0) / NS_PER_MS,
        promptEvalDurationMs: (final.prompt_eval_duration ?? 0) / NS_PER_MS,
        evalDurationMs: (final.eval_duration ?? 0) / NS_PER_MS,
        timeToFirstTokenMs: (firstTokenAt ?? performance.now()) - started,
      };
    } catch (error) {
      if (abortReason) throw abortReason;
      throw this.noteFailure(host, classify(error, host.url, request.model, stream !== null));
    } finally {
      host.inFlight--;
      request.signal?.removeEventListener("abort", onAbort);
      for (const timer of timers) if (timer) clearTimeout(timer);
    }
  }

  async embed(model: string, input: string[], signal?: AbortSignal): Promise<EmbedResult> {
    const host = this.pick(model);
    try {
      const options = this.runnerOptionsFor(model);
      const response = await this.postJson<{ embeddings: number[][] }>(host.url, "/api/embed", { model, input, ...(Object.keys(options).length ? { options } : {}) }, signal);
      return { model, host: host.url, embeddings: response.embeddings };
    } catch (error) {
      throw this.noteFailure(host, classify(error, host.url, model, false));
    }
  }

  /**
   * A host that cannot be reached is marked down at once, not at the next
   * poll, so the next request (the gateway's retry, another job) goes
   * elsewhere; the poller marks it healthy again when it answers.
   */
  private noteFailure(host: HostStatus, error: ModelError): ModelError {
    if (error.kind === "unreachable") {
      Object.assign(host, { healthy: false, lastError: error.message, checkedAt: Date.now() });
      // Every process sheds the host now, not at its own next poll.
      void this.share();
    }
    return error;
  }

  /** Whether `model` exists on `hostUrl` (POST /api/show). */
  async hasModel(hostUrl: string, model: string): Promise<boolean> {
    try {
      await this.postJson(hostUrl, "/api/show", { model });
      return true;
    } catch (error) {
      if (error instanceof ModelError && error.kind === "model_not_found") return false;
      throw error;
    }
  }

  async listModels(hostUrl: string): Promise<{ name: string; size: number; modified_at: string; details?: { family?: string; parameter_size?: string } }[]> {
    return (await this.getJson<{ models: { name: string; size: number; modified_at: string }[] }>(hostUrl, "/api/tags")).models;
  }

  /** Pulls a base model, reporting Ollama's progress lines; throws on an `{"error"}` line. */
  async pull(hostUrl: string, model: string, onProgress?: (p: PullProgress) => void, signal?: AbortSignal): Promise<void> {
    await this.streamLines(hostUrl, "/api/pull", { model, stream: true }, onProgress, signal);
  }

  /**
   * Idempotent: creating a model with the same spec again leaves it as it
   * was. Blobs it references must be on the host first (pushBlob); use the
   * gateway's ensureModel, which does both.
   */
  async create(hostUrl: string, request: CreateModelRequest, onProgress?: (p: PullProgress) => void, signal?: AbortSignal): Promise<void> {
    await this.streamLines(hostUrl, "/api/create", { ...request, stream: true }, onProgress, signal);
    const adapter = blobDigests(request)[0];
    this.runnerKeys.set(request.model, runnerKey({ base: request.from, adapter: adapter ? { digest: adapter } : null }));
  }

  /** Whether the host has a blob (HEAD /api/blobs/:digest). */
  async hasBlob(hostUrl: string, digest: string, signal?: AbortSignal): Promise<boolean> {
    const head = await this.send(hostUrl, `/api/blobs/${digest}`, { method: "HEAD", signal }, digest);
    if (head.ok) return true;
    if (head.status === 404) return false;
    throw await httpError(head, hostUrl, digest);
  }

  /**
   * Uploads a blob (e.g. a LoRA adapter) unless the host has it already.
   * `data` may be a function, so a large file is only read when the host lacks it.
   */
  async pushBlob(hostUrl: string, digest: string, data: Uint8Array<ArrayBuffer> | (() => Promise<Uint8Array<ArrayBuffer>>), signal?: AbortSignal): Promise<"present" | "pushed"> {
    if (await this.hasBlob(hostUrl, digest, signal)) return "present";
    const body = typeof data === "function" ? await data() : data;
    const response = await this.send(hostUrl, `/api/blobs/${digest}`, { method: "POST", body, signal }, digest);
    if (!response.ok) throw await httpError(response, hostUrl, digest);
    return "pushed";
  }

  private async send(hostUrl: string, path: string, init: RequestInit, model: string): Promise<Response> {
    try {
      return await (this.options.fetch ?? fetch)(`${hostUrl}${path}`, init);
    } catch (error) {
      throw classify(error, hostUrl, model, false);
    }
  }

  async deleteModel(hostUrl: string, model: string): Promise<void> {
    const response = await (this.options.fetch ?? fetch)(`${hostUrl}/api/delete`, { method: "DELETE", body: JSON.stringify({ model }) });
    if (!response.ok && response.status !== 404) throw await httpError(response, hostUrl, model);
  }

  private async streamLines(hostUrl: string, path: string, body: object, onLine?: (p: PullProgress) => void, signal?: AbortSignal) {
    const model = String((body as { model?: string }).model ?? "");
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(`${hostUrl}${path}`, { method: "POST", body: JSON.stringify(body), signal });
    } catch (error) {
      throw classify(error, hostUrl, model, false);
    }
    if (!response.ok || !response.body) throw await httpError(response, hostUrl, model);
    const decoder = new TextDecoder();
    let buffer = "";
    let succeeded = false;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        const parsed = JSON.parse(line) as PullProgress & { error?: string };
        if (parsed.error) {
          const kind = /not found|does not exist/.test(parsed.error) ? "model_not_found" : "bad_request";
          throw new ModelError(kind, `Ollama at ${hostUrl}: ${parsed.error}`, { host: hostUrl, model });
        }
        if (parsed.status === "success") succeeded = true;
        onLine?.(parsed);
      }
    }
    if (!succeeded) throw new ModelError("stream_failed", `Ollama at ${hostUrl} ended ${path} without success.`, { host: hostUrl, model });
  }

  private async getJson<T>(hostUrl: string, path: string, signal?: AbortSignal): Promise<T> {
    const response = await (this.options.fetch ?? fetch)(`${hostUrl}${path}`, { signal });
    if (!response.ok) throw await httpError(response, hostUrl);
    return (await response.json()) as T;
  }

  private async postJson<T>(hostUrl: string, path: string, body: object, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(`${hostUrl}${path}`, { method: "POST", body: JSON.stringify(body), signal });
    } catch (error) {
      throw classify(error, hostUrl, String((body as { model?: string }).model ?? ""), false);
    }
    if (!response.ok) throw await httpError(response, hostUrl, String((body as { model?: string }).model ?? ""));
    return (await response.json()) as T;
  }
}

async function httpError(response: Response, host: string, model?: string): Promise<ModelError> {
  const text = await response.text().catch(() => "");
  let message = text;
  try {
    message = (JSON.parse(text) as { error?: string }).error ?? text;
  } catch {
    // not JSON: keep the text
  }
  return new ModelError(kindForStatus(response.status), `Ollama at ${host} answered ${response.status}: ${message || response.statusText}`, {
    host,
    model,
    status: response.status,
  });
}

/** Turns what the client threw into a ModelError. */
function classify(error: unknown, host: string, model: string, streaming: boolean): ModelError {
  if (error instanceof ModelError) return error;
  const status = (error as { status_code?: number }).status_code;
  const message = describe(error);
  if (typeof status === "number") {
    return new ModelError(kindForStatus(status), `Ollama at ${host} answered ${status}: ${message}`, { host, model, status, cause: error });
  }
  if ((error as Error).name === "AbortError") return new ModelError("aborted", "The request was cancelled.", { host, model, cause: error });
  if (error instanceof TypeError || /ECONNREFUSED|ECONNRESET|fetch failed|socket/i.test(message)) {
    return new ModelError("unreachable", `Cannot reach Ollama at ${host} (${message}). Is it running? Check OLLAMA_HOST.`, { host, model, cause: error });
  }
  // An {"error": …} line in an HTTP 200 stream: the model failed mid-answer.
  if (streaming) return new ModelError("stream_failed", `The model failed while answering: ${message}`, { host, model, cause: error });
  return new ModelError("server_error", `Ollama at ${host}: ${message}`, { host, model, cause: error });
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const base = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${base}: ${cause.code}` : base;
}
