/**
 * docker-compose.yml cannot be run here (no Docker engine), so its contract
 * with the code is checked instead: every service that runs a Brandsmith
 * process sets each variable that process requires, and runs files that exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REQUIRED_ENV, type ProcessKind } from "@/server/env";

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  labels?: Record<string, string>;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true }) as { services: Record<string, ComposeService> };
const services = Object.entries(compose.services);
const appServices = services.filter(([, service]) => service.labels?.["brandsmith.process"]);

describe("docker-compose.yml", () => {
  it("has the services production needs", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["migrate", "minio", "minio-bucket", "ollama", "ollama-pull", "postgres", "vllm", "web", "worker"]);
    // The multi-LoRA engine only runs when asked for, and reads adapters where the workers write them.
    const vllm = compose.services.vllm as ComposeService & { profiles?: string[]; volumes?: string[] };
    expect(vllm.profiles).toEqual(["vllm"]);
    expect(vllm.volumes).toContain(`engine-adapters:${compose.services.worker?.environment?.OPENAI_ADAPTER_DIR}`);
    expect(compose.services.postgres?.image).toMatch(/pgvector/);
  });

  it.each(appServices)("%s sets every variable its process requires", (_name, service) => {
    const kind = service.labels!["brandsmith.process"] as ProcessKind;
    expect(Object.keys(REQUIRED_ENV)).toContain(kind);
    const missing = REQUIRED_ENV[kind].filter((name) => !service.environment?.[name]);
    expect(missing).toEqual([]);
  });

  it("labels every service built from the app image with its process", () => {
    const built = services.filter(([, service]) => service.build);
    expect(built.map(([name]) => name).sort()).toEqual(appServices.map(([name]) => name).sort());
  });

  it("runs files that exist, from a Dockerfile that exists", () => {
    for (const [, service] of appServices) {
      expect(existsSync(service.build!.dockerfile)).toBe(true);
      const entry = service.command!.at(-1)!;
      expect(existsSync(entry), entry).toBe(true);
    }
  });

  it("connects the app as a login other than the table owner, and migrates first", () => {
    const owner = new URL(compose.services.migrate!.environment!.MIGRATION_DATABASE_URL!.replace(/\$\{[^}]+\}/g, "x")).username;
    for (const name of ["web", "worker"]) {
      const app = new URL(compose.services[name]!.environment!.DATABASE_URL!.replace(/\$\{[^}]+\}/g, "x")).username;
      expect(app).not.toBe(owner);
      expect(compose.services[name]!.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    }
  });

  it("gives the web server and the workers the same file storage, in MinIO, created before they start", () => {
    const web = compose.services.web!.environment!.STORAGE_URL;
    expect(web).toMatch(/^\$\{STORAGE_URL:-s3:\/\/.*@brandsmith\?endpoint=http:\/\/minio:9000/);
    expect(compose.services.worker!.environment!.STORAGE_URL).toBe(web);
    for (const name of ["web", "worker"]) expect(compose.services[name]!.depends_on?.["minio-bucket"]?.condition).toBe("service_completed_successfully");
  });

  it("documents every required secret in .env.example", () => {
    const example = readFileSync(".env.example", "utf8");
    const required = [...readFileSync("docker-compose.yml", "utf8").matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]);
    for (const name of new Set(required)) expect(example).toMatch(new RegExp(`^${name}=`, "m"));
  });
});
