/**
 * Deterministic, in-process simulation of one model host: our pure
 * `schedule()` policy versus FIFO on the same seeded workload. No database,
 * no wall clock: time is simulated milliseconds, so the result is the same on
 * every machine.
 *
 * The host has `parallel` execution slots and room for `runnerSlots` loaded
 * runners (adapters). Starting a job whose runner is not loaded costs
 * `reloadMs` on top of `serviceMs`, and evicts the least recently used runner
 * that no running job needs. A job that starts while its runner is still
 * loading for another job waits for that load rather than loading it twice.
 */
import { schedule, type Candidate, type TenantLoad } from "@/domain/scheduling";
import { mulberry32, percentile } from "./stats";

export interface AffinityConfig {
  seed: number;
  jobs: number;
  tenants: number;
  adapters: number;
  /** Zipf exponent of adapter popularity (0 = uniform). */
  adapterSkew: number;
  /** Runner keys that fit on the host at once (LRU beyond that). */
  runnerSlots: number;
  /** Jobs the host runs at once. */
  parallel: number;
  serviceMs: number;
  reloadMs: number;
  /** Mean arrivals per simulated second (Poisson). */
  arrivalsPerSecond: number;
  /** As in QueueRunner: jobs per tenant the policy sees beyond the free slots. */
  candidateWindow: number;
  /** As in QueueRunner's loadCandidates: "recently started" window. */
  fairnessWindowMs: number;
}

export const DEFAULT_AFFINITY: AffinityConfig = {
  seed: 20240611,
  jobs: 4000,
  tenants: 12,
  adapters: 6,
  adapterSkew: 1.2,
  runnerSlots: 3,
  parallel: 2,
  serviceMs: 100,
  reloadMs: 400,
  arrivalsPerSecond: 7,
  candidateWindow: 16,
  fairnessWindowMs: 30_000,
};

export interface SimJob {
  id: string;
  seq: number;
  tenantId: string;
  runnerKey: string;
  arrival: number;
}

export interface SimResult {
  policy: "ours" | "fifo";
  reloads: number;
  /** start − arrival, where start = the job is given a slot (its own reload, if any, comes after). */
  waitP50: number;
  waitP99: number;
  /** finish − arrival. */
  responseP99: number;
  makespanMs: number;
  /** Share of slot time spent reloading runners. */
  reloadShare: number;
  affinityPicks: number;
  agedPicks: number;
}

export function makeWorkload(config: AffinityConfig): SimJob[] {
  const random = mulberry32(config.seed);
  const weights = Array.from({ length: config.adapters }, (_, k) => 1 / (k + 1) ** config.adapterSkew);
  const total = weights.reduce((a, b) => a + b, 0);
  const drawAdapter = () => {
    let r = random() * total;
    for (let k = 0; k < weights.length; k++) {
      r -= weights[k]!;
      if (r <= 0) return k;
    }
    return weights.length - 1;
  };
  const jobs: SimJob[] = [];
  let t = 0;
  for (let i = 0; i < config.jobs; i++) {
    t += (-Math.log(1 - random()) * 1000) / config.arrivalsPerSecond;
    const tenant = Math.floor(random() * config.tenants);
    jobs.push({
      id: `j${String(i).padStart(6, "0")}`,
      seq: i,
      tenantId: `tenant-${String(tenant).padStart(2, "0")}`,
      runnerKey: `adapter-${drawAdapter()}`,
      arrival: Math.round(t * 1000) / 1000,
    });
  }
  return jobs;
}

interface RunningJob {
  end: number;
  key: string;
  tenantId: string;
}

