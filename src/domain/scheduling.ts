/**
 * Which pending jobs a worker should start next (ARCHITECTURE §4). Pure: the
 * queue client feeds it candidates and the current load, and claims what it
 * picks. Three concerns, in this order:
 *
 * 1. Bounded wait: a job ready for `maxWaitMs` or longer goes first, oldest
 *    first, so neither fairness nor affinity can starve anyone.
 * 2. Priority, then weighted fair share: interactive jobs before batch ones;
 *    within a class, the tenant with the least recent service per unit of
 *    weight goes next (recent = running + started in the last window + picked
 *    in this round), and no tenant exceeds its concurrency cap.
 * 3. Runner affinity: among tenants within `fairnessSlack` of the fairest
 *    share, prefer a job whose runner key is already loaded on a model host
 *    with a free slot, so a reload is avoided.
 */

export interface Candidate {
  id: string;
  tenantId: string;
  /** 0 = interactive, larger = later. */
  priority: number;
  /** The model runner the job needs; null for jobs that use no model. */
  runnerKey: string | null;
  /** When the job became runnable (ms since epoch). */
  readyAt: number;
}

export interface TenantLoad {
  running: number;
  /** Jobs started within the fairness window. */
  recentlyStarted: number;
}

export interface ModelHost {
  host: string;
  freeSlots: number;
  loadedKeys: readonly string[];
}

export interface SchedulingOptions {
  maxWaitMs: number;
  defaultTenantCap: number;
  /** How far (in jobs, per unit of weight) affinity may bend the fair order. */
  fairnessSlack: number;
}

export const DEFAULT_SCHEDULING: SchedulingOptions = { maxWaitMs: 30_000, defaultTenantCap: 8, fairnessSlack: 1 };

export interface SchedulingInput {
  candidates: readonly Candidate[];
  load: Readonly<Record<string, TenantLoad>>;
  weights?: Readonly<Record<string, number>>;
  caps?: Readonly<Record<string, number>>;
  /** Known model hosts; empty when the provider has none (affinity then does nothing). */
  hosts?: readonly ModelHost[];
  slots: number;
  now: number;
  options?: Partial<SchedulingOptions>;
}

export interface Pick {
  jobId: string;
  tenantId: string;
  /** The host the job should run on, when hosts are known and it needs a model. */
  host: string | null;
  /** Whether starting it means loading its runner on that host. */
  reload: boolean;
  reason: "aged" | "fair" | "affinity";
}

export function schedule(input: SchedulingInput): Pick[] {
  const options = { ...DEFAULT_SCHEDULING, ...input.options };
  const hosts = (input.hosts ?? []).map((h) => ({ host: h.host, free: h.freeSlots, loaded: new Set(h.loadedKeys) }));
  const useHosts = hosts.length > 0;
  const picked = new Map<string, number>();
  const taken = new Set<string>();
  const picks: Pick[] = [];

  const weight = (tenant: string) => Math.max(input.weights?.[tenant] ?? 1, 0.01);
  const cap = (tenant: string) => input.caps?.[tenant] ?? options.defaultTenantCap;
  const inFlight = (tenant: string) => (input.load[tenant]?.running ?? 0) + (picked.get(tenant) ?? 0);
  const usage = (tenant: string) => (inFlight(tenant) + (input.load[tenant]?.recentlyStarted ?? 0)) / weight(tenant);
  const warmHost = (key: string) => hosts.find((h) => h.free > 0 && h.loaded.has(key));
  const anyFreeHost = () => hosts.some((h) => h.free > 0);
  const runnable = (c: Candidate) => !taken.has(c.id) && inFlight(c.tenantId) < cap(c.tenantId) && (!useHosts || !c.runnerKey || anyFreeHost());
  const older = (a: Candidate, b: Candidate) => a.priority - b.priority || a.readyAt - b.readyAt || (a.id < b.id ? -1 : 1);

  while (picks.length < input.slots) {
    const eligible = input.candidates.filter(runnable);
    if (eligible.length === 0) break;

    let choice: Candidate;
    let reason: Pick["reason"];
    const aged = eligible.filter((c) => input.now - c.readyAt >= options.maxWaitMs);
    if (aged.length > 0) {
      choice = aged.reduce((a, b) => (older(a, b) <= 0 ? a : b));
      reason = "aged";
    } else {
      const topClass = Math.min(...eligible.map((c) => c.priority));
      const inClass = eligible.filter((c) => c.priority === topClass);
      const fairest = Math.min(...inClass.map((c) => usage(c.tenantId)));
      const withinSlack = inClass.filter((c) => usage(c.tenantId) <= fairest + options.fairnessSlack / weight(c.tenantId));
      const isWarm = (c: Candidate) => !useHosts || c.runnerKey === null || warmHost(c.runnerKey) !== undefined;
      const rank = (c: Candidate) => [isWarm(c) ? 0 : 1, usage(c.tenantId), c.readyAt] as const;
      choice = withinSlack.reduce((a, b) => (compareRanks(rank(a), rank(b)) <= 0 ? a : b));
      const fairChoice = inClass.filter((c) => usage(c.tenantId) === fairest).reduce((a, b) => (older(a, b) <= 0 ? a : b));
      reason = choice.id === fairChoice.id ? "fair" : "affinity";
    }

    let host: string | null = null;
    let reload = false;
    if (useHosts && choice.runnerKey) {
      const warm = warmHost(choice.runnerKey);
      const target = warm ?? hosts.filter((h) => h.free > 0).reduce((a, b) => (b.free > a.free ? b : a));
      reload = !warm;
      target.free -= 1;
      target.loaded.add(choice.runnerKey);
      host = target.host;
    }
    taken.add(choice.id);
    picked.set(choice.tenantId, (picked.get(choice.tenantId) ?? 0) + 1);
    picks.push({ jobId: choice.id, tenantId: choice.tenantId, host, reload, reason });
  }
  return picks;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Jain's fairness index of per-tenant service: 1 = perfectly even, 1/n = one tenant got everything. */
export function jainIndex(shares: readonly number[]): number {
  if (shares.length === 0) return 1;
  const sum = shares.reduce((a, b) => a + b, 0);
  const squares = shares.reduce((a, b) => a + b * b, 0);
  return squares === 0 ? 1 : (sum * sum) / (shares.length * squares);
}

/** Exponential backoff with full jitter: a random delay in [base·2^(attempt-1)/2, base·2^(attempt-1)], capped. */
export function retryDelayMs(attempt: number, random: () => number, baseMs = 1_000, maxMs = 10 * 60_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
