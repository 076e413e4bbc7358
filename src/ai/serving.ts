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
  readonly engine: "ollama" | "openai";
  hosts(): HostStatus[];
  refresh(): Promise<HostStatus[]>;
  /** Calls `listener` after every health check; returns the unsubscribe. */
  onRefresh(listener: (hosts: HostStatus[]) => void): () => void;
  /** Starts (or restarts) the background health checks. */
  startPolling(intervalMs?: number): void;
  stopPolling(): void;
  /** What each host has, for Settings: models (Ollama) or the served base and registered adapters (vLLM). */
  listModels(hostUrl: string): Promise<{ name: string; size: number; modified_at: string; details?: { family?: string; parameter_size?: string } }[]>;
  /** Which runner `model` runs on (its base and runner options), when the caller knows it: routing keeps a runner on one host. */
  noteRunner(model: string, runnerKey: string): void;
  /**
   * What the queue's scheduler needs for affinity, per healthy host: free
   * slots and the runner keys warm there. Null when every request is as
   * cheap on every host (a multi-LoRA engine switches adapters per request).
   */
  schedulerHosts(): { host: string; freeSlots: number; loadedKeys: string[] }[] | null;
  /** The host a runner's requests go to now, when the provider routes by runner (the scheduler then plans on it). */
  homeOf(runnerKey: string): string | null;
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
