/**
 * The provider for OpenAI-compatible multi-LoRA engines, first-class for
 * vLLM (`--enable-lora`, VLLM_ALLOW_RUNTIME_LORA_UPDATING=True). A tenant
 * version is realised as: its LoRA adapter registered with the engine under
 * the version's name (POST /v1/load_lora_adapter, from a directory the
 * engine reads: OPENAI_ADAPTER_DIR, shared with the workers), and its system
 * prompt, examples and sampling sent with every request. Requests name the
 * adapter (or the served base) as `model`; the engine batches many adapters
 * over one base without reloading. Chat completions are streamed as
 * Server-Sent Events; structured output uses `response_format` JSON Schema
 * (vLLM's guided decoding). Several engines are routed like Ollama hosts:
 * by adapter on a bounded-load hash ring.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ringOrder, routeByRunner, type RingOptions } from "@/domain/host-ring";
import { HealthChecks } from "../health-checks";
import { ModelError, kindForStatus } from "../errors";
import type { HostDirectory, HostStatus, OllamaHostConfig, SharedHostView } from "../ollama/hosts";
import { blobDigests, type CreateModelRequest, type PullProgress } from "../ollama/provider";
import type { ServingProvider } from "../serving";
import { baseModel } from "../tenant-model";
import type { ChatMessage, EmbedResult, GenerateRequest, GenerationResult } from "../types";
import { AdapterFormatError, peftConfigFromSafetensors } from "./peft";

export interface OpenAIProviderOptions {
  apiKey?: string;
  /** Where adapters are written for the engine to load: the same path on the workers and the engine (a shared volume). */
  adapterDir: string;
  fetch?: typeof fetch;
  healthTimeoutMs?: number;
  ring?: Partial<RingOptions>;
  /** Where every process shares its view of the engines (in-flight requests, totals), as for Ollama hosts. */
  directory?: HostDirectory;
  onDirectoryError?: (error: unknown) => void;
}

/** What an engine told us at its last health check. */
export interface EngineStatus {
  /** The base the engine serves (--model), from /v1/models. */
  servedModel: string | null;
  /** Whether adapters can be registered at run time; null until known. */
  loraEnabled: boolean | null;
  /** Adapters registered with it. */
  adapters: string[];
}

/** A probe name no version has: unloading it tells whether the LoRA routes exist. */
const PROBE = "brandsmith-lora-probe";

export class OpenAIProvider implements ServingProvider {
  readonly engine = "openai";
  private readonly state: (HostStatus & EngineStatus)[];
  private readonly checks = new HealthChecks(() => this.refresh());
  private readonly shared = new Map<string, SharedHostView>();
  /** Version name → its spec, so every request carries its system prompt, examples and sampling. */
  private readonly specs = new Map<string, CreateModelRequest>();

  constructor(
    hosts: OllamaHostConfig[],
    private readonly options: OpenAIProviderOptions,
  ) {
    if (hosts.length === 0) throw new Error("No OpenAI-compatible engine configured. Set OPENAI_BASE_URL, e.g. http://vllm:8000.");
    this.state = hosts.map((h) => ({
      url: h.url.replace(/\/+$/, "").replace(/\/v1$/, ""),
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
      servedModel: null,
      loraEnabled: null,
      adapters: [],
    }));
  }

  /** Each engine as this process sees it, with the other processes' in-flight requests and totals added (share()). */
  hosts(): (HostStatus & EngineStatus)[] {
    return this.state.map((h) => {
      const others = this.shared.get(h.url);
      return {
        ...h,
        sharedInFlight: h.inFlight + (others?.othersInFlight ?? 0),
        requests: h.requests + (others?.othersRequests ?? 0),
        reloads: h.reloads + (others?.othersReloads ?? 0),
        loaded: [...h.loaded],
        installed: h.installed && [...h.installed],
        adapters: [...h.adapters],
      };
    });
  }

