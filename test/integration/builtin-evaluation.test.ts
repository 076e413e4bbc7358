/**
 * The builtin model's retrain goes through the evaluation gate: a retrain
 * that writes no worse goes live (the replaced version kept for rollback);
 * one that writes worse is held back while the live version keeps writing;
 * only an owner, with a reason, puts it live anyway (audited); rollback is
 * one click.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ModelEmail } from "@/domain/email/content";
import { getDb } from "@/server/db/client";
import { builtinWriter, retrainBuiltinModel } from "@/server/services/builtin-model";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { ownerQuery } from "../support/queue";

beforeAll(() => {
  process.env.EVAL_BRIEFS = "4";
});
afterAll(() => {
  delete process.env.EVAL_BRIEFS;
});

/** What a careless version writes: an internal name, a repeated sentence, a number nobody gave. */
const careless = (brief: { name: string }): ModelEmail => ({
  subject: `${brief.name} update`,
  subjectAlternatives: [`${brief.name} update`, `${brief.name} update`],
  preheader: `An update from the team about ${brief.name} and more.`,
  blocks: [
    { type: "paragraph", text: `${brief.name} is here. Over 10,000 people agree. ${brief.name} is here.` },
    { type: "paragraph", text: "Thank you for reading. Thanks for reading. CLICK HERE NOW!!!" },
  ],
  ctaText: "Go",
  signOff: "The team",
});

it("puts a retrain live only when it writes no worse, and lets an owner override with a reason and roll back", async () => {
  const owner = await signUp("Otto Owner");
  const admin = await signUp("Ada Admin");
  const ws = await createWorkspace(owner, [{ person: admin, role: "admin" }]);
  const ownerCaller = await owner.caller(ws.slug);
  const adminCaller = await admin.caller(ws.slug);
  await ownerQuery(async (sql) => {
    const [guide] = await sql<{ id: string }[]>`insert into brand_guides (tenant_id, filename, kind, size, sha256, status) values (${ws.id}, 'guide.md', 'markdown', 1, 'x', 'ready') returning id`;
    const passages = ["We roast coffee in small batches every week.", "Our voice is warm, direct and never in a hurry.", "Every bag carries the farm, the region and the roast day."];
    for (const [i, text] of passages.entries()) await sql`insert into brand_chunks (tenant_id, guide_id, ordinal, section, page, text) values (${ws.id}, ${guide!.id}, ${i}, 'Voice', 1, ${text})`;
    return [];
  });
  expect(await ownerCaller.models.builtin()).toBeNull();

  const first = await retrainBuiltinModel(getDb(), ws.id);
  expect(first).toMatchObject({ version: 1, outcome: "first", evaluation: null });

  // The same corpus again: not worse, so it goes live and v1 is kept for rollback.
  const second = await retrainBuiltinModel(getDb(), ws.id);
  expect(second).toMatchObject({ version: 2, outcome: "activated" });
  expect(second.evaluation!.pairs).toHaveLength(4);
  expect(second.evaluation!.summary.verdict).toBe("not_worse");
  expect(await ownerCaller.models.builtin()).toMatchObject({ version: 2, previous: { version: 1 }, heldBack: null, evaluation: { candidateVersion: 2, baselineVersion: 1, outcome: "activated" } });

  // A retrain that writes carelessly is held back: v2 keeps writing.
  const honest = builtinWriter(ws.name, null);
  const third = await retrainBuiltinModel(getDb(), ws.id, { write: (snapshot, brief) => (snapshot.version === 3 ? careless(brief) : honest(snapshot, brief)) });
  expect(third).toMatchObject({ version: 3, outcome: "held_back" });
  expect(third.evaluation!.summary.reasons.join(" ")).toMatch(/quality|sendable/);
  const held = await adminCaller.models.builtin();
  expect(held).toMatchObject({ version: 2, heldBack: { version: 3 }, evaluation: { outcome: "held_back" } });
  const [live] = await ownerQuery((sql) => sql<{ version: number }[]>`select version from builtin_models where tenant_id = ${ws.id}`);
  expect(live!.version).toBe(2);

  // Only an owner overrides, and only with a reason.
  await expectCode(adminCaller.models.useHeldBackBuiltin({ reason: "Looks fine to me, ship it." }), "FORBIDDEN");
  await expectCode(ownerCaller.models.useHeldBackBuiltin({ reason: "ok" }), "BAD_REQUEST");
  expect(await ownerCaller.models.useHeldBackBuiltin({ reason: "The new guide changed our voice; the briefs are outdated." })).toEqual({ version: 3 });
  expect(await ownerCaller.models.builtin()).toMatchObject({ version: 3, previous: { version: 2 }, heldBack: null, evaluation: { outcome: "overridden" } });

  // One click back, and the next retrain numbers past every version seen.
  expect(await adminCaller.models.rollbackBuiltin()).toEqual({ version: 2 });
  expect(await ownerCaller.models.builtin()).toMatchObject({ version: 2, previous: { version: 3 } });
  expect((await retrainBuiltinModel(getDb(), ws.id)).version).toBe(4);

  const audit = await ownerQuery((sql) => sql<{ action: string; details: Record<string, unknown> }[]>`select action, details from audit_events where tenant_id = ${ws.id} and object_type = 'builtin_model' order by created_at`);
  expect(audit.map((a) => a.action)).toEqual(["builtin_model.activated_over_evaluation", "builtin_model.rolled_back"]);
  expect(audit[0]!.details).toMatchObject({ version: 3, from: 2, reason: "The new guide changed our voice; the briefs are outdated." });
});
