/**
 * A tenant model version as a spec (ARCHITECTURE §5.2): base model, system
 * prompt, sampling parameters, few-shot examples, optional LoRA adapter.
 * Pure: turns the spec into Ollama's /api/create request, the equivalent
 * Modelfile, its deterministic name and the runner key the scheduler uses.
 */

export interface BaseModel {
  name: string;
  label: string;
  /**
   * Options that shape the loaded runner. Fixed per base, never per tenant:
   * tenants whose models differ only in SYSTEM/MESSAGE/sampling share one
   * loaded runner, and any difference here would force a reload.
   */
  runnerOptions: Record<string, number>;
}

export const BASE_MODELS: readonly BaseModel[] = [
  { name: "qwen2.5:1.5b", label: "Qwen 2.5 1.5B (default)", runnerOptions: { num_ctx: 8192 } },
  { name: "qwen2.5:0.5b", label: "Qwen 2.5 0.5B (fastest)", runnerOptions: { num_ctx: 8192 } },
  { name: "llama3.2:1b", label: "Llama 3.2 1B", runnerOptions: { num_ctx: 8192 } },
  { name: "gemma3:1b", label: "Gemma 3 1B", runnerOptions: { num_ctx: 8192 } },
];

export const DEFAULT_BASE_MODEL = "qwen2.5:1.5b";

/**
 * The allowed bases: the built-in list plus the deployment's configured base
 * (BRANDSMITH_BASE_MODEL), which also becomes the default.
 */
export function allowedBaseModels(configured: string | undefined = process.env.BRANDSMITH_BASE_MODEL): { bases: readonly BaseModel[]; defaultBase: string } {
  const name = configured?.trim();
  if (!name) return { bases: BASE_MODELS, defaultBase: DEFAULT_BASE_MODEL };
  const known = BASE_MODELS.some((b) => b.name === name);
  const bases = known ? BASE_MODELS : [...BASE_MODELS, { name, label: `${name} (configured)`, runnerOptions: { num_ctx: 8192 } }];
  return { bases, defaultBase: name };
}

export function baseModel(name: string): BaseModel | null {
  return allowedBaseModels().bases.find((b) => b.name === name) ?? null;
}

export interface SamplingParameters {
  temperature: number;
  top_p: number;
  repeat_penalty: number;
}

export const DEFAULT_SAMPLING: SamplingParameters = { temperature: 0.7, top_p: 0.9, repeat_penalty: 1.1 };

export interface FewShotExample {
  prompt: string;
  answer: string;
}

export interface TenantModelSpec {
  tenantSlug: string;
  version: number;
  base: string;
  system: string;
  sampling: SamplingParameters;
  examples: FewShotExample[];
  adapter: { filename: string; digest: string } | null;
}

export function ollamaModelName(tenantSlug: string, version: number): string {
  return `brandsmith/${tenantSlug}:v${version}`;
}

/** What the scheduler's affinity keys on: same base and adapter means same loaded runner. */
export function runnerKey(spec: { base: string; adapter: { digest: string } | null }): string {
  return `${spec.base}|${spec.adapter?.digest ?? "-"}`;
}

/** The base a runner key (see runnerKey) runs on. */
export function baseOfRunnerKey(key: string): string {
  const bar = key.lastIndexOf("|");
  return bar < 0 ? key : key.slice(0, bar);
}

/**
 * The runner options every request on `base` carries, whether it names the
 * base itself (a workspace without a version, extraction, embeddings) or a
 * tenant model built on it: Ollama loads a second runner for the same
 * weights when they differ. Null for a model that is not an allowed base.
 */
export function runnerOptionsOf(base: string): Record<string, number> | null {
  return baseModel(base)?.runnerOptions ?? null;
}

export function createRequest(spec: TenantModelSpec) {
  const base = baseModel(spec.base);
  if (!base) throw new Error(`"${spec.base}" is not an allowed base model. Choose one of: ${allowedBaseModels().bases.map((b) => b.name).join(", ")}.`);
  return {
    model: ollamaModelName(spec.tenantSlug, spec.version),
    from: spec.base,
    system: spec.system,
    parameters: { ...spec.sampling, ...base.runnerOptions },
    messages: spec.examples.flatMap((e) => [
      { role: "user", content: e.prompt },
      { role: "assistant", content: e.answer },
    ]),
    ...(spec.adapter ? { adapters: { [spec.adapter.filename]: spec.adapter.digest } } : {}),
  };
}

/** The same model as a Modelfile, for people who know Ollama. */
export function modelfile(spec: TenantModelSpec): string {
  const request = createRequest(spec);
  const quote = (text: string) => `"""${text.replace(/"""/g, '\\"\\"\\"')}"""`;
  const lines = [`FROM ${spec.base}`];
  if (spec.adapter) lines.push(`ADAPTER ./${spec.adapter.filename}  # ${spec.adapter.digest}`);
  lines.push(`SYSTEM ${quote(spec.system)}`);
  for (const [key, value] of Object.entries(request.parameters)) lines.push(`PARAMETER ${key} ${value}`);
  for (const message of request.messages) lines.push(`MESSAGE ${message.role} ${quote(message.content)}`);
  return lines.join("\n") + "\n";
}

/** The system prompt for a tenant that has no brand profile yet: honest, short, on task. */
export function defaultSystemPrompt(tenantName: string): string {
  return [
    `You write marketing copy for ${tenantName}.`,
    "Write clearly and concretely, in the company's voice, for real customers.",
    "Never invent prices, product features, statistics or claims that you were not given.",
    "When asked for JSON, answer with JSON only.",
  ].join("\n");
}
