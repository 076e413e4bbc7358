/**
 * Which pending jobs a worker should start next (ARCHITECTURE §4). Pure: the
 * queue client feeds it candidates and the current load, and claims what it
 * picks. Three concerns, in this order:
 *
 * 1. Bounded wait: a job ready for `maxWaitMs` or longer goes first, oldest
 *    first, so neither fairness nor affinity can starve anyone.
 * 2. Priority: interactive jobs before batch ones; no tenant exceeds its
 *    concurrency cap.
 * 3. Runner affinity, then weighted fair share: jobs whose runner is already
 *    loaded on a host with a free slot go before jobs that need a reload (a
 *    reload costs more than most jobs); among them, the tenant with the least
 *    recent service per unit of weight goes next (recent = running + started
 *    in the last window + picked in this round). When every job needs a
 *    reload, the runner most waiting jobs need is loaded, so one load serves
 *    many. Tenants on the same base model share its runner, so for them this
 *    is plain fair share; the bounded wait caps what affinity may cost anyone.
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
  /**
   * It was running and its worker was lost or stopped: it had its turn
   * already, so it goes first in its class (ahead of fair share), not to
   * the back of its tenant's backlog.
   */
  resumed?: boolean;
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
  /**
   * Jobs one tenant may run at once across the pool. 10 = the most variants
   * one brief asks for, so a whole batch is written side by side when the
   * pool has room; fair share still orders tenants when it does not.
   */
  defaultTenantCap: number;
  /**
   * A runner is loaded for fewer than `coldBatch` waiting jobs only once the
   * oldest of them has waited `coldHoldMs`: a short hold lets jobs for the
   * same runner gather, so one load serves several (and does not evict a
   * runner others are about to need). Interactive jobs are never held.
   */
  coldHoldMs: number;
  coldBatch: number;
}

export const DEFAULT_SCHEDULING: SchedulingOptions = { maxWaitMs: 30_000, defaultTenantCap: 10, coldHoldMs: 4_000, coldBatch: 6 };

export interface SchedulingInput {
  candidates: readonly Candidate[];
  load: Readonly<Record<string, TenantLoad>>;
  weights?: Readonly<Record<string, number>>;
  caps?: Readonly<Record<string, number>>;
  /** Known model hosts; empty when the provider has none (affinity then does nothing). */
  hosts?: readonly ModelHost[];
  /**
   * The host the model gateway will send a runner's requests to now (its home
   * on the ring, or where it sheds to), when routing decides that rather than
   * the scheduler: a job is then warm only there, and runs only when that host
   * has a free slot. Without it, any host with a free slot may take a job.
   */
  home?: (runnerKey: string) => string | null;
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
  const homeHost = (key: string) => {
    const home = input.home?.(key);
    return home ? hosts.find((h) => h.host === home) : undefined;
  };
  // With a home: a job whose runner is loaded there goes there even when its slots are taken (the host queues
  // it, which costs less than loading the runner elsewhere); one that needs a load waits for a free slot there.
  const warmHost = (key: string) => {
    const home = homeHost(key);
    if (home) return home.loaded.has(key) ? home : undefined;
    return hosts.find((h) => h.free > 0 && h.loaded.has(key));
  };
  // A job past the bounded wait goes to its home whatever it holds: warm jobs keeping the home's slots full must not starve it.
  const hostFor = (key: string, aged = false) => {
    const home = homeHost(key);
    if (home) return aged || home.free > 0 || home.loaded.has(key) ? home : undefined;
    const free = hosts.filter((h) => h.free > 0);
    return free.length === 0 ? undefined : (warmHost(key) ?? free.reduce((a, b) => (b.free > a.free ? b : a)));
  };
  const isAged = (c: Candidate) => input.now - c.readyAt >= options.maxWaitMs;
  const runnable = (c: Candidate) => !taken.has(c.id) && inFlight(c.tenantId) < cap(c.tenantId) && (!useHosts || !c.runnerKey || hostFor(c.runnerKey, isAged(c)) !== undefined);
  const resumedFirst = (c: Candidate) => (c.resumed ? 0 : 1);
  const older = (a: Candidate, b: Candidate) => a.priority - b.priority || resumedFirst(a) - resumedFirst(b) || a.readyAt - b.readyAt || (a.id < b.id ? -1 : 1);

  while (picks.length < input.slots) {
    const eligible = input.candidates.filter(runnable);
    if (eligible.length === 0) break;

    let choice: Candidate;
    let reason: Pick["reason"];
    const aged = eligible.filter(isAged);
    if (aged.length > 0) {
      choice = aged.reduce((a, b) => (older(a, b) <= 0 ? a : b));
      reason = "aged";
    } else {
      const topClass = Math.min(...eligible.map((c) => c.priority));
      const inClass = eligible.filter((c) => c.priority === topClass);
      const fairest = (pool: Candidate[]) =>
        pool.reduce((a, b) => (compareRanks([resumedFirst(a), usage(a.tenantId), a.readyAt], [resumedFirst(b), usage(b.tenantId), b.readyAt]) <= 0 ? a : b));
      const fairChoice = fairest(inClass);
      const isWarm = (c: Candidate) => !useHosts || c.runnerKey === null || warmHost(c.runnerKey) !== undefined;
      const warm = inClass.filter(isWarm);
      if (warm.length > 0) {
        // Fair share among the jobs that need no reload.
        choice = fairest(warm);
      } else {
        // Every job needs a reload: load the runner that the most waiting jobs need, so one load serves many.
        const byKey = new Map<string, Candidate[]>();
        for (const c of inClass) byKey.set(c.runnerKey!, [...(byKey.get(c.runnerKey!) ?? []), c]);
        const oldest = (group: Candidate[]) => Math.min(...group.map((c) => c.readyAt));
        const holdable = topClass > 0;
        const loadable = [...byKey.values()].filter((g) => !holdable || g.length >= options.coldBatch || input.now - oldest(g) >= options.coldHoldMs);
        if (loadable.length === 0) break;
        const group = loadable.reduce((a, b) => (b.length > a.length || (b.length === a.length && oldest(b) < oldest(a)) ? b : a));
        choice = fairest(group);
      }
      reason = choice.id === fairChoice.id ? "fair" : "affinity";
    }

    let host: string | null = null;
    let reload = false;
    if (useHosts && choice.runnerKey) {
      const target = hostFor(choice.runnerKey, isAged(choice))!;
      reload = !target.loaded.has(choice.runnerKey);
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
