/**
 * MODEL_PROVIDER=auto (the default): with a model server configured but not
 * answering, new drafts are written by the builtin model and say so; when
 * the server answers again, new drafts go to it. MODEL_PROVIDER=ollama never
 * falls back.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { providerStatus } from "@/server/models/selection";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { writeEmail } from "../../e2e/ollama-double/email-writer";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

/** A loopback port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let worker: Awaited<ReturnType<typeof startRunner>>;
let double: OllamaDouble | null = null;
beforeAll(async () => {
  process.env.BUILTIN_TOKEN_MS = "0";
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker.stop();
  await double?.close();
  for (const name of ["OLLAMA_HOST", "MODEL_PROVIDER", "BUILTIN_TOKEN_MS", "OLLAMA_POLL_MS"]) delete process.env[name];
});

const brief = {
  name: "Autumn roast",
  type: "launch" as const,
  goal: "Launch it.",
  audience: "Home brewers",
  keyMessage: "Our autumn roast is rich and warm.",
  products: [{ name: "Autumn Roast", url: "https://shop.example/autumn", facts: "Roasted every Monday" }],
  ctaText: "Try it",
  ctaUrl: "https://shop.example/autumn",
  variants: 1,
};

it("writes with the builtin model while the configured server is unreachable, and with the server once it answers", async () => {
  const port = await deadPort();
  process.env.MODEL_PROVIDER = "auto";
  process.env.OLLAMA_HOST = `http://127.0.0.1:${port}`;
  process.env.OLLAMA_POLL_MS = "60000";
  const owner = await signUp("Fay Fallback");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);

  expect(await providerStatus()).toMatchObject({ setting: "auto", active: "builtin", ollamaConfigured: true, note: expect.stringMatching(/not answering/) });
  const { campaignId } = await caller.campaigns.create({ brief });
  const first = await caller.campaigns.generate({ campaignId });
  const [done] = await waitFor(() => allFinished(first.jobIds), 15_000);
  expect(done!.state).toBe("succeeded");
  expect((await caller.drafts.get({ draftId: first.draftIds[0]! })).draft.generation).toMatchObject({ provider: "builtin", model: "builtin" });

  // The same address answers now: the next request sees it (the status is re-checked when stale, here by a refresh) and writes with it.
  double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ttftMs: 1, tokenIntervalMs: 0, answer: ({ messages }) => writeEmail(messages) });
  await double.listen(port);
  const { getOllamaProvider } = await import("@/server/models/provider");
  await getOllamaProvider()!.refresh();
  expect(await providerStatus()).toMatchObject({ active: "ollama" });
  const second = await caller.campaigns.generate({ campaignId });
  const [again] = await waitFor(() => allFinished(second.jobIds), 15_000);
  expect(again!.state).toBe("succeeded");
  expect((await caller.drafts.get({ draftId: second.draftIds[0]! })).draft.generation).toMatchObject({ provider: "ollama", host: `http://127.0.0.1:${port}` });
});

it("never falls back when MODEL_PROVIDER=ollama", async () => {
  process.env.MODEL_PROVIDER = "ollama";
  process.env.OLLAMA_HOST = `http://127.0.0.1:${await deadPort()}`;
  expect(await providerStatus()).toMatchObject({ setting: "ollama", active: "ollama" });
});