  /** Sends this process's view to the directory and takes in the others' (the web process shows what the workers do). */
  private async share(): Promise<void> {
    const directory = this.options.directory;
    if (!directory) return;
    try {
      const views = await directory.exchange(
        this.state.map((h) => ({
          url: h.url,
          healthy: h.healthy,
          slots: h.slots,
          version: h.version,
          loaded: h.adapters.map((model) => ({ model, runnerKey: null })),
          lastError: h.lastError,
          checkedAt: h.checkedAt,
          inFlight: h.inFlight,
          requests: h.requests,
          reloads: h.reloads,
        })),
      );
      for (const view of views) this.shared.set(view.url, view);
    } catch (error) {
      this.options.onDirectoryError?.(error);
    }
  }

  /** Health, served base, registered adapters (GET /v1/models) and whether runtime LoRA loading is on. */
  async refresh(): Promise<(HostStatus & EngineStatus)[]> {
    await Promise.all(
      this.state.map(async (host) => {
        try {
          const signal = AbortSignal.timeout(this.options.healthTimeoutMs ?? 3_000);
          const models = await this.request<{ data: { id: string; parent?: string | null }[] }>(host.url, "GET", "/v1/models", undefined, signal);
          const served = models.data.find((m) => !m.parent)?.id ?? null;
          const adapters = models.data.filter((m) => m.parent).map((m) => m.id);
          const version = await this.request<{ version: string }>(host.url, "GET", "/version", undefined, signal).catch(() => null);
          Object.assign(host, {
            healthy: true,
            version: version?.version ?? null,
            servedModel: served,
            adapters,
            loaded: adapters,
            // A version without an adapter is its spec, sent with each request: there whenever the base is served.
            installed: [...models.data.map((m) => m.id), ...[...this.specs.values()].filter((spec) => blobDigests(spec).length === 0).map((spec) => spec.model)],
            loraEnabled: await this.probeLora(host.url, signal),
            lastError: null,
            checkedAt: Date.now(),
          });
        } catch (error) {
          Object.assign(host, { healthy: false, lastError: error instanceof Error ? error.message : String(error), checkedAt: Date.now() });
        }
      }),
    );
    await this.share();
    const hosts = this.hosts();
    this.checks.notify(hosts);
    return hosts;
  }

  onRefresh(listener: (hosts: HostStatus[]) => void): () => void {
    return this.checks.onRefresh(listener);
  }

  startPolling(intervalMs = 5_000) {
    this.checks.start(intervalMs);
  }

  stopPolling() {
    this.checks.stop();
  }

  /** The served base and the registered adapters, as /v1/models lists them. */
  async listModels(hostUrl: string) {
    const models = await this.request<{ data: { id: string; parent?: string | null; created?: number }[] }>(hostUrl, "GET", "/v1/models");
    return models.data.map((m) => ({
      name: m.id,
      size: 0,
      modified_at: m.created ? new Date(m.created * 1000).toISOString() : "",
      details: { family: m.parent ? `LoRA adapter on ${m.parent}` : "served base" },
    }));
  }

  /** Every adapter runs on the one served base: there is no runner to keep on a host. */
  noteRunner(): void {}

  homeOf(): null {
    return null;
  }

  /** Adapters are switched per request within a batch: any job is as cheap on any engine, so no affinity. */
  schedulerHosts(): null {
    return null;
  }

  /**
   * vLLM answers an unknown adapter's unload with its own 404 error body
   * when runtime LoRA updating is on; without it the route does not exist
   * (FastAPI's {"detail": "Not Found"}).
   */
  private async probeLora(hostUrl: string, signal: AbortSignal): Promise<boolean> {
    const response = await this.send(hostUrl, "POST", "/v1/unload_lora_adapter", { lora_name: PROBE }, signal);
    const text = await response.text();
    if (response.ok) return true;
    return !/^\s*\{\s*"detail"\s*:\s*"Not Found"\s*\}\s*$/.test(text);
  }

  /** The realised request for a version: the adapter (or the served base) as `model`, its system prompt and examples first. */
  private realise(model: string, host: HostStatus & EngineStatus, messages: ChatMessage[]) {
    const spec = this.specs.get(model);
    if (spec) {
      const adapter = blobDigests(spec).length > 0;
      if (adapter && !host.adapters.includes(model)) return null;
      const system = spec.system ? [{ role: "system" as const, content: spec.system }] : [];
      const examples = (spec.messages ?? []).map((m) => ({ role: m.role as ChatMessage["role"], content: m.content }));
      return { model: adapter ? model : (host.servedModel ?? spec.from), messages: [...system, ...examples, ...messages], parameters: spec.parameters ?? {} };
    }
    // A base name (or the served model itself) runs on the served base.
    if (baseModel(model) || model === host.servedModel) return { model: host.servedModel ?? model, messages, parameters: {} };
    return null;
  }

