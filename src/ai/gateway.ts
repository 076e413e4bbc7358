/**
 * The model gateway: the one interface services and workers use. It adds to a
 * provider what every caller needs: a host that cannot be reached hands the
 * request to another healthy host; a model missing on a host is restored
 * there from its spec (adapter blobs first, then create; the base pulled if
 * missing too) and the call retried; structured output is validated against
 * a zod schema with one repair round.
 *
 * ensureModel is the one way a managed model gets onto a host, for a build
 * and for a restore alike.
 */
import type { z } from "zod";
import { ModelError } from "./errors";
import { blobDigests, type CreateModelRequest, type PullProgress } from "./ollama/provider";
import type { ServingProvider } from "./serving";
import { jsonSchemaFor, repairMessages, schemaInstruction, validateOutput } from "./structured";
import type { EmbedResult, GenerateRequest, GenerationResult, StructuredRequest, StructuredResult } from "./types";

/** Why a model is being put back on a host: a request found it missing, or a health check did. */
export type RestoreTrigger = "use" | "health_check";

export type RestoreEvent =
  | { phase: "restoring"; model: string; host: string; trigger: RestoreTrigger }
  | { phase: "restored"; model: string; host: string; trigger: RestoreTrigger; ms: number }
  | { phase: "failed"; model: string; host: string; trigger: RestoreTrigger; error: ModelError | Error };

export interface GatewayOptions {
  /** The create request for a model name the app manages (tenant models), or null. */
  resolveModel?: (model: string) => Promise<CreateModelRequest | null>;
  /** The bytes of a blob a create request references (a LoRA adapter), read only when a host lacks it. */
  readBlob?: (digest: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Whether a missing model may simply be pulled (an allowed base model). */
  isPullable?: (model: string) => boolean;
  onProgress?: (progress: PullProgress & { host: string; model: string }) => void;
  /** A managed model missing on a host is being re-created there, was, or could not be. */
  onRestore?: (event: RestoreEvent) => void | Promise<void>;
  /** Every generation's model, before it is sent (e.g. to remember which models to keep on the hosts). */
  onUse?: (model: string) => void;
}

/**
 * Restores under way in this process, by host and model: jobs that find the
 * same model missing at once wait for one restore instead of each pushing
 * the adapter again.
 */
const restoring = new Map<string, Promise<boolean>>();

export class ModelGateway {
  constructor(
    readonly provider: ServingProvider,
    private readonly options: GatewayOptions = {},
  ) {}

  async generate(request: GenerateRequest): Promise<GenerationResult> {
    this.options.onUse?.(request.model);
    let streamed = false;
    const onToken = request.onToken && ((token: string) => ((streamed = true), request.onToken!(token)));
    const restoredOn = new Set<string>();
    for (;;) {
      try {
        return await this.provider.generate({ ...request, onToken });
      } catch (error) {
        // Failover: a host that cannot be reached was marked down; another healthy one takes the request (before any token reached the page).
        if (error instanceof ModelError && error.kind === "unreachable" && !streamed && this.provider.hosts().some((h) => h.healthy)) continue;
        if (!(error instanceof ModelError) || error.kind !== "model_not_found") throw error;
        // Each host the request lands on gets one restore; a model still missing after that is an error.
        const host = error.details.host;
        if (!host || restoredOn.has(host)) throw error;
        restoredOn.add(host);
        if (!(await this.putBack(request.model, host, request.signal))) throw error;
      }
    }
  }

  async structured<Schema extends z.ZodType>(request: StructuredRequest<Schema>): Promise<StructuredResult<z.infer<Schema>>> {
    const format = jsonSchemaFor(request.schema);
    const messages = [{ role: "system" as const, content: schemaInstruction(format) }, ...request.messages];
    const options = { temperature: 0.2, ...request.options };
    const first = await this.generate({ ...request, messages, format, options });
    const checked = validateOutput(request.schema, first.text);
    if (checked.ok) return { ...first, value: checked.value, repaired: false };

    const second = await this.generate({ ...request, messages: repairMessages(messages, first.text, checked.problem), format, options });
    const rechecked = validateOutput(request.schema, second.text);
    if (rechecked.ok) {
      return {
        ...second,
        promptTokens: first.promptTokens + second.promptTokens,
        completionTokens: first.completionTokens + second.completionTokens,
        value: rechecked.value,
        repaired: true,
      };
    }
    throw new ModelError("invalid_output", `The model's answer did not fit the expected structure, even after one correction. ${rechecked.problem}`, {
      host: second.host,
      model: request.model,
    });
  }

