/**
 * What an item resembles: TF-IDF over name, description, category and tags,
 * neighbours found through an inverted index of each item's strongest terms;
 * with embeddings for every item (an embedding model on the model server),
 * an even blend of both cosines, over the TF-IDF neighbours and the
 * embedding neighbours together. This is what reaches items nobody has
 * bought yet.
 */
import { TopK, packLists, type Neighbour, type NeighbourLists } from "./lists";
import type { CatalogItem } from "./types";

/**
 * Up to this many items, embedding neighbours are searched among all items
 * (n² dot products: a few seconds at 2,000 items of 768 dimensions, on the
 * worker's thread, so well within its lease). Above it, the embeddings only
 * re-rank the TF-IDF neighbours (n·k dot products).
 */
const EXACT_EMBEDDING_ITEMS = 2_000;

export function contentNeighbours(catalog: readonly CatalogItem[], k: number): NeighbourLists {
  const { lists, vectors } = tfidfNeighbours(catalog, k);
  const embeddings = usableEmbeddings(catalog);
  return packLists(embeddings ? blendWithEmbeddings(catalog, lists, vectors, embeddings, k) : lists);
}

function tfidfNeighbours(catalog: readonly CatalogItem[], k: number): { lists: Neighbour[][]; vectors: (readonly (readonly [string, number])[])[] } {
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
  return { lists, vectors };
}

/** Unit-length copies of the items' embeddings, when every item has one of the same size; otherwise null (TF-IDF alone). */
function usableEmbeddings(catalog: readonly CatalogItem[]): Float32Array[] | null {
  const size = catalog[0]?.embedding?.length ?? 0;
  if (size === 0 || catalog.some((c) => c.embedding?.length !== size)) return null;
  return catalog.map((c) => {
    const norm = Math.hypot(...c.embedding!) || 1;
    return Float32Array.from(c.embedding!, (v) => v / norm);
  });
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function blendWithEmbeddings(
  catalog: readonly CatalogItem[],
  tfidf: readonly Neighbour[][],
  vectors: readonly (readonly (readonly [string, number])[])[],
  embeddings: readonly Float32Array[],
  k: number,
): Neighbour[][] {
  const n = catalog.length;
  const terms = vectors.map((v) => new Map(v));
  const tfidfCosine = (a: number, b: number) => {
    let sum = 0;
    for (const [t, w] of vectors[a]!) sum += w * (terms[b]!.get(t) ?? 0);
    return sum;
  };
  const exact = n <= EXACT_EMBEDDING_ITEMS;
  return catalog.map((_item, a) => {
    const nearest = new TopK(k);
    if (exact) for (let b = 0; b < n; b++) if (b !== a) nearest.offer(b, dot(embeddings[a]!, embeddings[b]!));
    const candidates = new Set([...tfidf[a]!.map((x) => x.item), ...nearest.drain().map((x) => x.item)]);
    const blended = new TopK(k);
    for (const b of candidates) blended.offer(b, 0.5 * tfidfCosine(a, b) + 0.5 * Math.max(0, dot(embeddings[a]!, embeddings[b]!)));
    return blended.drain();
  });
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((t) => !STOP.has(t));
}

const STOP = new Set("the and for with our your you are this that from into of to in on a an is it its be by at as or".split(" "));
