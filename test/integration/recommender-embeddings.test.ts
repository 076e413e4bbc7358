/**
 * Content similarity through the model gateway: with an embedding model on
 * the model server (BRANDSMITH_EMBED_MODEL), a training run reads every
 * product through /api/embed and says so in its evaluation; when the server
 * fails on it, the run trains on the products' text alone instead of failing.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { syntheticShop } from "@/domain/recommend/synthetic";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";
import { importShop } from "../support/shop-import";

const shop = syntheticShop({ products: 60, customers: 300, events: 4_000, categories: 5, seed: 7 });
let double: OllamaDouble;
let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  double = new OllamaDouble({
    library: { "qwen2.5:1.5b": { family: "qwen2", parameterSize: "1.5B" }, "nomic-embed-text": { family: "nomic-bert", parameterSize: "137M" } },
    installed: ["nomic-embed-text", "qwen2.5:1.5b"],
    loadMs: 1,
  });
  Object.assign(process.env, { OLLAMA_HOST: await double.listen(), BRANDSMITH_EMBED_MODEL: "nomic-embed-text", MODEL_PROVIDER: "builtin" });
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker?.stop();
  for (const name of ["OLLAMA_HOST", "BRANDSMITH_EMBED_MODEL", "MODEL_PROVIDER"]) delete process.env[name];
  await double.close();
});

async function train(person: TestPerson, slug: string) {
  const caller = await person.caller(slug);
  const run = await caller.catalog.train();
  await waitFor(() => allFinished([run.jobId]), 60_000, "the training run");
  return (await caller.catalog.runs()).find((r) => r.id === run.runId)!;
}

it("reads every product through the embedding model, and trains on text alone when the model server fails on it", { timeout: 120_000 }, async () => {
  const owner = await signUp("Emma Embed");
  const ws = await createWorkspace(owner);
  await importShop(owner, ws.slug, shop);

  double.requestLog.length = 0;
  const run = await train(owner, ws.slug);
  expect(run.status).toBe("ready");
  expect(run.evaluation!.content).toEqual({ embeddings: "nomic-embed-text" });
  const embedded = double.requestLog.filter((r) => r.path.endsWith("/api/embed")).flatMap((r) => (r.body as { input: string[] }).input);
  expect(embedded).toHaveLength(shop.catalog.length);
  for (const product of shop.catalog.slice(0, 5)) expect(embedded.some((text) => text.startsWith(`${product.name}. ${product.category}.`))).toBe(true);

  // The embedding model is gone from the server: the run still trains, on the products' text.
  process.env.BRANDSMITH_EMBED_MODEL = "missing-embedder";
  const fallback = await train(owner, ws.slug);
  process.env.BRANDSMITH_EMBED_MODEL = "nomic-embed-text";
  expect(fallback.status).toBe("ready");
  expect(fallback.evaluation!.content).toEqual({ embeddings: null });
});
