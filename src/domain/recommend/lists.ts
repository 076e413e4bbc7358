/**
 * Neighbour lists for every item, packed in three typed arrays: item a's
 * neighbours are items[offsets[a] .. offsets[a + 1]), best first. Packed
 * lists cost a fraction of the memory of arrays of objects, and a stored
 * model is read back from bytes without parsing a number at a time.
 */

export interface Neighbour {
  item: number;
  score: number;
}

export interface NeighbourLists {
  offsets: Int32Array;
  items: Int32Array;
  scores: Float32Array;
}

export function packLists(lists: readonly (readonly Neighbour[])[]): NeighbourLists {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const items = new Int32Array(offsets[lists.length]!);
  const scores = new Float32Array(items.length);
  lists.forEach((list, i) =>
    list.forEach((n, j) => {
      items[offsets[i]! + j] = n.item;
      scores[offsets[i]! + j] = n.score;
    }),
  );
  return { offsets, items, scores };
}

export function neighboursOf(lists: NeighbourLists, item: number): Neighbour[] {
  const out: Neighbour[] = [];
  if (item < 0 || item + 1 >= lists.offsets.length) return out;
  for (let j = lists.offsets[item]!; j < lists.offsets[item + 1]!; j++) out.push({ item: lists.items[j]!, score: lists.scores[j]! });
  return out;
}

export const emptyLists = (items: number): NeighbourLists => ({ offsets: new Int32Array(items + 1), items: new Int32Array(0), scores: new Float32Array(0) });

/** The k best by score (ties: lower item first), best first. */
export function topK(items: Neighbour[], k: number): Neighbour[] {
  return items.sort((a, b) => b.score - a.score || a.item - b.item).slice(0, k);
}

/**
 * Keeps the k best of a stream without sorting it all: a min-heap of size k.
 * Training offers every touched item of every row; most are rejected at the root.
 */
export class TopK {
  private readonly heapItems: Int32Array;
  private readonly heapScores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.heapItems = new Int32Array(k);
    this.heapScores = new Float64Array(k);
  }

  offer(item: number, score: number) {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(item, score, this.heapItems[parent]!, this.heapScores[parent]!)) break;
        this.heapItems[i] = this.heapItems[parent]!;
        this.heapScores[i] = this.heapScores[parent]!;
        i = parent;
      }
      this.heapItems[i] = item;
      this.heapScores[i] = score;
      return;
    }
    if (!this.worse(this.heapItems[0]!, this.heapScores[0]!, item, score)) return;
    // Replace the root (the worst kept) and sift down.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.worse(this.heapItems[right]!, this.heapScores[right]!, this.heapItems[left]!, this.heapScores[left]!) ? right : left;
      if (!this.worse(this.heapItems[child]!, this.heapScores[child]!, item, score)) break;
      this.heapItems[i] = this.heapItems[child]!;
      this.heapScores[i] = this.heapScores[child]!;
      i = child;
    }
    this.heapItems[i] = item;
    this.heapScores[i] = score;
  }

  /** The kept items, best first; the collector is empty afterwards. */
  drain(): Neighbour[] {
    const out: Neighbour[] = [];
    for (let i = 0; i < this.size; i++) out.push({ item: this.heapItems[i]!, score: this.heapScores[i]! });
    this.size = 0;
    return topK(out, this.k);
  }

  /** a ranks below b: a lower score, or the same score and a higher item index. */
  private worse(a: number, as: number, b: number, bs: number) {
    return as < bs || (as === bs && a > b);
  }
}