  async embed(model: string, input: string[], signal?: AbortSignal): Promise<EmbedResult> {
    return this.provider.embed(model, input, signal);
  }

  /**
   * Puts a model on `host` (or every healthy host): its base pulled when
   * missing, every blob it references pushed when missing (HEAD, then POST),
   * then created. Idempotent. The one path for a build and a restore.
   */
  async ensureModel(request: CreateModelRequest, onlyHost?: string, signal?: AbortSignal): Promise<void> {
    const hosts = this.provider.hosts().filter((h) => (onlyHost ? h.url === onlyHost : h.healthy));
    for (const host of hosts) {
      if (!(await this.provider.hasModel(host.url, request.from))) {
        await this.provider.pull(host.url, request.from, (p) => this.options.onProgress?.({ ...p, host: host.url, model: request.from }), signal);
      }
      // Ollama attaches adapters by digest: /api/create fails unless the blob is on the host already.
      for (const digest of blobDigests(request)) await this.pushBlob(host.url, digest, request.model, signal);
      await this.provider.create(host.url, request, (p) => this.options.onProgress?.({ ...p, host: host.url, model: request.model }), signal);
    }
  }

  /**
   * Re-creates a managed model that is missing on `host` from its spec,
   * through ensureModel. False when the model is not one the app manages
   * (nothing to restore it from). Concurrent restores of one model on one
   * host in this process share the first one.
   */
  async restore(model: string, host: string, options: { trigger?: RestoreTrigger; signal?: AbortSignal } = {}): Promise<boolean> {
    const key = `${host}|${model}`;
    let shared = restoring.get(key);
    if (!shared) {
      // Not tied to this caller's signal: a job cancelled meanwhile must not fail the others waiting on it.
      shared = this.restoreOnce(model, host, options.trigger ?? "use").finally(() => restoring.delete(key));
      restoring.set(key, shared);
    }
    return untilAborted(shared, options.signal, { host, model });
  }

  private async restoreOnce(model: string, host: string, trigger: RestoreTrigger): Promise<boolean> {
    const spec = await this.options.resolveModel?.(model);
    if (!spec) return false;
    const started = performance.now();
    await this.options.onRestore?.({ phase: "restoring", model, host, trigger });
    try {
      await this.ensureModel(spec, host);
    } catch (error) {
      await this.options.onRestore?.({ phase: "failed", model, host, trigger, error: error instanceof Error ? error : new Error(String(error)) });
      throw error;
    }
    await this.options.onRestore?.({ phase: "restored", model, host, trigger, ms: performance.now() - started });
    return true;
  }

  /** A model missing where a request went: a managed model is restored, an allowed base pulled. */
  private async putBack(model: string, host: string, signal?: AbortSignal): Promise<boolean> {
    if (await this.restore(model, host, { signal })) return true;
    if (!this.options.isPullable?.(model)) return false;
    await this.provider.pull(host, model, (p) => this.options.onProgress?.({ ...p, host, model }), signal);
    return true;
  }

  private async pushBlob(host: string, digest: string, model: string, signal?: AbortSignal) {
    const read = this.options.readBlob;
    if (read) {
      await this.provider.pushBlob(host, digest, () => read(digest), signal);
      return;
    }
    if (!(await this.provider.hasBlob(host, digest, signal))) {
      throw new ModelError("bad_request", `${model} needs the blob ${digest}, which is not on ${host}, and this gateway has no way to read it. Build the version again.`, { host, model });
    }
  }
}

/** `work`, or a ModelError "aborted" as soon as `signal` aborts (the work itself goes on). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, details: { host: string; model: string }): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ModelError("aborted", "The request was cancelled.", details));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
