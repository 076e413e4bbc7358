/**
 * The statistical part of the builtin model: a word bigram model with
 * absolute discounting and unigram backoff, trained on the tenant's own
 * writing (guides, catalog, approved drafts). It does not write; it ranks
 * candidate sentences by how much they sound like the tenant, and supplies
 * the tenant's characteristic words.
 */

export interface LanguageModelData {
  unigrams: Record<string, number>;
  /** "w1 w2" → count. */
  bigrams: Record<string, number>;
  /** Distinct successors per word, for the backoff weight. */
  followers: Record<string, number>;
  tokens: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace("’", "'"));
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function trainLanguageModel(texts: readonly string[]): LanguageModelData {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  let tokens = 0;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const ws = ["<s>", ...words(sentence), "</s>"];
      for (let i = 0; i < ws.length; i++) {
        unigrams.set(ws[i]!, (unigrams.get(ws[i]!) ?? 0) + 1);
        if (i > 0) {
          const key = `${ws[i - 1]} ${ws[i]}`;
          bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
        }
      }
      tokens += ws.length - 2;
    }
  }
  const followers = new Map<string, number>();
  for (const key of bigrams.keys()) {
    const first = key.slice(0, key.indexOf(" "));
    followers.set(first, (followers.get(first) ?? 0) + 1);
  }
  return { unigrams: Object.fromEntries(unigrams), bigrams: Object.fromEntries(bigrams), followers: Object.fromEntries(followers), tokens };
}

const DISCOUNT = 0.75;

/** Counted once per model object: scoring runs hundreds of times per email. */
const vocabularySizes = new WeakMap<LanguageModelData, number>();
function vocabularySize(model: LanguageModelData): number {
  let size = vocabularySizes.get(model);
  if (size === undefined) {
    size = Object.keys(model.unigrams).length + 1;
    vocabularySizes.set(model, size);
  }
  return size;
}

/**
 * Average log-probability per word of `text` under the model (higher sounds
 * more like the tenant). Unknown words get a small floor, so sentences built
 * from the brief's own words are not punished for being new.
 */
export function score(model: LanguageModelData, text: string): number {
  const ws = ["<s>", ...words(text), "</s>"];
  if (ws.length <= 2) return -20;
  const vocabulary = vocabularySize(model);
  const total = model.tokens + vocabulary;
  let sum = 0;
  for (let i = 1; i < ws.length; i++) {
    const prev = ws[i - 1]!;
    const word = ws[i]!;
    const unigram = ((model.unigrams[word] ?? 0) + 0.5) / total;
    const prevCount = model.unigrams[prev] ?? 0;
    let p = unigram;
    if (prevCount > 0) {
      const pair = model.bigrams[`${prev} ${word}`] ?? 0;
      const lambda = (DISCOUNT * (model.followers[prev] ?? 0)) / prevCount;
      p = Math.max(pair - DISCOUNT, 0) / prevCount + lambda * unigram;
    }
    sum += Math.log(p);
  }
  return sum / (ws.length - 1);
}

/** The tenant's most characteristic content words (frequent, not function words). */
export function characteristicWords(model: LanguageModelData, limit = 40): string[] {
  return Object.entries(model.unigrams)
    .filter(([w]) => w.length > 3 && !STOP.has(w) && !w.startsWith("<") && !/^\d+$/.test(w))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([w]) => w);
}

const STOP = new Set(
  "about above after again against also because been before being below between both could does doing down during each from further have having here hers herself himself into itself just more most other ours ourselves over same should some such than that their theirs them themselves then there these they this those through under until very were what when where which while will with would your yours yourself yourselves".split(" "),
);
