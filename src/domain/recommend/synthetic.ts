/**
 * Synthetic shops with planted structure, for tests and benchmarks.
 * Products in categories, each category with its own words (so text finds
 * its neighbours) and brands shared across categories; customers in
 * clusters that each prefer a few categories; events as shopping sessions
 * spread over `days`: a few views in one category, sometimes a cart, often
 * then a purchase. On top of that, what real shops show:
 * - complements: after a purchase, the next session often goes to the
 *   category that goes with it (camera, then lens), often the same brand;
 * - seasons: each category's share of sessions waxes and wanes;
 * - new items: a few percent of products launch in the last 30 days;
 * - a new line: one category launched 25 days before the end, which some
 *   clusters take to strongly and others a little.
 * Deterministic for a seed.
 */
import { mulberry32 } from "../random";
import type { CatalogItem, EventKind, FeedbackEvent } from "./types";

function shuffle<T>(list: T[], random: () => number) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** At most `count` events, dropped at random (not from the end, which would starve the last customers), in their order. */
function sampled(events: FeedbackEvent[], count: number, random: () => number): FeedbackEvent[] {
  if (events.length <= count) return events;
  const keep = events.map((_, i) => i);
  shuffle(keep, random);
  return keep
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => events[i]!);
}

export interface SyntheticShop {
  catalog: CatalogItem[];
  events: FeedbackEvent[];
  customers: number;
  clusterOf: number[];
  /** The category launched near the end, or null. */
  newLine: string | null;
  /** Category → the category its buyers tend to buy in next. */
  complementOf: Record<string, string>;
}

export interface SyntheticOptions {
  products: number;
  customers: number;
  events: number;
  categories?: number;
  clusters?: number;
  days?: number;
  seed?: number;
  /** Launch one category near the end (default true when there are at least four categories). */
  newLine?: boolean;
}

const DAY = 86_400_000;
const NOUNS = ["camera", "lens", "tripod", "bag", "card", "grinder", "kettle", "mug", "bean", "filter", "lamp", "shade", "bulb", "desk", "chair", "boot", "sock", "jacket", "glove", "scarf", "pot", "seed", "trowel", "hose", "book", "print", "frame", "candle", "soap", "towel"];
const ADJECTIVES = ["classic", "compact", "premium", "light", "everyday", "travel", "pro", "mini", "deluxe", "eco", "rugged", "soft"];
const SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "su", "ne", "pa", "ri", "do", "zu", "fel", "mar", "tis", "qua"];

