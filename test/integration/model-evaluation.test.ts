/**
 * The evaluation gate against the Ollama test double: a new version is
 * written against the active one on the tenant's evaluation set as a batch
 * job; a worse one is refused, an owner overrides with a reason (audited),
 * a marketer cannot, and going back to an earlier version is one click.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { answerEmails } from "../../e2e/ollama-double/email-writer";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";

const WORSE = "WRITE CARELESSLY";
/** The copy a careless version writes: an internal name, a repeated sentence, a number nobody gave. */
const careless = JSON.stringify({
  subject: "Evaluation brief update",
  subjectAlternatives: ["Evaluation brief update", "Evaluation brief update"],
  preheader: "An update from the team about Evaluation brief 1 and more.",
  blocks: [
    { type: "paragraph", text: "Evaluation brief 1 is here. Over 10,000 people agree. Evaluation brief 1 is here." },
    { type: "paragraph", text: "Thank you for reading. Thanks for reading. CLICK HERE NOW!!! It is guaranteed: https://exa mple" },
  ],
  ctaText: "Go",
  signOff: "The team",
});

let double: OllamaDouble;
let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  process.env.EVAL_BRIEFS = "4";
  double = new OllamaDouble({
    installed: ["qwen2.5:1.5b"],
    ttftMs: 1,
    tokenIntervalMs: 0,
    answer: (request) => (request.system?.includes(WORSE) && request.format ? careless : answerEmails(request)),
  });
  process.env.OLLAMA_HOST = `${await double.listen()}|2`;
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker.stop();
  delete process.env.OLLAMA_HOST;
  delete process.env.EVAL_BRIEFS;
  await double.close();
});

it("measures a new version against the active one and refuses a worse one unless an owner says why", async () => {
  const owner = await signUp("Eva Evaluate");
  const admin = await signUp("Adi Admin");
  const ws = await createWorkspace(owner, [{ person: admin, role: "admin" }]);
  const caller = await owner.caller(ws.slug);

  // v1: nothing to compare with, so it goes live on a click.
  const first = await caller.models.create({});
  await waitFor(() => allFinished([first.jobId]), 10_000);
  const v1 = (await caller.models.list()).find((v) => v.version === 1)!;
  expect(v1.evaluation).toBeNull();
  await caller.models.activate({ tenantModelId: v1.id });

  // v2 writes as well as v1: its evaluation passes and it can be activated.
  const second = await caller.models.create({ system: "You write marketing copy. Be clear." });
  await waitFor(() => allFinished([second.jobId]), 10_000);
  const pending = (await caller.models.list()).find((v) => v.version === 2)!;
  expect(pending.evaluation).toMatchObject({ total: 4 });
  await waitFor(() => allFinished([pending.evaluation!.jobId!]), 20_000);
  const v2 = (await caller.models.list()).find((v) => v.version === 2)!;
  expect(v2.evaluation).toMatchObject({ status: "done", verdict: "not_worse", done: 4 });
  expect(v2.evaluation!.pairs).toHaveLength(4);
  expect(v2.evaluation!.summary!.metrics.quality).toMatchObject({ n: 4 });
  await caller.models.activate({ tenantModelId: v2.id });

  // v3 writes carelessly: refused, with the reasons.
  const third = await caller.models.create({ system: `You write marketing copy. ${WORSE}.` });
  await waitFor(() => allFinished([third.jobId]), 10_000);
  const evaluating = (await caller.models.list()).find((v) => v.version === 3)!;
  await waitFor(() => allFinished([evaluating.evaluation!.jobId!]), 20_000);
  const v3 = (await caller.models.list()).find((v) => v.version === 3)!;
  expect(v3.evaluation, JSON.stringify(v3.evaluation?.summary)).toMatchObject({ status: "done", verdict: "worse" });
  expect(await expectCode(caller.models.activate({ tenantModelId: v3.id }), "CONFLICT")).toMatch(/writes worse than the active version: compliance/);
  const asAdmin = await admin.caller(ws.slug);
  expect(await expectCode(asAdmin.models.activate({ tenantModelId: v3.id, overrideReason: "We need the new tone for the launch." }), "FORBIDDEN")).toMatch(/Only an owner/);
  expect(await expectCode(caller.models.activate({ tenantModelId: v3.id, overrideReason: "ok" }), "BAD_REQUEST")).toMatch(/reason/);

  // The owner overrides with a reason: recorded in the audit log.
  await caller.models.activate({ tenantModelId: v3.id, overrideReason: "Legal asked for the new system prompt; we accept the drop for a week." });
  const [audit] = await ownerQuery((sql) => sql<{ details: { reason: string } }[]>`select details from audit_events where tenant_id = ${ws.id} and action = 'model.activated_over_evaluation'`);
  expect(audit!.details.reason).toMatch(/Legal asked/);

  // Rollback to v2 is one click, evaluation or not.
  await caller.models.activate({ tenantModelId: v2.id });
  expect((await caller.models.list()).find((v) => v.active)!.version).toBe(2);

  // An empty evaluation set says how to fill it, and the new version waits.
  expect((await caller.models.evaluationSet()).briefs).toHaveLength(4);
  await caller.models.saveEvaluationSet({ campaignIds: [] });
  expect(await caller.models.evaluationSet()).toMatchObject({ custom: true, briefs: [] });
  const fourth = await caller.models.create({ system: "You write marketing copy. Be brief." });
  await waitFor(() => allFinished([fourth.jobId]), 10_000);
  const v4 = (await caller.models.list()).find((v) => v.version === 4)!;
  expect(v4.evaluation).toMatchObject({ status: "failed", error: expect.stringMatching(/evaluation set is empty/) });
  expect(await expectCode(caller.models.activate({ tenantModelId: v4.id }), "CONFLICT")).toMatch(/evaluation set is empty/);
  await caller.models.saveEvaluationSet({ campaignIds: null });
  expect((await caller.models.evaluationSet()).custom).toBe(false);

  // The same evaluation from the command line, against the configured model server.
  const { stdout } = await run("node", ["--import", "tsx", "scripts/eval.ts", "--tenant", ws.slug, "--candidate", "3", "--baseline", "2"], { env: process.env, timeout: 60_000 });
  expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({ tenant: ws.slug, provider: "ollama", verdict: "worse" });
}, 90_000);

const run = promisify(execFile);
