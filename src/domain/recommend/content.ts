/**
 * What an item resembles: TF-IDF over name, description, category and tags,
 * neighbours found through an inverted index of each item's strongest terms.
 * This is what reaches items nobody has bought yet.
 */
import { TopK, packLists, type NeighbourLists } from "./lists";
import type { CatalogItem } from "./types";

export function contentNeighbours(catalog: readonly CatalogItem[], k: number): NeighbourLists {
  const docs = catalog.map((c) => tokens(`${c.name} ${c.name} ${c.description} ${c.category} ${c.category} ${c.tags.join(" ")}`));
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = catalog.length;
  const vectors = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = [...tf].map(([t, f]) => [t, (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1))] as const);
    const norm = Math.hypot(...weights.map(([, w]) => w)) || 1;
    // Each item is indexed by its eight strongest terms: enough to find its neighbours, cheap to search.
    return weights
      .map(([t, w]) => [t, w / norm] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8);
  });
  const postings = new Map<string, { item: number; w: number }[]>();
  vectors.forEach((v, item) => {
    for (const [t, w] of v) {
      const list = postings.get(t) ?? [];
      list.push({ item, w });
      postings.set(t, list);
    }
  });
  const scratch = new Float64Array(n);
  const touched: number[] = [];
  const best = new TopK(k);
  const lists = vectors.map((v, item) => {
    for (const [t, w] of v) {
      const list = postings.get(t)!;
      // Very common terms say little and cost much: look at a bounded slice.
      const end = Math.min(list.length, 2_000);
      for (let j = 0; j < end; j++) {
        const p = list[j]!;
        if (p.item === item) continue;
        if (scratch[p.item] === 0) touched.push(p.item);
        scratch[p.item]! += w * p.w;
      }
    }
    for (const other of touched) {
      best.offer(other, scratch[other]!);
      scratch[other] = 0;
    }
    touched.length = 0;
    return best.drain();
  });
  return packLists(lists);
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((t) => !STOP.has(t));
}

const STOP = new Set("the and for with our your you are this that from into of to in on a an is it its be by at as or".split(" "));
