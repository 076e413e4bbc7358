import { describe, expect, it } from "vitest";
import { loadBound, ringOrder, routeByRunner, type RingHost } from "./host-ring";

const urls = ["http://gpu1:11434", "http://gpu2:11434", "http://gpu3:11434", "http://gpu4:11434"];
const idle = (overrides: Partial<Record<string, Partial<RingHost>>> = {}): RingHost[] =>
  urls.map((url) => ({ url, healthy: true, slots: 4, inFlight: 0, ...overrides[url] }));
const keys = Array.from({ length: 2_000 }, (_, i) => `qwen2.5:1.5b|sha256:${i.toString(16).padStart(64, "0")}`);

describe("ringOrder", () => {
  it("lists every host once, the same way in any process and for any host order", () => {
    const order = ringOrder(keys[0]!, urls);
    expect(new Set(order)).toEqual(new Set(urls));
    expect(ringOrder(keys[0]!, [...urls].reverse())).toEqual(order);
  });

  it("spreads keys evenly over the hosts", () => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(ringOrder(key, urls)[0]!, (counts.get(ringOrder(key, urls)[0]!) ?? 0) + 1);
    for (const url of urls) expect(counts.get(url)).toBeGreaterThan(keys.length / 4 / 1.5);
  });

  it("moves only the keys of a host that leaves, each to the next host on its ring", () => {
    const without = urls.slice(0, 3);
    let moved = 0;
    for (const key of keys) {
      const before = ringOrder(key, urls);
      const after = ringOrder(key, without);
      if (before[0] === urls[3]) {
        moved++;
        expect(after[0]).toBe(before[1]);
      } else expect(after[0]).toBe(before[0]);
    }
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(keys.length / 2);
  });
});

describe("routeByRunner", () => {
  it("sends a key to its own host while that host has room", () => {
    const route = routeByRunner(keys[1]!, idle());
    expect(route).toEqual({ url: ringOrder(keys[1]!, urls)[0], position: 0, reason: "home" });
  });

  it("sheds a down host's keys to the next host on the ring", () => {
    const [home, next] = ringOrder(keys[2]!, urls);
    expect(routeByRunner(keys[2]!, idle({ [home!]: { healthy: false } }))).toEqual({ url: next, position: 1, reason: "shed_down" });
  });

  it("keeps a hot key on its host up to the bound, then on the next host (a few hosts, not all)", () => {
    const hosts = idle();
    const order = ringOrder(keys[3]!, urls);
    const used = new Set<string>();
    for (let i = 0; i < 16; i++) {
      const route = routeByRunner(keys[3]!, hosts, { loadFactor: 1.25 })!;
      used.add(route.url);
      hosts.find((h) => h.url === route.url)!.inFlight++;
    }
    // 16 requests over 4 hosts of 4 slots: bound = max(4, ceil(c · n/4)); they fill hosts in ring order.
    expect(hosts.find((h) => h.url === order[0])!.inFlight).toBeGreaterThanOrEqual(4);
    expect([...used]).toEqual(order.slice(0, used.size));
    expect(used.size).toBeLessThanOrEqual(4);
    expect(used.size).toBeGreaterThanOrEqual(2);
    expect(hosts.find((h) => h.url === order[0])!.inFlight).toBeLessThanOrEqual(loadBound(hosts[0]!, hosts, 1.25));
  });

  it("sheds from a saturated host even when the key's runner is there", () => {
    const [home, next] = ringOrder(keys[4]!, urls);
    const route = routeByRunner(keys[4]!, idle({ [home!]: { inFlight: 12 } }));
    expect(route).toEqual({ url: next, position: 1, reason: "shed_saturated" });
  });

  it("always finds a host under its bound while one is healthy, and none when none is", () => {
    const busy = idle(Object.fromEntries(urls.map((url, i) => [url, { inFlight: 40 + 7 * i }])));
    const route = routeByRunner(keys[5]!, busy)!;
    expect(route.reason).not.toBe("overflow");
    expect(busy.find((h) => h.url === route.url)!.inFlight).toBeLessThan(loadBound(busy[0]!, busy));
    expect(routeByRunner(keys[5]!, idle(Object.fromEntries(urls.map((url) => [url, { healthy: false }]))))).toBeNull();
  });

  it("weights the bound by slots", () => {
    const hosts: RingHost[] = [
      { url: "a", healthy: true, slots: 8, inFlight: 0 },
      { url: "b", healthy: true, slots: 2, inFlight: 0 },
    ];
    hosts[0]!.inFlight = 20;
    hosts[1]!.inFlight = 0;
    expect(loadBound(hosts[0]!, hosts, 1.25)).toBe(Math.ceil((1.25 * 21 * 8) / 10));
    expect(loadBound(hosts[1]!, hosts, 1.25)).toBe(Math.max(2, Math.ceil((1.25 * 21 * 2) / 10)));
  });
});

describe("shedding to a host that has the runner", () => {
  it("prefers, among the next hosts on the ring, one where the key's runner is loaded", () => {
    const key = keys[6]!;
    const [home, next, third] = ringOrder(key, urls);
    const hosts = idle({ [home!]: { inFlight: 12 }, [third!]: { warm: true } });
    expect(routeByRunner(key, hosts)).toEqual({ url: third, position: 2, reason: "shed_saturated" });
    // Without a warm host among them, the next one on the ring.
    expect(routeByRunner(key, idle({ [home!]: { inFlight: 12 } }))!.url).toBe(next);
  });
});