  private pick(model: string): HostStatus & EngineStatus {
    const spec = this.specs.get(model);
    const key = spec && blobDigests(spec).length > 0 ? model : "base";
    const route = routeByRunner(
      key,
      this.state.map((h) => ({ url: h.url, healthy: h.healthy, slots: h.slots, inFlight: h.inFlight })),
      this.options.ring,
    );
    const url =
      route?.url ??
      ringOrder(
        key,
        this.state.map((h) => h.url),
      )[0]!;
    return this.state.find((h) => h.url === url)!;
  }

  async generate(request: GenerateRequest): Promise<GenerationResult> {
    const host = this.pick(request.model);
    const realised = this.realise(request.model, host, request.messages);
    if (!realised) throw new ModelError("model_not_found", `${request.model} is not registered with the engine at ${host.url}.`, { host: host.url, model: request.model, status: 404 });
    const controller = new AbortController();
    let abortReason: ModelError | null = null;
    const abort = (reason: ModelError) => {
      abortReason ??= reason;
      controller.abort();
    };
    const details = { host: host.url, model: request.model };
    const onAbort = () => abort(new ModelError("aborted", "The generation was cancelled.", details));
    request.signal?.addEventListener("abort", onAbort);
    const started = performance.now();
    let firstTokenAt: number | null = null;
    const timers = [
      request.timeoutMs ? setTimeout(() => abort(new ModelError("timeout", `The model did not finish within ${request.timeoutMs} ms.`, details)), request.timeoutMs) : null,
      request.firstTokenTimeoutMs
        ? setTimeout(() => firstTokenAt === null && abort(new ModelError("timeout", `No answer from the model within ${request.firstTokenTimeoutMs} ms.`, details)), request.firstTokenTimeoutMs)
        : null,
    ];
    host.inFlight++;
    host.requests++;
    try {
      if (request.signal?.aborted) throw new ModelError("aborted", "The generation was cancelled.", details);
      const p = realised.parameters as { temperature?: number; top_p?: number; repeat_penalty?: number };
      const body = {
        model: realised.model,
        messages: realised.messages,
        stream: true,
        stream_options: { include_usage: true },
        temperature: request.options?.temperature ?? p.temperature,
        top_p: request.options?.top_p ?? p.top_p,
        // vLLM's name for Ollama's repeat_penalty (an extra sampling parameter it accepts).
        repetition_penalty: p.repeat_penalty,
        seed: request.options?.seed,
        max_tokens: request.options?.num_predict,
        stop: request.options?.stop,
        response_format:
          request.format === "json"
            ? { type: "json_object" }
            : request.format
              ? { type: "json_schema", json_schema: { name: "output", schema: request.format, strict: true } }
              : undefined,
      };
      const response = await this.send(host.url, "POST", "/v1/chat/completions", body, controller.signal);
      if (!response.ok || !response.body) throw await httpError(response, host.url, request.model);
      let text = "";
      let finish = "";
      let usage: { prompt_tokens?: number; completion_tokens?: number } | null = null;
      for await (const event of serverSentEvents(response.body)) {
        if (event === "[DONE]") break;
        const chunk = JSON.parse(event) as {
          error?: { message?: string };
          choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
          usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
        };
        if (chunk.error) throw new ModelError("stream_failed", `The model failed while answering: ${chunk.error.message ?? "unknown error"}`, details);
        for (const choice of chunk.choices ?? []) {
          const piece = choice.delta?.content ?? "";
          if (piece) {
            firstTokenAt ??= performance.now();
            text += piece;
            request.onToken?.(piece);
          }
          if (choice.finish_reason) finish = choice.finish_reason;
        }
        if (chunk.usage) usage = chunk.usage;
      }
      if (!finish) throw new ModelError("stream_failed", "The model's answer ended without a finish reason.", details);
      const total = performance.now() - started;
      const ttft = (firstTokenAt ?? performance.now()) - started;
      return {
        text,
        model: request.model,
        host: host.url,
        doneReason: finish,
        promptTokens: usage?.prompt_tokens ?? 0,
        completionTokens: usage?.completion_tokens ?? 0,
        totalDurationMs: total,
        // The engine reports no load time; adapter loads show in the time to first token.
        loadDurationMs: 0,
        promptEvalDurationMs: ttft,
        evalDurationMs: Math.max(0, total - ttft),
        timeToFirstTokenMs: ttft,
      };
    } catch (error) {
      if (abortReason) throw abortReason;
      const classified = classify(error, host.url, request.model);
      if (classified.kind === "unreachable") Object.assign(host, { healthy: false, lastError: classified.message, checkedAt: Date.now() });
      // The engine forgot the adapter (restarted): it is registered again by the gateway's restore.
      if (classified.kind === "model_not_found") host.adapters = host.adapters.filter((a) => a !== request.model);
      throw classified;
    } finally {
      host.inFlight--;
      request.signal?.removeEventListener("abort", onAbort);
      for (const timer of timers) if (timer) clearTimeout(timer);
    }
  }

