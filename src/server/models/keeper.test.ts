import { describe, expect, it } from "vitest";
import { ModelKeeper, restoresDue } from "./keeper";

const A = "http://gpu1:11434";
const B = "http://gpu2:11434";
const acme = { model: "brandsmith/acme:v2", tenantId: "t-acme" };
const globex = { model: "brandsmith/globex:v1", tenantId: "t-globex" };

describe("which models to put back after a health check", () => {
  it("restores each kept model a healthy host no longer lists, on that host", () => {
    const hosts = [
      { url: A, healthy: true, installed: ["qwen2.5:1.5b", acme.model] },
      { url: B, healthy: true, installed: ["qwen2.5:1.5b"] },
    ];
    expect(restoresDue([acme, globex], hosts, new Map(), 0, 60_000)).toEqual([
      { ...globex, host: A },
      { ...acme, host: B },
      { ...globex, host: B },
    ]);
  });

  it("skips hosts that are down or not listed yet, and waits before trying a failed restore again", () => {
    const hosts = [
      { url: A, healthy: false, installed: [] },
      { url: B, healthy: true, installed: null },
    ];
    expect(restoresDue([acme], hosts, new Map(), 0, 60_000)).toEqual([]);
    const failed = new Map([[`${A}|${acme.model}`, 1_000]]);
    const up = [{ url: A, healthy: true, installed: [] }];
    expect(restoresDue([acme], up, failed, 30_000, 60_000)).toEqual([]);
    expect(restoresDue([acme], up, failed, 61_000, 60_000)).toEqual([{ ...acme, host: A }]);
  });
});

describe("the keeper", () => {
  it("restores what it keeps, forgets a version that no longer exists, and keeps at most `max`", async () => {
    const calls: string[] = [];
    const keeper = new ModelKeeper(async ({ model, host }) => (calls.push(`${host} ${model}`), model !== globex.model), { max: 2 });
    keeper.keep(acme.model, acme.tenantId);
    keeper.keep(globex.model, globex.tenantId);
    await keeper.check([{ url: A, healthy: true, installed: [] }]);
    expect(calls).toEqual([`${A} ${acme.model}`, `${A} ${globex.model}`]);
    expect(keeper.models()).toEqual([acme]);
    keeper.keep("brandsmith/initech:v1", "t-initech");
    keeper.keep("brandsmith/umbrella:v1", "t-umbrella");
    expect(keeper.models().map((m) => m.model)).toEqual(["brandsmith/initech:v1", "brandsmith/umbrella:v1"]);
  });

  it("tries a failed restore again only after a while", async () => {
    let attempts = 0;
    const errors: unknown[] = [];
    const keeper = new ModelKeeper(
      async () => {
        attempts++;
        throw new Error("blob not found");
      },
      { retryAfterMs: 60_000, onError: (error) => errors.push(error) },
    );
    keeper.keep(acme.model, acme.tenantId);
    const hosts = [{ url: A, healthy: true, installed: [] }];
    await keeper.check(hosts);
    await keeper.check(hosts);
    expect(attempts).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
