/**
 * What the model gateway needs from a serving engine, whichever it is:
 * Ollama (a runner per base + adapter, models created on each host) or an
 * OpenAI-compatible multi-LoRA engine such as vLLM (one base, adapters
 * registered at run time and chosen per request). A tenant model version
 * keeps one spec (a create request); each provider decides how it is
 * realised on its hosts.
 */
import type { HostStatus } from "./ollama/hosts";
import type { CreateModelRequest, PullProgress } from "./ollama/provider";
import type { EmbedResult, GenerateRequest, GenerationResult } from "./types";

export interface ServingProvider {
  /** "ollama" or "openai". */
  readonly engine: string;
  hosts(): HostStatus[];
  refresh(): Promise<HostStatus[]>;
  generate(request: GenerateRequest): Promise<GenerationResult>;
  embed(model: string, input: string[], signal?: AbortSignal): Promise<EmbedResult>;
  /** Whether `model` can be served by `hostUrl` as it is (a base it has, a version realised there). */
  hasModel(hostUrl: string, model: string): Promise<boolean>;
  pull(hostUrl: string, model: string, onProgress?: (p: PullProgress) => void, signal?: AbortSignal): Promise<void>;
  hasBlob(hostUrl: string, digest: string, signal?: AbortSignal): Promise<boolean>;
  pushBlob(hostUrl: string, digest: string, data: Uint8Array<ArrayBuffer> | (() => Promise<Uint8Array<ArrayBuffer>>), signal?: AbortSignal): Promise<"present" | "pushed">;
  /** Realises a version on `hostUrl`; idempotent. Its blobs are there already (pushBlob). */
  create(hostUrl: string, request: CreateModelRequest, onProgress?: (p: PullProgress) => void, signal?: AbortSignal): Promise<void>;
  deleteModel(hostUrl: string, model: string): Promise<void>;
}
