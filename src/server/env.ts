/**
 * Configuration the processes read from the environment. `REQUIRED_ENV` is the
 * contract with deploy/ and docker-compose.yml: a test checks that every
 * compose service sets what its process requires.
 */
export const REQUIRED_ENV = {
  web: ["DATABASE_URL", "AUTH_SECRET", "APP_URL"],
  worker: ["DATABASE_URL"],
  migrate: ["MIGRATION_DATABASE_URL", "DATABASE_URL"],
} as const;

export type ProcessKind = keyof typeof REQUIRED_ENV;

export function missingEnv(kind: ProcessKind, env: NodeJS.ProcessEnv = process.env): string[] {
  return REQUIRED_ENV[kind].filter((name) => !env[name]);
}

export function assertEnv(kind: ProcessKind, env: NodeJS.ProcessEnv = process.env): void {
  const missing = missingEnv(kind, env);
  if (missing.length > 0) {
    throw new Error(`Missing environment for the ${kind} process: ${missing.join(", ")}. See README.md → Configuration.`);
  }
}

/** The public URL people open; invite links are built on it. */
export function appUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/**
 * The OpenAI-compatible multi-LoRA engine (MODEL_PROVIDER=openai), e.g. vLLM:
 * OPENAI_BASE_URL (one or several, comma-separated; `|N` after a URL for its
 * --max-num-seqs, default OPENAI_NUM_SEQS or 16), OPENAI_API_KEY (vLLM's
 * --api-key, optional) and OPENAI_ADAPTER_DIR: where tenant adapters are
 * written for the engine to load, the same path on the workers and the
 * engine (a shared volume). Null when OPENAI_BASE_URL is unset.
 */
export function openAIEngineEnv(env: NodeJS.ProcessEnv = process.env) {
  const baseUrl = env.OPENAI_BASE_URL?.trim();
  if (!baseUrl) return null;
  return {
    baseUrl,
    apiKey: env.OPENAI_API_KEY?.trim() || undefined,
    adapterDir: env.OPENAI_ADAPTER_DIR?.trim() || `${env.BRANDSMITH_DATA_DIR ?? ".data"}/engine-adapters`,
    defaultSeqs: Number(env.OPENAI_NUM_SEQS ?? 16),
  };
}
