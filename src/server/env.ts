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