  async embed(model: string, input: string[], signal?: AbortSignal): Promise<EmbedResult> {
    const host = this.pick(model);
    const realised = this.realise(model, host, []);
    const response = await this.request<{ data: { embedding: number[] }[] }>(host.url, "POST", "/v1/embeddings", { model: realised?.model ?? model, input }, signal);
    return { model, host: host.url, embeddings: response.data.map((d) => d.embedding) };
  }

  /** A base is there when the engine serves a base; a version when its adapter is registered (or it has none). */
  async hasModel(hostUrl: string, model: string): Promise<boolean> {
    const host = this.host(hostUrl);
    if (baseModel(model) || model === host.servedModel) return true;
    const spec = this.specs.get(model);
    return !!spec && (blobDigests(spec).length === 0 || host.adapters.includes(model));
  }

  async pull(hostUrl: string, model: string): Promise<void> {
    throw new ModelError("bad_request", `The engine at ${hostUrl} serves the base it was started with (${this.host(hostUrl).servedModel ?? "its --model"}); it cannot pull ${model}. Choose that base for your versions.`, {
      host: hostUrl,
      model,
    });
  }

  async hasBlob(_hostUrl: string, digest: string): Promise<boolean> {
    return stat(path.join(this.adapterPath(digest), "adapter_config.json")).then(
      () => true,
      () => false,
    );
  }

