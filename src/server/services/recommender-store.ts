/**
 * Trained recommender models as stored in recommender_runs.model and as the
 * request path holds them: gzipped JSON whose typed arrays travel as base64
 * (read back in milliseconds, not parsed number by number), loaded once per
 * process and per workspace, and kept warm — when a training run finishes,
 * its job sends a NOTIFY and every web process that serves the workspace
 * loads the new model before anyone asks for it.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { and, desc, eq, sql } from "drizzle-orm";
import { emptyLists, packLists, type Neighbour } from "@/domain/recommend/lists";
import { groupByCategory } from "@/domain/recommend/signals";
import type { RecommenderModel } from "@/domain/recommend/train";
import { DEFAULT_OPTIONS, type RecommenderOptions } from "@/domain/recommend/types";
import { getConnection, type Database, type Transaction } from "@/server/db/client";
import { recommenderRuns } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";

/** A model with the product id of each index, and when it was trained (wall clock, ms). */
export interface StoredModel {
  productIds: string[];
  model: RecommenderModel;
  trainedAt: number;
}

/** Sent (with `{ tenantId, runId }`) in the transaction that marks a run ready. */
export const CHANNEL_RECOMMENDER_READY = "brandsmith_recommender_ready";

const TYPED = { Int32Array, Float32Array, Float64Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;

export function encodeModel(stored: StoredModel): Buffer {
  const json = JSON.stringify({ version: 2, ...stored }, (_key, value: unknown) => {
    for (const name of Object.keys(TYPED) as TypedName[]) {
      if (value instanceof TYPED[name]) return { $typed: name, base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
    }
    return value;
  });
  return gzipSync(json);
}

export function decodeModel(bytes: Buffer): StoredModel {
  const parsed = JSON.parse(gunzipSync(bytes).toString("utf8"), (_key, value: unknown) => {
    if (value && typeof value === "object" && "$typed" in value && "base64" in value) {
      const { $typed, base64 } = value as { $typed: TypedName; base64: string };
      // Copied into a fresh buffer: a Buffer's bytes may not be aligned for Float64Array.
      const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
      return new TYPED[$typed](bytes.buffer, 0, bytes.byteLength / TYPED[$typed].BYTES_PER_ELEMENT);
    }
    return value;
  }) as (StoredModel & { version: 2 }) | LegacyModel;
  return "version" in parsed ? { ...parsed, model: { ...parsed.model, options: { ...DEFAULT_OPTIONS, ...parsed.model.options } } } : fromLegacy(parsed);
}

/** Runs trained before complements, trends and new items were learned: neighbour lists and popularity only. */
interface LegacyModel {
  productIds: string[];
  categories: string[];
  inStock: boolean[];
  together: Neighbour[][];
  similar: Neighbour[][];
  popular: Neighbour[];
  options: Partial<RecommenderOptions>;
}

function fromLegacy(legacy: LegacyModel): StoredModel {
  const items = legacy.productIds.length;
  const categoryNames = [...new Set(legacy.categories)];
  const categoryOf = Int32Array.from(legacy.categories, (c) => categoryNames.indexOf(c));
  const top = legacy.popular[0]?.score || 1;
  const popularity = new Float32Array(items);
  for (const p of legacy.popular) popularity[p.item] = p.score / top;
  const categoryTop = new Float32Array(categoryNames.length);
  popularity.forEach((x, i) => (categoryTop[categoryOf[i]!] = Math.max(categoryTop[categoryOf[i]!]!, x)));
  const ranked = legacy.popular.map((p) => p.item);
  // The old model's only signals: what was bought together, what looks alike, and popularity.
  const options: RecommenderOptions = { ...DEFAULT_OPTIONS, ...legacy.options, blend: { ...DEFAULT_OPTIONS.blend, after: 0, instead: 0, nextLinePopularity: 0, trend: 0, fresh: 0 }, exploreSlots: 0 };
  return {
    productIds: legacy.productIds,
    trainedAt: 0,
    model: {
      items,
      categoryNames,
      categoryOf,
      inStock: Uint8Array.from(legacy.inStock, (s) => (s ? 1 : 0)),
      together: packLists(legacy.together),
      similar: packLists(legacy.similar),
      after: emptyLists(items),
      instead: emptyLists(items),
      nextCategory: new Float32Array(categoryNames.length * categoryNames.length).fill(1 / Math.max(1, categoryNames.length)),
      sameCategoryShare: 1,
      recency: {
        halfLifeDays: options.halfLifeDays,
        popularity,
        popularityInCategory: Float32Array.from(popularity, (x, i) => x / (categoryTop[categoryOf[i]!] || 1)),
        popular: Int32Array.from(ranked),
        popularByCategory: groupByCategory(ranked, categoryOf, categoryNames.length, 100),
      },
      trend: new Float32Array(items),
      trending: new Int32Array(0),
      arrival: { firstSeen: new Float64Array(items), since: 0 },
      newItems: groupByCategory([], categoryOf, categoryNames.length, 0),
      asOf: 0,
      options,
    },
  };
}

/** A loaded model as the request path uses it: with product id → index. */
export interface LoadedModel extends StoredModel {
  runId: string;
  index: Map<string, number>;
}

// Per process and workspace: the model of the newest ready run. Every request still asks which run is the
// newest (in the transaction it opens anyway), so a run this process was not told about is a miss, not a stale
// answer. Kept on globalThis with its listener, so a dev reload of this module does not split the two.
interface Holder {
  warm: Map<string, LoadedModel>;
  listening: boolean;
}
const holderKey = Symbol.for("brandsmith.recommenderModels");
const holder = ((globalThis as typeof globalThis & { [holderKey]?: Holder })[holderKey] ??= { warm: new Map(), listening: false });
const warm = holder.warm;
/** Past this many workspaces' models, the least recently used one is dropped. */
const MAX_WARM_MODELS = 20;

/** The newest ready run's id, as a subquery: a request can ask for it alongside its own first query. */
export function newestReadyRun(tenantId: string) {
  return sql<string | null>`(select ${recommenderRuns.id} from ${recommenderRuns} where ${recommenderRuns.tenantId} = ${tenantId} and ${recommenderRuns.status} = 'ready' order by ${recommenderRuns.createdAt} desc limit 1)`;
}

/** The newest ready run's model for the workspace of `tx`, from memory when this process has it. */
export async function currentModel(tx: Transaction, tenantId: string): Promise<LoadedModel | null> {
  const [run] = await tx
    .select({ id: recommenderRuns.id })
    .from(recommenderRuns)
    .where(and(eq(recommenderRuns.tenantId, tenantId), eq(recommenderRuns.status, "ready")))
    .orderBy(desc(recommenderRuns.createdAt))
    .limit(1);
  return modelOf(tx, tenantId, run?.id ?? null);
}

/** A run's model, from memory when this process holds it, else read, decoded and held. */
export async function modelOf(tx: Transaction, tenantId: string, runId: string | null): Promise<LoadedModel | null> {
  listenForNewModels();
  if (!runId) return null;
  const held = warm.get(tenantId);
  if (held?.runId === runId) {
    // Least recently used goes first: a Map keeps insertion order, so a hit moves to the end.
    warm.delete(tenantId);
    warm.set(tenantId, held);
    return held;
  }
  const [row] = await tx
    .select({ model: recommenderRuns.model })
    .from(recommenderRuns)
    .where(and(eq(recommenderRuns.id, runId), eq(recommenderRuns.tenantId, tenantId)));
  if (!row?.model) return null;
  return keep(tenantId, runId, row.model);
}

/** The run whose model this process holds for the workspace, if any. */
export function heldRun(tenantId: string): string | null {
  return warm.get(tenantId)?.runId ?? null;
}

function keep(tenantId: string, runId: string, bytes: Buffer): LoadedModel {
  const stored = decodeModel(bytes);
  const loaded = { ...stored, runId, index: new Map(stored.productIds.map((id, i) => [id, i])) };
  warm.delete(tenantId);
  if (warm.size >= MAX_WARM_MODELS) warm.delete(warm.keys().next().value!);
  warm.set(tenantId, loaded);
  return loaded;
}

/** Tells every web process that `runId` is the workspace's new model; delivered when `tx` commits. */
export async function announceModel(tx: Transaction, tenantId: string, runId: string) {
  await tx.execute(sql`select pg_notify(${CHANNEL_RECOMMENDER_READY}, ${JSON.stringify({ tenantId, runId })})`);
}

/** One LISTEN per process (postgres.js listens again after a reconnect), started by the first request that needs a model. */
function listenForNewModels() {
  if (holder.listening) return;
  holder.listening = true;
  try {
    void getConnection()
      .sql.listen(CHANNEL_RECOMMENDER_READY, (payload) => void preload(payload))
      .catch(() => (holder.listening = false));
  } catch {
    // No process pool (DATABASE_URL unset): requests load models themselves.
    holder.listening = false;
  }
}

/** Loads an announced model ahead of the first request, if this process serves that workspace. */
async function preload(payload: string, db: Database = getConnection().db) {
  let announced: { tenantId: string; runId: string };
  try {
    announced = JSON.parse(payload) as { tenantId: string; runId: string };
  } catch {
    return;
  }
  if (!warm.has(announced.tenantId) || warm.get(announced.tenantId)?.runId === announced.runId) return;
  try {
    await withTenant(db, announced.tenantId, (tx) => currentModel(tx, announced.tenantId));
  } catch {
    // The next request loads it instead.
  }
}
