/**
 * A batch of variants can be stopped: those still waiting are cancelled at
 * once, the one being written stops, finished ones stay; each stopped
 * variant can be tried again on its own. (Builtin model, slowed down so the
 * batch is still in flight when it is cancelled.)
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { allFinished, jobStates, startRunner, waitFor } from "../support/queue";

let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  delete process.env.OLLAMA_HOST;
  process.env.MODEL_PROVIDER = "builtin";
  // About 3 s per variant: the batch is still being written when it is cancelled.
  process.env.BUILTIN_TOKEN_MS = "30";
  worker = await startRunner(jobHandlers, { concurrency: 1 });
});
afterAll(async () => {
  await worker.stop();
  delete process.env.MODEL_PROVIDER;
  delete process.env.BUILTIN_TOKEN_MS;
});

it("cancels what is still waiting or being written, keeps the rest, and lets each variant be retried", async () => {
  const marketer = await signUp("Bea Batch");
  const reviewer = await signUp("Rob Reviewer");
  const ws = await createWorkspace(marketer, [{ person: reviewer, role: "reviewer" }]);
  const caller = await marketer.caller(ws.slug);
  const { campaignId } = await caller.campaigns.create({
    brief: { name: "Autumn roast", type: "launch", goal: "Launch it.", audience: "Home brewers", keyMessage: "Our autumn roast is rich and warm.", ctaText: "Try it", ctaUrl: "https://shop.example/", variants: 3 },
  });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  await waitFor(() => jobStates(jobIds).then((rows) => rows.some((r) => r.state === "running")), 10_000, "the first variant to start");

  // Reviewers decide; they do not stop a marketer's batch.
  await expectCode((await reviewer.caller(ws.slug)).campaigns.cancelGeneration({ campaignId }), "FORBIDDEN");
  expect(await caller.campaigns.cancelGeneration({ campaignId })).toEqual({ cancelled: 2, stopping: 1 });
  const stopped = await waitFor(() => allFinished(jobIds), 10_000, "the running variant to stop");
  expect(stopped.map((j) => j.state).sort()).toEqual(["cancelled", "cancelled", "cancelled"]);
  // Not "generating" forever: the two that were waiting are marked at once, in words; the one being written
  // once its worker records the cancellation (its job's onEnded, called by the queue runner).
  const view = await waitFor(async () => {
    const current = await caller.campaigns.get({ campaignId });
    return current.variants.every((v) => v.status === "failed") ? current : null;
  }, 10_000, "every variant to say it was not written");
  expect(view.variants.map((v) => v.jobState)).toEqual(draftIds.map(() => "cancelled"));
  for (const variant of view.variants) expect(variant.failure).toMatch(/^Cancelled before it was written/);
  // Nothing left to stop: a second click changes nothing.
  expect(await caller.campaigns.cancelGeneration({ campaignId })).toEqual({ cancelled: 0, stopping: 0 });

  // Each variant can be written again on its own.
  process.env.BUILTIN_TOKEN_MS = "0";
  const retried = await caller.campaigns.retryVariant({ draftId: draftIds[0]! });
  const [done] = await waitFor(() => allFinished([retried.jobId]), 10_000);
  expect(done!.state).toBe("succeeded");
  expect((await caller.drafts.get({ draftId: draftIds[0]! })).draft.status).toBe("draft");
});
