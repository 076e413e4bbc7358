/**
 * The model gateway: the one interface services and workers use. It adds to a
 * provider what every caller needs: a host that cannot be reached hands the
 * request to another healthy host; a missing model is created from its spec
 * (pulling the base if needed) and the call retried once; structured output
 * is validated against a zod schema with one repair round.
 */
import type { z } from "zod";
import { ModelError } from "./errors";
import type { CreateModelRequest, OllamaProvider, PullProgress } from "./ollama/provider";
import { jsonSchemaFor, repairMessages, schemaInstruction, validateOutput } from "./structured";
import type { EmbedResult, GenerateRequest, GenerationResult, StructuredRequest, StructuredResult } from "./types";

export interface GatewayOptions {
  /** The create request for a model name the app manages (tenant models), or null. */
  resolveModel?: (model: string) => Promise<CreateModelRequest | null>;
  /** Whether a missing model may simply be pulled (an allowed base model). */
  isPullable?: (model: string) => boolean;
  onProgress?: (progress: PullProgress & { host: string; model: string }) => void;
}

export class ModelGateway {
  constructor(
    readonly provider: OllamaProvider,
    private readonly options: GatewayOptions = {},
  ) {}

  async generate(request: GenerateRequest): Promise<GenerationResult> {
    let streamed = false;
    const onToken = request.onToken && ((token: string) => ((streamed = true), request.onToken!(token)));
    try {
      return await this.provider.generate({ ...request, onToken });
    } catch (error) {
      // Failover: a host that cannot be reached was marked down; another healthy one takes the request (before any token reached the page).
      if (error instanceof ModelError && error.kind === "unreachable" && !streamed && this.provider.hosts().some((h) => h.healthy)) return this.generate(request);
      if (!(error instanceof ModelError) || error.kind !== "model_not_found") throw error;
      const created = await this.ensureModelFor(request.model, error.details.host, request.signal);
      if (!created) throw error;
      return this.provider.generate(request);
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

  /** Creates the model on `host` (or every host) when missing; pulls its base first when that is missing too. */
  async ensureModel(request: CreateModelRequest, onlyHost?: string, signal?: AbortSignal): Promise<void> {
    const hosts = this.provider.hosts().filter((h) => (onlyHost ? h.url === onlyHost : h.healthy));
    for (const host of hosts) {
      if (!(await this.provider.hasModel(host.url, request.from))) {
        await this.provider.pull(host.url, request.from, (p) => this.options.onProgress?.({ ...p, host: host.url, model: request.from }), signal);
      }
      await this.provider.create(host.url, request, (p) => this.options.onProgress?.({ ...p, host: host.url, model: request.model }), signal);
    }
  }

  private async ensureModelFor(model: string, host: string | undefined, signal?: AbortSignal): Promise<boolean> {
    const spec = await this.options.resolveModel?.(model);
    if (!spec && host && this.options.isPullable?.(model)) {
      await this.provider.pull(host, model, (p) => this.options.onProgress?.({ ...p, host, model }), signal);
      return true;
    }
    if (!spec) return false;
    await this.ensureModel(spec, host, signal);
    return true;
  }
}
