/**
 * deploy/kubernetes cannot be applied here (no cluster), so its contract is
 * checked instead: every manifest parses and each object validates against
 * the Kubernetes, KEDA and CloudNativePG schemas; both overlays render (with
 * kubectl, when installed) into valid objects; every process gets the
 * variables it requires; every Secret and ConfigMap key referenced exists;
 * every probe path exists; KEDA reads a view the migrations create.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as keda from "@kubernetes-models/keda/keda.sh/v1alpha1";
import * as cnpg from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";
import * as apps from "kubernetes-models/apps/v1";
import * as autoscaling from "kubernetes-models/autoscaling/v2";
import * as batch from "kubernetes-models/batch/v1";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as policy from "kubernetes-models/policy/v1";
import * as core from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { REQUIRED_ENV, type ProcessKind } from "@/server/env";

const ROOT = "deploy/kubernetes";
const OVERLAYS = ["single-node", "production"];
const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  "apps/v1": apps,
  "batch/v1": batch,
  "networking.k8s.io/v1": networking,
  "policy/v1": policy,
  "autoscaling/v2": autoscaling,
  "keda.sh/v1alpha1": keda,
  "postgresql.cnpg.io/v1": cnpg,
};

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [key: string]: unknown;
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  terminationGracePeriodSeconds?: number;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(full) : entry.name.endsWith(".yaml") ? [full] : [];
  });
}

function parseObjects(text: string, source: string): K8sObject[] {
  return parseAllDocuments(text).map((doc) => {
    expect(doc.errors, source).toEqual([]);
    return doc.toJS() as K8sObject;
  });
}

function validate(object: K8sObject) {
  const Model = MODELS[object.apiVersion]?.[object.kind] as (new (data: unknown) => { validate(): void }) | undefined;
  if (!Model) throw new Error(`No schema for ${object.apiVersion} ${object.kind} (${object.metadata?.name})`);
  new Model(object).validate();
}

/** Files a kustomization applies as patches are partial objects: validated only once rendered. */
function patchFiles(): Set<string> {
  const patches = new Set<string>();
  for (const file of yamlFiles(ROOT).filter((f) => path.basename(f) === "kustomization.yaml")) {
    const kustomization = parseObjects(readFileSync(file, "utf8"), file)[0] as unknown as { patches?: { path: string }[] };
    for (const patch of kustomization.patches ?? []) patches.add(path.join(path.dirname(file), patch.path));
  }
  return patches;
}