export function syntheticShop(options: SyntheticOptions): SyntheticShop {
  const random = mulberry32(options.seed ?? 42);
  const categories = options.categories ?? 20;
  const clusters = options.clusters ?? 10;
  const days = options.days ?? 180;
  const now = Date.UTC(2026, 10, 1);
  const start = now - days * DAY;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);

  const lineIndex = (options.newLine ?? categories >= 4) ? categories - 1 : -1;
  const established = lineIndex >= 0 ? categories - 1 : categories;
  const categoryNames = Array.from({ length: categories }, (_, c) => `${NOUNS[c % NOUNS.length]}s${c >= NOUNS.length ? ` ${Math.floor(c / NOUNS.length) + 1}` : ""}`);
  const categoryWords = Array.from({ length: categories }, () => [word(), word(), word(), word()]);
  // Each established category leads to another (not itself); the new line leads to an established one.
  const complement = Array.from({ length: categories }, (_, c) => (c + 1 + (c % 3)) % established);
  for (let c = 0; c < categories; c++) if (complement[c] === c) complement[c] = (c + 1) % established;
  const phase = Array.from({ length: categories }, () => random());
  const season = (c: number, t: number) => 1 + 0.6 * Math.sin(2 * Math.PI * ((t - start) / (120 * DAY) + phase[c]!));
  const brands = Array.from({ length: 24 }, word);

  const lineLaunch = now - 25 * DAY;
  const catalog: CatalogItem[] = [];
  const launch: number[] = [];
  const brandOf: number[] = [];
  for (let i = 0; i < options.products; i++) {
    const c = i % categories;
    const w = categoryWords[c]!;
    const brand = Math.floor(random() * brands.length);
    const noun = NOUNS[c % NOUNS.length]!;
    catalog.push({
      sku: `SKU-${i}`,
      name: `${brands[brand]} ${pick(ADJECTIVES)} ${pick(w)} ${noun} ${i}`,
      description: `A ${pick(ADJECTIVES)} ${noun} in the ${w[0]} ${w[1]} range: ${pick(w)}, ${pick(w)} and ${pick(ADJECTIVES)}.`,
      category: categoryNames[c]!,
      tags: [pick(w), noun],
      inStock: random() > 0.03,
    });
    brandOf.push(brand);
    // Most of the new line at its launch, the rest over the ten days after; elsewhere a few launches in the last 30 days.
    if (c === lineIndex) launch.push(random() < 0.7 ? lineLaunch : lineLaunch + random() * 10 * DAY);
    else launch.push(random() < 0.06 ? now - (1 + random() * 29) * DAY : -Infinity);
  }
  // Within a category, items in order of appeal (a skew: the first sell most).
  const byCategory = Array.from({ length: categories }, (_, c) => catalog.map((_, i) => i).filter((i) => i % categories === c));
  for (const list of byCategory) shuffle(list, random);
  const byBrand = byCategory.map((list) => {
    const map = new Map<number, number[]>();
    for (const i of list) map.set(brandOf[i]!, [...(map.get(brandOf[i]!) ?? []), i]);
    return map;
  });
  const launched = byCategory.map((list) => list.filter((i) => launch[i]! > -Infinity));

  const preferred = Array.from({ length: clusters }, (_, k) => [k % established, (k * 3 + 1) % established, (k * 7 + 2) % established]);
  const lineAppeal = Array.from({ length: clusters }, (_, k) => (k % 3 === 0 ? 0.35 : 0.06));
  const clusterOf = Array.from({ length: options.customers }, () => Math.floor(random() * clusters));

  const chooseItem = (c: number, t: number, brand: number | null) => {
    const list = byCategory[c]!;
    if (brand !== null && random() < 0.5) {
      const same = (byBrand[c]!.get(brand) ?? []).filter((i) => launch[i]! <= t);
      if (same.length) return same[Math.floor(same.length * random() ** 2)]!;
    }
    // New arrivals get looked at: a share of sessions go to an item launched in the last 30 days.
    if (random() < 0.12) {
      const fresh = launched[c]!.filter((i) => launch[i]! <= t && launch[i]! > t - 30 * DAY);
      if (fresh.length) return pick(fresh);
    }
    for (let tries = 0; tries < 8; tries++) {
      const i = list[Math.floor(list.length * random() ** 2.2)]!;
      if (launch[i]! <= t) return i;
    }
    return list.find((i) => launch[i]! <= t) ?? null;
  };
  const chooseCategory = (candidates: readonly number[], t: number) => {
    const weights = candidates.map((c) => season(c, t));
    let r = random() * weights.reduce((s, w) => s + w, 0);
    for (let j = 0; j < candidates.length; j++) if ((r -= weights[j]!) <= 0) return candidates[j]!;
    return candidates[candidates.length - 1]!;
  };
  const allEstablished = Array.from({ length: established }, (_, c) => c);

  // Sessions spread over customers by an activity skew, each customer's in time order.
  const activity = Array.from({ length: options.customers }, () => 0.2 + 5 * random() ** 3);
  const totalActivity = activity.reduce((s, a) => s + a, 0);
  const sessions = options.events / 3.1;
  const events: FeedbackEvent[] = [];
  for (let customer = 0; customer < options.customers; customer++) {
    const count = Math.max(1, Math.round((sessions * activity[customer]!) / totalActivity));
    const times = Array.from({ length: count }, () => start + random() * days * DAY).sort((a, b) => a - b);
    const cluster = clusterOf[customer]!;
    let last: { category: number; brand: number; time: number } | null = null;
    for (const t of times) {
      let category: number;
      let brand: number | null = null;
      if (last && t - last.time < 30 * DAY && random() < 0.35) {
        category = complement[last.category]!;
        brand = last.brand;
      } else if (lineIndex >= 0 && t >= lineLaunch && random() < lineAppeal[cluster]!) category = lineIndex;
      else category = chooseCategory(random() < 0.85 ? preferred[cluster]! : allEstablished, t);
      const viewed: number[] = [];
      const looks = 1 + Math.floor(random() * 3);
      for (let v = 0; v < looks; v++) {
        const item = chooseItem(category, t, brand);
        if (item !== null) viewed.push(item);
      }
      if (viewed.length === 0) continue;
      let time = t;
      const add = (item: number, kind: EventKind) => {
        time += (1 + random() * 5) * 60_000;
        if (time < now) events.push({ customer, item, kind, time: Math.floor(time), quantity: 1 });
      };
      for (const item of viewed) add(item, "view");
      if (random() < 0.6) {
        // The best-liked of what was viewed (the first drawn is the likeliest).
        const item = viewed[0]!;
        add(item, "cart");
        if (random() < 0.85) {
          add(item, "purchase");
          last = { category, brand: brandOf[item]!, time: t };
        }
      }
    }
  }
  return { catalog, events: sampled(events, options.events, random), customers: options.customers, clusterOf, newLine: lineIndex >= 0 ? categoryNames[lineIndex]! : null, complementOf: Object.fromEntries(complement.map((c, from) => [categoryNames[from]!, categoryNames[c]!])) };
}
