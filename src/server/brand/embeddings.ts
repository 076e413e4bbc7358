/**
 * Embeddings for guide passages, through the model gateway, when the model
 * server offers the embedding model named by BRANDSMITH_EMBED_MODEL (e.g.
 * nomic-embed-text). Without pgvector (the embedded Postgres has none) they
 * are ranked here, over the tenant's own passages — thousands, not millions.
 */
import { getServingProvider } from "@/server/models/provider";

export function embedModelName(): string | null {
  return process.env.BRANDSMITH_EMBED_MODEL?.trim() || null;
}

/** Whether the embedding model is on a host, remembered for a minute: searches ask on every query. */
let availability: { key: string; available: boolean; until: number } | null = null;

async function embedModelAvailable(model: string): Promise<boolean> {
  const provider = getServingProvider();
  const healthy = provider?.hosts().find((h) => h.healthy);
  if (!provider || !healthy) return false;
  const key = `${healthy.url}|${model}`;
  if (availability?.key === key && availability.until > Date.now()) return availability.available;
  const available = await provider.hasModel(healthy.url, model).catch(() => false);
  availability = { key, available, until: Date.now() + 60_000 };
  return available;
}

/** Embeds texts in batches; null when no embedding model is configured or available. */
export async function embedTexts(texts: string[], signal?: AbortSignal): Promise<number[][] | null> {
  const model = embedModelName();
  const provider = getServingProvider();
  if (!model || !provider || texts.length === 0) return null;
  if (!(await embedModelAvailable(model))) return null;
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += 32) {
    const { embeddings } = await provider.embed(model, texts.slice(i, i + 32), signal);
    out.push(...embeddings);
  }
  return out;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
