import { describe, expect, it } from "vitest";
import { combineHostReports, hitRate, type StoredHostReport } from "./host-reports";

const report = (overrides: Partial<StoredHostReport>): StoredHostReport => ({
  hostUrl: "http://gpu1:11434",
  processId: "me",
  healthy: true,
  lastError: null,
  checkedAt: 1_000,
  loaded: [],
  inFlight: 0,
  requests: 0,
  reloads: 0,
  updatedAt: 1_000,
  ...overrides,
});

describe("combineHostReports", () => {
  it("takes health and loaded runners from the freshest check, whoever made it", () => {
    const [view] = combineHostReports(
      [
        report({ processId: "me", checkedAt: 1_000, healthy: true, loaded: [{ model: "brandsmith/acme:v1", runnerKey: "qwen2.5:1.5b|sha256:a" }] }),
        report({ processId: "w2", checkedAt: 2_000, healthy: false, lastError: "connection refused", loaded: [{ model: "brandsmith/acme:v1", runnerKey: null }] }),
      ],
      "me",
      2_000,
      15_000,
    );
    expect(view).toMatchObject({ healthy: false, checkedAt: 2_000, lastError: "connection refused" });
    // The key one process knew fills in the one the freshest report did not.
    expect(view!.loaded).toEqual([{ model: "brandsmith/acme:v1", runnerKey: "qwen2.5:1.5b|sha256:a" }]);
  });

  it("adds up the others' in-flight requests, leaving out this process and processes that stopped reporting", () => {
    const [view] = combineHostReports(
      [report({ processId: "me", inFlight: 3 }), report({ processId: "w2", inFlight: 2, updatedAt: 9_000 }), report({ processId: "dead", inFlight: 4, updatedAt: 1_000, requests: 10, reloads: 4 })],
      "me",
      10_000,
      5_000,
    );
    expect(view).toMatchObject({ othersInFlight: 2, othersRequests: 10, othersReloads: 4 });
  });

  it("knows nothing of a host no one has checked", () => {
    expect(combineHostReports([report({ checkedAt: null })], "me", 0, 1)[0]).toMatchObject({ healthy: false, checkedAt: null });
  });
});

describe("hitRate", () => {
  it("is the share of requests that found their runner loaded", () => {
    expect(hitRate(0, 0)).toBeNull();
    expect(hitRate(10, 3)).toBeCloseTo(0.7);
  });
});