const hasKubectl = (() => {
  try {
    execFileSync("kubectl", ["version", "--client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

function render(overlay: string): K8sObject[] {
  return parseObjects(execFileSync("kubectl", ["kustomize", path.join(ROOT, "overlays", overlay)], { encoding: "utf8" }), overlay);
}

const podSpec = (object: K8sObject): PodSpec | null => {
  const spec = object.spec as { template?: { spec?: PodSpec } } | undefined;
  return spec?.template?.spec ?? null;
};
const exampleSecret = parseObjects(readFileSync(path.join(ROOT, "secret.example.yaml"), "utf8"), "secret.example.yaml")[0] as K8sObject & { stringData: Record<string, string> };

describe("deploy/kubernetes", () => {
  const patches = patchFiles();
  const files = yamlFiles(ROOT).filter((f) => path.basename(f) !== "kustomization.yaml" && !patches.has(f));

  it.each(files)("%s holds valid Kubernetes objects", (file) => {
    const objects = parseObjects(readFileSync(file, "utf8"), file);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) validate(object);
  });

  it("lists only files that exist in its kustomizations", () => {
    for (const file of yamlFiles(ROOT).filter((f) => path.basename(f) === "kustomization.yaml")) {
      const kustomization = parseObjects(readFileSync(file, "utf8"), file)[0] as unknown as { resources?: string[]; patches?: { path: string }[] };
      for (const entry of [...(kustomization.resources ?? []), ...(kustomization.patches ?? []).map((p) => p.path)]) {
        expect(existsSync(path.join(path.dirname(file), entry)), `${file} → ${entry}`).toBe(true);
      }
    }
  });

  describe.each(OVERLAYS)("the %s overlay, rendered", (overlay) => {
    const objects = hasKubectl ? render(overlay) : [];
    const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
    const named = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
    const config = () => (named("ConfigMap", "brandsmith-config") as unknown as { data: Record<string, string> }).data;

    it.skipIf(!hasKubectl)("renders valid objects, all in the brandsmith namespace", () => {
      expect(objects.length).toBeGreaterThan(10);
      for (const object of objects) {
        validate(object);
        if (object.kind !== "Namespace") expect((object.metadata as { namespace?: string }).namespace, object.metadata.name).toBe("brandsmith");
      }
    });

    it.skipIf(!hasKubectl)("sets every variable each process requires, from keys that exist", () => {
      const processes: [ProcessKind, K8sObject | undefined, string][] = [
        ["web", named("Deployment", "brandsmith-web"), "web"],
        ["worker", named("Deployment", "brandsmith-worker"), "worker"],
        ["migrate", named("Job", "brandsmith-migrate"), "migrate"],
      ];
      for (const [kind, object, containerName] of processes) {
        const container = podSpec(object!)!.containers.find((c) => c.name === containerName)!;
        const fromConfig = (container.envFrom ?? []).flatMap((source) => (source.configMapRef ? Object.keys(config()) : []));
        const set = new Set([...(container.env ?? []).map((e) => e.name), ...fromConfig]);
        expect(REQUIRED_ENV[kind].filter((name) => !set.has(name)), `${kind} lacks`).toEqual([]);
        const entry = container.command!.at(-1)!;
        expect(existsSync(entry), entry).toBe(true);
      }
    });

    it.skipIf(!hasKubectl)("references only Secret keys the example Secret has, and ConfigMap keys that exist", () => {
      const secretKeys = new Set(Object.keys(exampleSecret.stringData));
      const configKeys = new Set(Object.keys(config()));
      const referenced: string[] = [];
      for (const object of objects) {
        const spec = podSpec(object);
        for (const container of spec ? [...spec.containers, ...(spec.initContainers ?? [])] : []) {
          for (const env of container.env ?? []) {
            const secret = env.valueFrom?.secretKeyRef;
            if (secret) {
              expect(secret.name).toBe("brandsmith-secrets");
              referenced.push(secret.key);
              expect(secretKeys, `${object.metadata.name}: ${secret.key}`).toContain(secret.key);
            }
            const configKey = env.valueFrom?.configMapKeyRef;
            if (configKey) expect(configKeys, `${object.metadata.name}: ${configKey.key}`).toContain(configKey.key);
          }
        }
      }
      for (const auth of byKind("TriggerAuthentication")) {
        for (const ref of (auth.spec as { secretTargetRef: { name: string; key: string }[] }).secretTargetRef) {
          expect(ref.name).toBe("brandsmith-secrets");
          expect(secretKeys).toContain(ref.key);
        }
      }
      expect(referenced).toEqual(expect.arrayContaining(["DATABASE_URL", "AUTH_SECRET", "MIGRATION_DATABASE_URL", "STORAGE_URL"]));
    });

    it.skipIf(!hasKubectl)("probes paths that exist, and gives workers longer than their drain to stop", () => {
      const web = podSpec(named("Deployment", "brandsmith-web")!)!.containers[0]!;
      for (const probe of [web.readinessProbe, web.livenessProbe]) {
        expect(existsSync(path.join("src/app", probe!.httpGet!.path, "route.ts")), probe!.httpGet!.path).toBe(true);
      }
      const workerSpec = podSpec(named("Deployment", "brandsmith-worker")!)!;
      const worker = workerSpec.containers[0]!;
      const metricsPort = worker.ports!.find((p) => p.name === "metrics")!.containerPort;
      // The worker's metrics server (workers/worker.ts) answers every path on WORKER_METRICS_PORT.
      expect(String(metricsPort)).toBe(config().WORKER_METRICS_PORT);
      for (const probe of [worker.readinessProbe, worker.livenessProbe]) expect(probe!.httpGet!.port).toBe("metrics");
      expect(workerSpec.terminationGracePeriodSeconds! * 1000).toBeGreaterThan(Number(config().WORKER_DRAIN_MS) + 10_000);
    });

    it.skipIf(!hasKubectl)("scales the workers with KEDA on the runnable-jobs view the migrations create", () => {
      const [scaled] = byKind("ScaledObject") as (K8sObject & { spec: { scaleTargetRef: { name: string }; minReplicaCount: number; maxReplicaCount: number; triggers: { type: string; name: string; metadata: { query: string } }[] } })[];
      expect(named("Deployment", scaled!.spec.scaleTargetRef.name)).toBeDefined();
      expect(scaled!.spec.triggers.map((t) => [t.type, t.name])).toEqual([
        ["postgresql", "interactive"],
        ["postgresql", "batch"],
      ]);
      const migrations = readdirSync("drizzle").filter((f) => f.endsWith(".sql")).map((f) => readFileSync(path.join("drizzle", f), "utf8")).join("\n");
      for (const trigger of scaled!.spec.triggers) {
        const view = /FROM (\w+)/.exec(trigger.metadata.query)![1]!;
        expect(migrations).toContain(`CREATE VIEW "${view}"`);
      }
      expect(scaled!.spec.minReplicaCount).toBeLessThanOrEqual(scaled!.spec.maxReplicaCount);
    });

    it.skipIf(!hasKubectl)("lets only web and workers reach Ollama, and nothing reach the metadata address", () => {
      const policies = byKind("NetworkPolicy") as (K8sObject & { spec: Record<string, unknown> })[];
      const ollama = policies.find((p) => p.metadata.name === "ollama-from-app-only")!;
      expect(JSON.stringify(ollama.spec)).toContain('"values":["web","worker"]');
      const egress = policies.find((p) => p.metadata.name === "no-metadata-egress")!;
      expect(egress.spec.podSelector).toEqual({});
      expect(JSON.stringify(egress.spec)).toContain('"except":["169.254.169.254/32"]');
    });
  });

  it.skipIf(!hasKubectl)("single-node runs Postgres from CloudNativePG and MinIO; production runs GPU Ollama replicas and scales the web tier", () => {
    const single = render("single-node");
    expect(single.map((o) => o.kind)).toEqual(expect.arrayContaining(["Cluster", "StatefulSet", "ScaledObject"]));
    expect(single.find((o) => o.kind === "Deployment" && o.metadata.name === "minio")).toBeDefined();
    const production = render("production");
    expect(production.map((o) => o.kind)).not.toContain("Cluster");
    expect(production.find((o) => o.kind === "HorizontalPodAutoscaler")).toMatchObject({ spec: { scaleTargetRef: { name: "brandsmith-web" } } });
    const ollama = production.find((o) => o.kind === "StatefulSet")! as K8sObject & { spec: { replicas: number; template: { spec: PodSpec & { tolerations: { key: string }[] } } } };
    expect(ollama.spec.template.spec.tolerations.map((t) => t.key)).toContain("nvidia.com/gpu");
    const hosts = (production.find((o) => o.kind === "ConfigMap") as unknown as { data: Record<string, string> }).data.OLLAMA_HOST!.split(",");
    expect(hosts).toHaveLength(ollama.spec.replicas);
  });
});
