/**
 * Which model host serves a runner (ARCHITECTURE §5.2, §6.2): consistent
 * hashing with bounded loads. Each host owns many points on a hash ring; a
 * runner key is served by the first host clockwise from its own point, so a
 * tenant's runner stays on one host and adding or losing a host moves only
 * the keys that hashed to it. A host that is down is skipped; one that is
 * over its bound (its share of the total load, times `loadFactor`) sheds to
 * the next host on the ring, so a hot runner spreads over a few hosts in a
 * fixed order instead of loading everywhere.
 *
 * Pure: the caller passes every host's health, slots and in-flight count
 * (summed over all worker processes) and gets a host back.
 */

export interface RingHost {
  url: string;
  healthy: boolean;
  /** Requests the host serves at once (OLLAMA_NUM_PARALLEL). */
  slots: number;
  /** Requests on it now, from every process. */
  inFlight: number;
  /** Whether the key's runner is loaded there now (a host it spilled to before). */
  warm?: boolean;
}

export interface RingOptions {
  /** A host may carry up to this times its fair share of the load before it sheds (Mirrokni et al.'s c). */
  loadFactor: number;
  /** Points per host on the ring: more points, more even shares. */
  pointsPerHost: number;
}

/**
 * c = 2: with tenants' runners spread over a few hosts, shedding at 1.25×
 * the average sent a hot host's other runners to reload elsewhere
 * (bench:serving: reloads ×0.69 of the old routing at 1.25, ×0.55 at 2,
 * ×0.51 at 4, p95 wait no worse at any of them).
 */
export const DEFAULT_RING: RingOptions = { loadFactor: 2, pointsPerHost: 64 };

/** How far down its ring a key looks for a host that has its runner loaded when it sheds. */
const SPILL_HOSTS = 2;

export type RouteReason =
  /** The key's own host. */
  | "home"
  /** A host before it on the ring is down. */
  | "shed_down"
  /** A host before it on the ring is over its bound. */
  | "shed_saturated"
  /** Every healthy host is over its bound: the least loaded one. */
  | "overflow";

export interface Route {
  url: string;
  reason: RouteReason;
  /** 0 for the key's own host, 1 for the next on the ring, … */
  position: number;
}

/** The hosts in the order `key` tries them: its own host first, then clockwise, each host once. */
export function ringOrder(key: string, urls: readonly string[], pointsPerHost = DEFAULT_RING.pointsPerHost): string[] {
  const distinct = [...new Set(urls)];
  if (distinct.length <= 1) return distinct;
  const points = distinct
    .flatMap((url) => Array.from({ length: pointsPerHost }, (_, i) => ({ at: hash32(`${url}#${i}`), url })))
    .sort((a, b) => a.at - b.at || (a.url < b.url ? -1 : 1));
  const at = hash32(key);
  const start = lowerBound(points, at);
  const order: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < points.length && order.length < distinct.length; i++) {
    const point = points[(start + i) % points.length]!;
    if (!seen.has(point.url)) {
      seen.add(point.url);
      order.push(point.url);
    }
  }
  return order;
}

/**
 * The most a host should carry: its share of all in-flight requests plus
 * this one, weighted by its slots, times the load factor, and never less
 * than its own slots (a host with a free slot takes its keys: shedding
 * then would only cost a reload elsewhere).
 */
export function loadBound(host: RingHost, healthy: readonly RingHost[], loadFactor = DEFAULT_RING.loadFactor): number {
  const totalSlots = healthy.reduce((n, h) => n + Math.max(1, h.slots), 0);
  const totalLoad = healthy.reduce((n, h) => n + Math.max(0, h.inFlight), 0);
  const share = Math.ceil((loadFactor * (totalLoad + 1) * Math.max(1, host.slots)) / Math.max(1, totalSlots));
  return Math.max(host.slots, share);
}

/** The host for `key`, or null when no host is healthy. */
export function routeByRunner(key: string, hosts: readonly RingHost[], options: Partial<RingOptions> = {}): Route | null {
  const { loadFactor, pointsPerHost } = { ...DEFAULT_RING, ...options };
  const healthy = hosts.filter((h) => h.healthy);
  if (healthy.length === 0) return null;
  const byUrl = new Map(hosts.map((h) => [h.url, h]));
  const order = ringOrder(
    key,
    hosts.map((h) => h.url),
    pointsPerHost,
  );
  let skippedDown = false;
  let skippedFull = false;
  // Shedding from its own host, a hot key goes first to a host among its next few where it is loaded already: no reload there.
  const own = byUrl.get(order[0]!)!;
  if (!own.healthy || own.inFlight >= loadBound(own, healthy, loadFactor)) {
    const warmSpill = order.slice(1, SPILL_HOSTS + 1).findIndex((url) => {
      const host = byUrl.get(url)!;
      return host.healthy && host.warm && host.inFlight < loadBound(host, healthy, loadFactor);
    });
    if (warmSpill >= 0) return { url: order[warmSpill + 1]!, position: warmSpill + 1, reason: own.healthy ? "shed_saturated" : "shed_down" };
  }
  for (const [position, url] of order.entries()) {
    const host = byUrl.get(url)!;
    if (!host.healthy) {
      skippedDown = true;
      continue;
    }
    if (host.inFlight >= loadBound(host, healthy, loadFactor)) {
      skippedFull = true;
      continue;
    }
    return { url, position, reason: skippedFull ? "shed_saturated" : skippedDown ? "shed_down" : "home" };
  }
  const least = healthy.reduce((a, b) => (b.inFlight / Math.max(1, b.slots) < a.inFlight / Math.max(1, a.slots) ? b : a));
  return { url: least.url, position: order.indexOf(least.url), reason: "overflow" };
}

/** FNV-1a with a final avalanche (murmur3's fmix32): fast, stable across processes and releases. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function lowerBound(points: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo % points.length;
}