export function simulate(policy: "ours" | "fifo", jobs: readonly SimJob[], config: AffinityConfig): SimResult {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const pending: SimJob[] = []; // arrival order
  const running: RunningJob[] = [];
  const lru: string[] = []; // least recently used first
  const keyReadyAt = new Map<string, number>();
  const startsByTenant = new Map<string, number[]>();
  const waits: number[] = [];
  const responses: number[] = [];
  let reloads = 0;
  let reloadTime = 0;
  let busyTime = 0;
  let affinityPicks = 0;
  let agedPicks = 0;
  let next = 0;
  let t = 0;
  let finished = 0;
  // Each job: one arrival, one finish, and a few 500 ms rechecks while held (bounded loop).
  const maxEvents = jobs.length * 40 + 10;

  const start = (job: SimJob) => {
    const loaded = lru.indexOf(job.runnerKey);
    let ready = t;
    if (loaded >= 0) {
      lru.splice(loaded, 1);
      ready = Math.max(t, keyReadyAt.get(job.runnerKey) ?? t);
    } else {
      if (lru.length >= config.runnerSlots) {
        const inUse = new Set(running.map((r) => r.key));
        const victim = lru.findIndex((k) => !inUse.has(k));
        if (victim < 0) throw new Error("no evictable runner: runnerSlots must exceed parallel");
        keyReadyAt.delete(lru[victim]!);
        lru.splice(victim, 1);
      }
      reloads++;
      reloadTime += config.reloadMs;
      ready = t + config.reloadMs;
      keyReadyAt.set(job.runnerKey, ready);
    }
    lru.push(job.runnerKey);
    const end = ready + config.serviceMs;
    busyTime += end - t;
    running.push({ end, key: job.runnerKey, tenantId: job.tenantId });
    waits.push(t - job.arrival);
    responses.push(end - job.arrival);
    const starts = startsByTenant.get(job.tenantId) ?? [];
    starts.push(t);
    startsByTenant.set(job.tenantId, starts);
    pending.splice(pending.indexOf(job), 1);
  };

  const dispatch = () => {
    const free = config.parallel - running.length;
    if (free <= 0 || pending.length === 0) return;
    if (policy === "fifo") {
      for (const job of pending.slice(0, free)) start(job);
      return;
    }
    // What QueueRunner.claim feeds the policy: per tenant, the first free + window jobs in ready order.
    const perTenant = free + config.candidateWindow;
    const seen = new Map<string, number>();
    const candidates: Candidate[] = [];
    for (const job of pending) {
      const n = seen.get(job.tenantId) ?? 0;
      if (n >= perTenant) continue;
      seen.set(job.tenantId, n + 1);
      candidates.push({ id: job.id, tenantId: job.tenantId, priority: 1, runnerKey: job.runnerKey, readyAt: job.arrival });
    }
    const load: Record<string, TenantLoad> = {};
    for (const tenant of seen.keys()) {
      const recent = (startsByTenant.get(tenant) ?? []).filter((s) => s > t - config.fairnessWindowMs).length;
      load[tenant] = { running: running.filter((r) => r.tenantId === tenant).length, recentlyStarted: recent };
    }
    // As in loadCandidates, a running job also counts as recently started (it started within the window).
    const picks = schedule({
      candidates,
      load,
      hosts: [{ host: "sim-host", freeSlots: free, loadedKeys: [...lru] }],
      slots: free,
      now: t,
    });
    for (const pick of picks) {
      if (pick.reason === "affinity") affinityPicks++;
      if (pick.reason === "aged") agedPicks++;
      start(byId.get(pick.jobId)!);
    }
  };

  for (let events = 0; finished < jobs.length; events++) {
    if (events > maxEvents) throw new Error("affinity simulation did not converge");
    const nextArrival = next < jobs.length ? jobs[next]!.arrival : Number.POSITIVE_INFINITY;
    const nextFinish = running.reduce((m, r) => Math.min(m, r.end), Number.POSITIVE_INFINITY);
    // Like QueueRunner, a policy that held jobs back looks again 500 ms later.
    const nextRecheck = policy === "ours" && pending.length > 0 && running.length < config.parallel ? t + 500 : Number.POSITIVE_INFINITY;
    t = Math.min(nextArrival, nextFinish, nextRecheck);
    for (let i = running.length - 1; i >= 0; i--) {
      if (running[i]!.end <= t) {
        running.splice(i, 1);
        finished++;
      }
    }
    while (next < jobs.length && jobs[next]!.arrival <= t) pending.push(jobs[next++]!);
    dispatch();
  }

  return {
    policy,
    reloads,
    waitP50: percentile(waits, 50),
    waitP99: percentile(waits, 99),
    responseP99: percentile(responses, 99),
    makespanMs: t,
    reloadShare: busyTime === 0 ? 0 : reloadTime / busyTime,
    affinityPicks,
    agedPicks,
  };
}

export function runAffinity(config: AffinityConfig = DEFAULT_AFFINITY) {
  const workload = makeWorkload(config);
  const ours = simulate("ours", workload, config);
  const fifo = simulate("fifo", workload, config);
  return { config, ours, fifo, p99WaitRatio: fifo.waitP99 === 0 ? Number.NaN : ours.waitP99 / fifo.waitP99 };
}
