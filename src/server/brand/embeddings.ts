/**
 * Embeddings for guide passages, through the model gateway, when the model
 * server offers the embedding model named by BRANDSMITH_EMBED_MODEL (e.g.
 * nomic-embed-text). Without pgvector (the embedded Postgres has none) they
 * are ranked here, over the tenant's own passages — thousands, not millions.
 */
import { getOllamaProvider } from "@/server/models/provider";

export function embedModelName(): string | null {
  return process.env.BRANDSMITH_EMBED_MODEL?.trim() || null;
}

/** Embeds texts in batches; null when no embedding model is configured or available. */
export async function embedTexts(texts: string[], signal?: AbortSignal): Promise<number[][] | null> {
  const model = embedModelName();
  const provider = getOllamaProvider();
  if (!model || !provider || texts.length === 0) return null;
  const healthy = provider.hosts().find((h) => h.healthy);
  if (!healthy || !(await provider.hasModel(healthy.url, model).catch(() => false))) return null;
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