  /** Writes an adapter where the engine reads it: its weights and the PEFT config derived from them. */
  async pushBlob(hostUrl: string, digest: string, data: Uint8Array<ArrayBuffer> | (() => Promise<Uint8Array<ArrayBuffer>>)): Promise<"present" | "pushed"> {
    if (await this.hasBlob(hostUrl, digest)) return "present";
    const bytes = typeof data === "function" ? await data() : data;
    let config;
    try {
      config = peftConfigFromSafetensors(bytes, this.host(hostUrl).servedModel ?? "unknown");
    } catch (error) {
      if (error instanceof AdapterFormatError) throw new ModelError("bad_request", `${error.message} vLLM loads LoRA adapters in PEFT safetensors format.`, { host: hostUrl });
      throw error;
    }
    const dir = this.adapterPath(digest);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "adapter_model.safetensors"), bytes);
    await writeFile(path.join(dir, "adapter_config.json"), JSON.stringify(config, null, 2));
    return "pushed";
  }

  /**
   * Remembers the version's spec; with an adapter, registers it with the
   * engine under the version's name. Idempotent ("already loaded" is fine).
   * An adapter the engine refuses fails with the engine's reason.
   */
  async create(hostUrl: string, request: CreateModelRequest, onProgress?: (p: PullProgress) => void, signal?: AbortSignal): Promise<void> {
    const host = this.host(hostUrl);
    this.specs.set(request.model, request);
    const digest = blobDigests(request)[0];
    if (digest) {
      if (host.loraEnabled === false) {
        throw new ModelError("bad_request", `The engine at ${hostUrl} was started without runtime LoRA loading: start vLLM with --enable-lora and VLLM_ALLOW_RUNTIME_LORA_UPDATING=True.`, { host: hostUrl, model: request.model });
      }
      const response = await this.send(hostUrl, "POST", "/v1/load_lora_adapter", { lora_name: request.model, lora_path: this.adapterPath(digest) }, signal);
      if (!response.ok) {
        const error = await httpError(response, hostUrl, request.model);
        if (!/already been loaded/.test(error.message)) throw new ModelError(error.kind === "model_not_found" ? "bad_request" : error.kind, error.message, error.details);
      }
      if (!host.adapters.includes(request.model)) host.adapters.push(request.model);
    }
    onProgress?.({ status: "success" });
  }

  /** Unregisters a deleted version's adapter; one the engine does not have is fine. */
  async deleteModel(hostUrl: string, model: string): Promise<void> {
    const spec = this.specs.get(model);
    this.specs.delete(model);
    if (spec && blobDigests(spec).length === 0) return;
    const response = await this.send(hostUrl, "POST", "/v1/unload_lora_adapter", { lora_name: model });
    if (!response.ok && response.status !== 404) throw await httpError(response, hostUrl, model);
    const host = this.host(hostUrl);
    host.adapters = host.adapters.filter((a) => a !== model);
  }

  private adapterPath(digest: string): string {
    return path.join(this.options.adapterDir, digest.replace(/^sha256:/, ""));
  }

  private host(url: string) {
    const host = this.state.find((h) => h.url === url);
    if (!host) throw new Error(`${url} is not a configured engine`);
    return host;
  }

  private async send(hostUrl: string, method: string, route: string, body?: object, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    try {
      return await (this.options.fetch ?? fetch)(`${hostUrl}${route}`, { method, headers, body: body ? JSON.stringify(body) : undefined, signal });
    } catch (error) {
      throw classify(error, hostUrl, String((body as { model?: string } | undefined)?.model ?? ""));
    }
  }

  private async request<T>(hostUrl: string, method: string, route: string, body?: object, signal?: AbortSignal): Promise<T> {
    const response = await this.send(hostUrl, method, route, body, signal);
    if (!response.ok) throw await httpError(response, hostUrl, String((body as { model?: string } | undefined)?.model ?? ""));
    return (await response.json()) as T;
  }
}

/** The `data:` payloads of a Server-Sent Events stream, one per event. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).replace(/^ /, ""))
        .join("\n");
      if (data) yield data;
    }
  }
}

/** vLLM's error body: {"error": {message, type, code}} (≥ 0.10), {"object": "error", message} before, {"detail"} from FastAPI. */
async function httpError(response: Response, host: string, model?: string): Promise<ModelError> {
  const text = await response.text().catch(() => "");
  let message = text;
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } | string; message?: string; detail?: unknown };
    message = (typeof parsed.error === "object" ? parsed.error?.message : parsed.error) ?? parsed.message ?? (typeof parsed.detail === "string" ? parsed.detail : JSON.stringify(parsed.detail ?? text));
  } catch {
    // not JSON: keep the text
  }
  return new ModelError(kindForStatus(response.status), `The engine at ${host} answered ${response.status}: ${message || response.statusText}`, { host, model, status: response.status });
}

function classify(error: unknown, host: string, model: string): ModelError {
  if (error instanceof ModelError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if ((error as Error).name === "AbortError") return new ModelError("aborted", "The request was cancelled.", { host, model, cause: error });
  if (error instanceof TypeError || /ECONNREFUSED|ECONNRESET|fetch failed|socket|terminated/i.test(message)) {
    return new ModelError("unreachable", `Cannot reach the engine at ${host} (${message}). Is it running? Check OPENAI_BASE_URL.`, { host, model, cause: error });
  }
  if (error instanceof SyntaxError) return new ModelError("stream_failed", `The engine's stream could not be read: ${message}`, { host, model, cause: error });
  return new ModelError("server_error", `The engine at ${host}: ${message}`, { host, model, cause: error });
}
