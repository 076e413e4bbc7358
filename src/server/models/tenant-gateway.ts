/**
 * The model gateway as one tenant's jobs use it: any of the tenant's model
 * versions that a host lacks is restored there from its stored spec, its
 * LoRA adapter pushed from the adapter store first, through the same
 * ensureModel a build uses; each restore shows on the Models page (the
 * version's per-host status: restoring, then ready or why not) and in the
 * model_restores_total metric. Allowed bases are pulled where missing.
 */
import { and, eq, sql } from "drizzle-orm";
import { ModelError } from "@/ai/errors";
import { ModelGateway, type GatewayOptions, type RestoreEvent } from "@/ai/gateway";
import type { ServingProvider } from "@/ai/serving";
import { baseModel, createRequest } from "@/ai/tenant-model";
import { HOST_READY, HOST_RESTORING } from "@/domain/model-hosts";
import { getDb, type Database } from "@/server/db/client";
import { tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { getLogger } from "@/server/observability/logger";
import { modelRestoreMetrics } from "@/server/observability/model-restores";
import { StoredFileMissing } from "@/server/storage";
import { readAdapter } from "./adapter-store";
import { ModelKeeper } from "./keeper";

export function tenantModelGateway(provider: ServingProvider, tenantId: string, options: Pick<GatewayOptions, "onProgress"> & { db?: Database } = {}): ModelGateway {
  const db = options.db ?? getDb();
  return new ModelGateway(provider, {
    resolveModel: async (name) => {
      const spec = await storedSpec(db, tenantId, name);
      return spec && createRequest(spec);
    },
    readBlob: (digest) => readAdapterBlob(tenantId, digest),
    isPullable: (name) => baseModel(name) !== null,
    onProgress: options.onProgress,
    onRestore: (event) => recordRestore(db, tenantId, event),
    onUse: (model) => {
      if (!baseModel(model)) modelKeeper().keep(model, tenantId);
    },
  });
}

async function storedSpec(db: Database, tenantId: string, ollamaName: string) {
  const [row] = await withTenant(db, tenantId, (tx) =>
    tx
      .select({ spec: tenantModels.spec })
      .from(tenantModels)
      .where(and(eq(tenantModels.tenantId, tenantId), eq(tenantModels.ollamaName, ollamaName))),
  );
  return row?.spec ?? null;
}

/** A version's adapter from the file storage; missing there, the version cannot be put on a host by this process. */
export async function readAdapterBlob(tenantId: string, digest: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readAdapter(tenantId, digest);
  } catch (error) {
    if (!(error instanceof StoredFileMissing)) throw error;
    throw new ModelError(
      "bad_request",
      `The adapter file (${digest.slice(0, 19)}…) is not in this worker's file storage (${error.location}), so the model cannot be put on the model server. Give the web server and the workers the same STORAGE_URL (or, on one machine, the same ADAPTER_DIR), then build the version again.`,
      { cause: error },
    );
  }
}

/** A restore's progress into the version's per-host status (for the Models page), the metrics and the log. Never fails the request. */
async function recordRestore(db: Database, tenantId: string, event: RestoreEvent) {
  const log = getLogger().child({ tenantId, model: event.model, host: event.host, trigger: event.trigger });
  const metrics = modelRestoreMetrics();
  if (event.phase === "restoring") log.warn("model missing on its host; restoring it from its spec");
  if (event.phase === "restored") {
    metrics.restores.inc({ host: event.host, outcome: "restored", trigger: event.trigger });
    metrics.restoreSeconds.observe({ host: event.host }, event.ms / 1000);
    log.info({ ms: Math.round(event.ms) }, "model restored on its host");
  }
  if (event.phase === "failed") {
    metrics.restores.inc({ host: event.host, outcome: "failed", trigger: event.trigger });
    log.error({ err: event.error.message }, "model could not be restored on its host");
  }
  const status = event.phase === "restoring" ? HOST_RESTORING : event.phase === "restored" ? HOST_READY : event.error.message;
  await withTenant(db, tenantId, (tx) =>
    tx
      .update(tenantModels)
      .set({ hostStatus: sql`${tenantModels.hostStatus} || jsonb_build_object(${event.host}::text, ${status}::text)` })
      .where(and(eq(tenantModels.tenantId, tenantId), eq(tenantModels.ollamaName, event.model))),
  ).catch((error: unknown) => log.warn({ err: error }, "could not save the model's host status"));
}

const keeperKey = Symbol.for("brandsmith.model-keeper");
type GlobalWithKeeper = typeof globalThis & { [keeperKey]?: { keeper: ModelKeeper; provider: ServingProvider | null } };

/** This process's keeper: it restores on the process's model hosts, through each model's tenant gateway. */
export function modelKeeper(): ModelKeeper {
  const g = globalThis as GlobalWithKeeper;
  g[keeperKey] ??= {
    provider: null,
    keeper: new ModelKeeper(
      async ({ model, tenantId, host }) => {
        const provider = g[keeperKey]?.provider;
        return provider ? tenantModelGateway(provider, tenantId).restore(model, host, { trigger: "health_check" }) : false;
      },
      { onError: (error, entry) => getLogger().warn({ err: error instanceof Error ? error.message : error, ...entry }, "health check: restoring a missing model failed; trying again later") },
    ),
  };
  return g[keeperKey].keeper;
}

/** Has the keeper check after every health check of `provider` (the process's provider). */
export function keepModelsOn(provider: ServingProvider): () => void {
  const keeper = modelKeeper();
  (globalThis as GlobalWithKeeper)[keeperKey]!.provider = provider;
  return provider.onRefresh((hosts) => void keeper.check(hosts));
}
