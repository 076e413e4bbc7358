import type { z } from "zod";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface GenerateRequest {
  /** The Ollama model name, e.g. brandsmith/acme:v3. */
  model: string;
  messages: ChatMessage[];
  /** Sampling options for this call (runner options are fixed per base model). */
  options?: { temperature?: number; top_p?: number; seed?: number; num_predict?: number; stop?: string[] };
  /** "json" or a JSON Schema the output must follow. */
  format?: "json" | Record<string, unknown>;
  signal?: AbortSignal;
  /** Whole-call limit; the first token must also arrive within `firstTokenTimeoutMs`. */
  timeoutMs?: number;
  firstTokenTimeoutMs?: number;
  onToken?: (text: string) => void;
}

/** What a finished generation reports, from Ollama's own `done` chunk plus what we measured. */
export interface GenerationResult {
  text: string;
  model: string;
  host: string;
  doneReason: string;
  promptTokens: number;
  completionTokens: number;
  totalDurationMs: number;
  loadDurationMs: number;
  promptEvalDurationMs: number;
  evalDurationMs: number;
  /** Request sent → first token received, measured by us. */
  timeToFirstTokenMs: number;
}

export interface StructuredRequest<Schema extends z.ZodType> extends Omit<GenerateRequest, "format"> {
  schema: Schema;
}

export interface StructuredResult<T> extends GenerationResult {
  value: T;
  repaired: boolean;
}

export interface EmbedResult {
  model: string;
  host: string;
  embeddings: number[][];
}
