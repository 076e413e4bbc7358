import { describe, expect, it } from "vitest";
import { jainIndex, retryDelayMs, schedule, type Candidate } from "./scheduling";

const now = 1_000_000;
function jobs(tenant: string, count: number, extra: Partial<Candidate> = {}, start = 0): Candidate[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${tenant}-${start + i}`,
    tenantId: tenant,
    priority: 1,
    runnerKey: null,
    readyAt: now - 10_000 + start + i,
    ...extra,
  }));
}

describe("fair share", () => {
  it("serves a light tenant next even though a heavy tenant's jobs are older", () => {
    const picks = schedule({
      candidates: [...jobs("heavy", 50), ...jobs("light", 5, { readyAt: now - 100 })],
      load: { heavy: { running: 2, recentlyStarted: 40 } },
      slots: 5,
      now,
    });
    expect(picks.map((p) => p.tenantId)).toEqual(["light", "light", "light", "light", "light"]);
  });

  it("alternates between equally served tenants", () => {
    const picks = schedule({ candidates: [...jobs("a", 10), ...jobs("b", 10)], load: {}, slots: 6, now });
    const counts = picks.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.tenantId]: (acc[p.tenantId] ?? 0) + 1 }), {});
    expect(counts).toEqual({ a: 3, b: 3 });
  });

  it("gives a tenant with weight 2 twice the share", () => {
    const picks = schedule({ candidates: [...jobs("gold", 20), ...jobs("basic", 20)], load: {}, weights: { gold: 2 }, slots: 6, now });
    expect(picks.filter((p) => p.tenantId === "gold")).toHaveLength(4);
  });

  it("respects per-tenant caps and leaves slots unused rather than exceed them", () => {
    const picks = schedule({ candidates: jobs("a", 10), load: { a: { running: 2, recentlyStarted: 0 } }, caps: { a: 3 }, slots: 5, now });
    expect(picks).toHaveLength(1);
  });

  it("runs interactive jobs before batch jobs", () => {
    const picks = schedule({
      candidates: [...jobs("a", 3), ...jobs("b", 1, { priority: 0, readyAt: now - 1 })],
      load: { b: { running: 0, recentlyStarted: 10 } },
      slots: 1,
      now,
    });
    expect(picks[0]?.jobId).toBe("b-0");
  });
});

describe("bounded wait", () => {
  it("starts a job that has waited past maxWait before anything else", () => {
    const picks = schedule({
      candidates: [...jobs("a", 3, { priority: 0, readyAt: now - 10 }), { id: "old", tenantId: "b", priority: 1, runnerKey: null, readyAt: now - 60_000 }],
      load: { b: { running: 0, recentlyStarted: 100 } },
      slots: 1,
      now,
    });
    expect(picks[0]).toMatchObject({ jobId: "old", reason: "aged" });
  });
});

describe("jobs taken back from a lost worker", () => {
  it("start first in their class, ahead of fair share and of batch-mates queued with them", () => {
    const batch = jobs("busy", 10);
    const lost = { ...batch[7]!, resumed: true };
    const picks = schedule({
      candidates: [...batch.filter((c) => c.id !== lost.id), lost, ...jobs("idle", 3)],
      load: { busy: { running: 3, recentlyStarted: 20 } },
      slots: 2,
      now,
    });
    expect(picks.map((p) => p.jobId)).toEqual([lost.id, "idle-0"]);
  });

  it("go first among aged jobs too, but never ahead of an interactive job", () => {
    const aged = jobs("a", 3, { readyAt: now - 120_000 });
    const lost = { ...aged[2]!, resumed: true };
    const picks = schedule({
      candidates: [aged[0]!, aged[1]!, lost, ...jobs("b", 1, { priority: 0, readyAt: now - 5 })],
      load: {},
      slots: 3,
      now,
    });
    expect(picks.map((p) => p.jobId)).toEqual([lost.id, "a-0", "a-1"]);
    const withInteractive = schedule({ candidates: [lost, ...jobs("b", 1, { priority: 0, readyAt: now - 5 })], load: {}, slots: 1, now, options: { maxWaitMs: 10 * 60_000 } });
    expect(withInteractive.map((p) => p.jobId)).toEqual(["b-0"]);
  });
});

describe("runner affinity", () => {
  const hosts = [{ host: "h1", freeSlots: 2, loadedKeys: ["base:adapter-x"] }];

  it("prefers a job whose runner is loaded over a fairer one that needs a reload", () => {
    const picks = schedule({
      candidates: [...jobs("a", 2, { runnerKey: "base:adapter-y" }), ...jobs("b", 2, { runnerKey: "base:adapter-x" }, 100)],
      load: {},
      hosts,
      slots: 1,
      now,
    });
    expect(picks[0]).toMatchObject({ tenantId: "b", host: "h1", reload: false, reason: "affinity" });
  });

  it("never lets affinity hold a job past the bounded wait", () => {
    const picks = schedule({
      candidates: [...jobs("a", 1, { runnerKey: "base:adapter-y", readyAt: now - 31_000 }), ...jobs("b", 2, { runnerKey: "base:adapter-x" })],
      load: {},
      hosts,
      slots: 1,
      now,
    });
    expect(picks[0]).toMatchObject({ tenantId: "a", reload: true, reason: "aged" });
  });

  it("shares a warm runner fairly between tenants", () => {
    const picks = schedule({
      candidates: [...jobs("a", 5, { runnerKey: "base:adapter-x" }), ...jobs("b", 5, { runnerKey: "base:adapter-x" }, 100)],
      load: { a: { running: 0, recentlyStarted: 3 } },
      hosts: [{ host: "h1", freeSlots: 2, loadedKeys: ["base:adapter-x"] }],
      slots: 2,
      now,
    });
    expect(picks.map((p) => p.tenantId)).toEqual(["b", "b"]);
  });

  it("holds a lone batch job that needs a reload briefly, but never an interactive one", () => {
    const base = { load: {}, hosts: [{ host: "h1", freeSlots: 1, loadedKeys: ["k0"] }], slots: 1, now };
    expect(schedule({ ...base, candidates: jobs("a", 1, { runnerKey: "k1", readyAt: now - 100 }) })).toEqual([]);
    expect(schedule({ ...base, candidates: jobs("a", 1, { runnerKey: "k1", readyAt: now - 5_000 }) })).toHaveLength(1);
    expect(schedule({ ...base, candidates: jobs("a", 1, { runnerKey: "k1", readyAt: now - 100, priority: 0 }) })).toHaveLength(1);
  });

  it("when every job needs a reload, loads the runner most waiting jobs need", () => {
    const picks = schedule({
      candidates: [...jobs("a", 1, { runnerKey: "k1" }), ...jobs("b", 6, { runnerKey: "k2" }, 100)],
      load: {},
      hosts: [{ host: "h1", freeSlots: 1, loadedKeys: ["k0"] }],
      slots: 1,
      now,
    });
    expect(picks[0]).toMatchObject({ tenantId: "b", reload: true });
  });

  it("assigns at most the free slots of the hosts to model jobs", () => {
    const picks = schedule({ candidates: jobs("a", 5, { runnerKey: "k" }), load: {}, hosts, slots: 5, now, options: { defaultTenantCap: 10 } });
    expect(picks).toHaveLength(2);
    expect(picks.map((p) => p.reload)).toEqual([true, false]);
  });

  it("still starts jobs that need no model when every host is busy", () => {
    const busy = [{ host: "h1", freeSlots: 0, loadedKeys: [] }];
    const picks = schedule({ candidates: [...jobs("a", 1, { runnerKey: "k" }), ...jobs("b", 1)], load: {}, hosts: busy, slots: 2, now });
    expect(picks.map((p) => p.jobId)).toEqual(["b-0"]);
  });
});

describe("runner affinity with routing by runner (home hosts)", () => {
  const hosts = [
    { host: "h1", freeSlots: 0, loadedKeys: ["hot"] },
    { host: "h2", freeSlots: 2, loadedKeys: [] },
  ];
  const home = (key: string) => ({ hot: "h1", cold1: "h1", cold2: "h2" })[key] ?? null;

  it("sends a job to its runner's home, queued there when the runner is loaded, instead of loading it elsewhere", () => {
    const picks = schedule({ candidates: jobs("a", 1, { runnerKey: "hot" }), load: {}, hosts, home, slots: 1, now });
    expect(picks).toEqual([expect.objectContaining({ host: "h1", reload: false })]);
  });

  it("keeps a job that needs a load waiting until its home has a free slot, and runs one whose home has", () => {
    const picks = schedule({
      candidates: [...jobs("a", 1, { runnerKey: "cold1" }), ...jobs("b", 1, { runnerKey: "cold2" }, 5)],
      load: {},
      hosts,
      home,
      slots: 2,
      now,
    });
    expect(picks).toEqual([expect.objectContaining({ jobId: "b-5", host: "h2", reload: true })]);
  });

  it("never lets warm jobs that keep the home's slots full starve a job that needs a load there", () => {
    const full = [{ host: "h1", freeSlots: 0, loadedKeys: ["hot"] }];
    const waiting = [...jobs("a", 3, { runnerKey: "hot", readyAt: now - 1_000 }), ...jobs("b", 1, { runnerKey: "cold1", readyAt: now - 31_000 }, 9)];
    const picks = schedule({ candidates: waiting, load: {}, hosts: full, home, slots: 1, now });
    expect(picks).toEqual([expect.objectContaining({ jobId: "b-9", host: "h1", reload: true, reason: "aged" })]);
  });
});

describe("helpers", () => {
  it("computes Jain's index", () => {
    expect(jainIndex([5, 5, 5])).toBeCloseTo(1);
    expect(jainIndex([9, 0, 0])).toBeCloseTo(1 / 3);
  });

  it("backs off exponentially with jitter and a cap", () => {
    expect(retryDelayMs(1, () => 0)).toBe(500);
    expect(retryDelayMs(1, () => 1)).toBe(1000);
    expect(retryDelayMs(4, () => 1)).toBe(8000);
    expect(retryDelayMs(30, () => 1)).toBe(600_000);
  });
});
