/**
 * The review workflow through tRPC callers and real workers: submit, request
 * changes with a comment and a mention, revise, diff, approvals under a
 * two-approval policy with separation of duties and stale versions, then
 * notifications (in-app and SMTP), the signed webhook with a retry, the
 * training example in the next model version, exports (the .eml parsed
 * back), the audit log and its CSV, and other tenants kept out.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as auditCsv } from "@/app/api/audit/route";
import type { EmailContent } from "@/domain/email/content";
import { verifySignature } from "@/server/webhooks/signing";
import { answerEmails } from "../../e2e/ollama-double/email-writer";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp, type TestPerson } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";

let double: OllamaDouble;
let worker: Awaited<ReturnType<typeof startRunner>>;
let smtp: SMTPServer;
const mails: { to: string; raw: string }[] = [];
let receiver: http.Server;
const received: { body: string; signature: string | null }[] = [];
let receiverUrl = "";

beforeAll(async () => {
  double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ttftMs: 1, tokenIntervalMs: 0, answer: answerEmails });
  process.env.OLLAMA_HOST = `${await double.listen()}|4`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  let calls = 0;
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      calls++;
      received.push({ body, signature: req.headers["brandsmith-signature"] as string | null });
      // The first delivery fails: the queue must retry it.
      res.writeHead(calls === 1 ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  worker = await startRunner(jobHandlers, { concurrency: 4 });
});

afterAll(async () => {
  await worker.stop();
  delete process.env.OLLAMA_HOST;
  delete process.env.SMTP_URL;
  await double.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise((resolve) => receiver.close(resolve));
});

async function generateOne(person: TestPerson, slug: string, name: string) {
  const caller = await person.caller(slug);
  const { campaignId } = await caller.campaigns.create({
    brief: {
      name,
      type: "launch",
      goal: "Launch the spring roast.",
      audience: "Home brewers",
      keyMessage: "Bright and floral, roasted every Tuesday.",
      ctaText: "Try it",
      ctaUrl: "https://shop.example/spring",
      variants: 1,
    },
  });
  const { draftIds, jobIds } = await caller.campaigns.generate({ campaignId });
  await waitFor(() => allFinished(jobIds), 15_000);
  return draftIds[0]!;
}

it("runs a draft from submission through changes, two approvals, webhook, training example and export", async () => {
  const owner = await signUp("Olga Owner");
  const mara = await signUp("Mara Marketer");
  const rita = await signUp("Rita Reviewer");
  const remy = await signUp("Remy Reviewer");
  const ws = await createWorkspace(owner, [
    { person: mara, role: "marketer" },
    { person: rita, role: "reviewer" },
    { person: remy, role: "reviewer" },
  ]);
  const asOwner = await owner.caller(ws.slug);
  const asMara = await mara.caller(ws.slug);
  const asRita = await rita.caller(ws.slug);
  const asRemy = await remy.caller(ws.slug);
  await asOwner.review.savePolicy({ requiredApprovals: 2, minScore: 50 });
  expect(await expectCode(asOwner.review.savePolicy({ requiredApprovals: 5, minScore: null }), "BAD_REQUEST")).toMatch(/1, 2 or 3/);
  const hook = await asOwner.webhooks.create({ url: receiverUrl, description: "CMS" });
  expect(await expectCode(asOwner.webhooks.create({ url: "ftp://files.example.com" }), "BAD_REQUEST")).toMatch(/http\(s\) only/);
  // In production, private and loopback targets are refused (SSRF).
  const mode = process.env.NODE_ENV;
  (process.env as Record<string, string>).NODE_ENV = "production";
  try {
    expect(await expectCode(asOwner.webhooks.create({ url: receiverUrl }), "BAD_REQUEST")).toMatch(/private or loopback/);
  } finally {
    (process.env as Record<string, string | undefined>).NODE_ENV = mode;
  }

  const draftId = await generateOne(mara, ws.slug, "Spring launch");
  let draft = (await asMara.drafts.get({ draftId })).draft;
  expect(await expectCode(asOwner.review.export({ draftId, format: "html", version: draft.version }), "CONFLICT")).toMatch(/Only approved drafts can be exported/);
  expect(await expectCode(asRita.drafts.submit({ draftId, version: draft.version }), "FORBIDDEN")).toMatch(/Only owners, admins and marketers/);
  await asMara.drafts.submit({ draftId, version: draft.version });
  expect((await asRita.notifications.list()).items[0]).toMatchObject({ kind: "submitted", message: expect.stringContaining('Mara Marketer submitted "Spring launch" variant 1') });
  expect((await asRita.review.queue({ mine: true })).drafts.map((d) => d.id)).toContain(draftId);
  // The author does not see her own draft among those she may decide.
  expect((await asMara.review.queue({ mine: true })).drafts.map((d) => d.id)).not.toContain(draftId);

  draft = (await asRita.drafts.get({ draftId })).draft;
  expect(await expectCode(asRita.review.decide({ draftId, action: "request_changes", version: draft.version, reason: " " }), "BAD_REQUEST")).toMatch(/Say what should change/);
  await asRita.review.comment({ draftId, body: "@Mara the opening could be shorter.", blockIndex: 1 });
  await asRita.review.decide({ draftId, action: "request_changes", version: draft.version, reason: "Shorter opening, please." });
  const maraNotes = (await asMara.notifications.list()).items.map((n) => n.kind);
  expect(maraNotes).toEqual(expect.arrayContaining(["mentioned", "changes_requested"]));
  const comments = await asMara.review.comments({ draftId });
  expect(comments[0]).toMatchObject({ blockIndex: 1, authorName: "Rita Reviewer", body: "@Mara the opening could be shorter." });
  await asMara.review.comment({ draftId, body: "Done, see revision 2.", parentId: comments[0]!.id });
  expect((await asMara.review.comments({ draftId }))[1]).toMatchObject({ parentId: comments[0]!.id, blockIndex: 1 });

  const before = await asMara.drafts.get({ draftId });
  const content: EmailContent = { ...before.current!.content, blocks: before.current!.content.blocks.map((b, i) => (i === 1 && b.type === "paragraph" ? { ...b, text: "Spring is here. Bright and floral." } : b)) };
  await asMara.drafts.save({ draftId, content, baseRevision: 1 });
  const diff = await asRita.review.diff({ draftId, from: 1, to: 2 });
  expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(["block-1"]);
  const added = diff.fields.find((f) => f.field === "block-1")!.parts.filter((p) => p.op !== "del").map((p) => p.text).join("");
  expect(added).toBe("Spring is here. Bright and floral.");

  draft = (await asMara.drafts.get({ draftId })).draft;
  await asMara.drafts.submit({ draftId, version: draft.version });
  draft = (await asRita.drafts.get({ draftId })).draft;
  // A decision on a stale view is refused; two reviewers must approve; one approval counts once.
  expect(await expectCode(asRita.review.decide({ draftId, action: "approve", version: draft.version - 1 }), "CONFLICT")).toMatch(/changed since you opened it/);
  const first = await asRita.review.decide({ draftId, action: "approve", version: draft.version });
  expect(first).toMatchObject({ status: "in_review", approvals: 1, requiredApprovals: 2 });
  expect(await expectCode(asRita.review.decide({ draftId, action: "approve", version: first.version }), "CONFLICT")).toMatch(/already approved/);
  expect(await expectCode(asMara.review.decide({ draftId, action: "approve", version: first.version }), "FORBIDDEN")).toMatch(/Only owners, admins and reviewers/);
  const second = await asRemy.review.decide({ draftId, action: "approve", version: first.version });
  expect(second).toMatchObject({ status: "approved", approvals: 2 });
  expect((await asMara.notifications.list()).items[0]).toMatchObject({ kind: "approved" });

  // The approved event reaches the webhook, signed; the first attempt got a 500 and was retried.
  await waitFor(async () => (await asOwner.webhooks.list())[0]!.deliveries[0]?.status === "delivered", 20_000, "webhook delivered");
  const [endpoint] = await asOwner.webhooks.list();
  expect(endpoint!.deliveries[0]).toMatchObject({ event: "draft.approved", status: "delivered", responseCode: 204, attempts: 2 });
  const last = received.at(-1)!;
  expect(verifySignature(hook.secret, last.signature, last.body, Math.floor(Date.now() / 1000))).toEqual({ ok: true });
  expect(JSON.parse(last.body)).toMatchObject({ event: "draft.approved", data: { draftId, revision: 2, approvedBy: expect.any(Array) } });

  // Approved work becomes an example for the next model version.
  const built = await asOwner.models.create({});
  const [model] = await ownerQuery((sql) => sql<{ spec: { examples: { prompt: string; answer: string }[] } }[]>`select spec from tenant_models where id = ${built.model.id}`);
  expect(model!.spec.examples).toHaveLength(1);
  expect(JSON.parse(model!.spec.examples[0]!.answer)).toMatchObject({ subject: content.subject });

  // Exports: .eml parsed back, JSON with who wrote it; the draft is marked exported.
  draft = (await asMara.drafts.get({ draftId })).draft;
  expect(await expectCode(asRita.review.export({ draftId, format: "eml", version: draft.version }), "FORBIDDEN")).toBeTruthy();
  const eml = await asOwner.review.export({ draftId, format: "eml", version: draft.version });
  const parsed = await simpleParser(eml.body);
  expect(parsed.subject).toBe(content.subject);
  expect(parsed.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
  expect(parsed.text).toContain("Spring is here. Bright and floral.");
  expect(parsed.html).toContain("Spring is here. Bright and floral.");
  expect(eml.body).toContain("List-Unsubscribe: <{{unsubscribe_url}}>");
  const json = JSON.parse((await asOwner.review.export({ draftId, format: "json", version: eml.version })).body);
  expect(json).toMatchObject({ draftId, revision: 2, model: { name: "qwen2.5:1.5b", provider: "ollama" } });
  expect((await asOwner.drafts.get({ draftId })).draft.status).toBe("exported");

  // Notifications went out by email too.
  await waitFor(async () => mails.some((m) => m.to === mara.email && m.raw.includes("approved")), 10_000, "approval email");

  // The audit trail has every step, and the CSV export for admins.
  const history = await asOwner.review.history({ draftId });
  expect(history.trail.map((t) => t.action)).toEqual([
    "draft.generated",
    "draft.submitted",
    "draft.commented",
    "draft.changes_requested",
    "draft.commented",
    "draft.edited",
    "draft.submitted",
    "draft.approval_recorded",
    "draft.approved",
    "draft.exported",
    "draft.exported",
  ]);
  const search = await asOwner.audit.search({ action: "draft.approved" });
  expect(search.events).toHaveLength(1);
  const csv = await (await auditCsv(new Request(`http://localhost/api/audit?tenant=${ws.slug}&action=draft.approved`, { headers: { cookie: owner.cookie } }))).text();
  expect(csv.split("\r\n")[0]).toBe("time,actor,actor_email,action,object_type,object_id,details");
  expect(csv).toContain("Remy Reviewer");
  expect((await auditCsv(new Request(`http://localhost/api/audit?tenant=${ws.slug}`, { headers: { cookie: rita.cookie } }))).status).toBe(403);
  await expectCode(asRita.audit.search({}), "FORBIDDEN");

  // Another workspace cannot touch this draft.
  const outsider = await signUp("Otto Outsider");
  const otherWs = await createWorkspace(outsider);
  const asOutsider = await outsider.caller(otherWs.slug);
  await expectCode(asOutsider.review.decide({ draftId, action: "approve", version: 1 }), "NOT_FOUND");
  await expectCode(asOutsider.review.comments({ draftId }), "NOT_FOUND");
  await expectCode(asOutsider.review.comment({ draftId, body: "hello" }), "NOT_FOUND");
  await expectCode(asOutsider.review.export({ draftId, format: "json", version: 1 }), "NOT_FOUND");
});

it("refuses self-approval, keeps rejected drafts final, bulk-approves only above the score, and gates by the minimum score", async () => {
  const owner = await signUp("Sam Solo");
  const rita = await signUp("Rex Reviewer");
  const ws = await createWorkspace(owner, [{ person: rita, role: "reviewer" }]);
  const asOwner = await owner.caller(ws.slug);
  const asRita = await rita.caller(ws.slug);

  const mine = await generateOne(owner, ws.slug, "Own draft");
  let draft = (await asOwner.drafts.get({ draftId: mine })).draft;
  await asOwner.drafts.submit({ draftId: mine, version: draft.version });
  draft = (await asOwner.drafts.get({ draftId: mine })).draft;
  expect(await expectCode(asOwner.review.decide({ draftId: mine, action: "approve", version: draft.version }), "FORBIDDEN")).toMatch(/separation of duties/);
  await asRita.review.decide({ draftId: mine, action: "reject", version: draft.version, reason: "Off-brand." });
  draft = (await asOwner.drafts.get({ draftId: mine })).draft;
  expect(draft.status).toBe("rejected");
  expect(await expectCode(asOwner.drafts.submit({ draftId: mine, version: draft.version }), "CONFLICT")).toMatch(/rejected/);

  const a = await generateOne(owner, ws.slug, "Bulk A");
  const b = await generateOne(owner, ws.slug, "Bulk B");
  for (const id of [a, b]) await asOwner.drafts.submit({ draftId: id, version: (await asOwner.drafts.get({ draftId: id })).draft.version });
  await ownerQuery((sql) => sql`update drafts set score = 40 where id = ${b}`);
  const queue = await asRita.review.queue({ mine: true, sort: "score_desc" });
  expect(queue.drafts.map((d) => d.id)).toEqual([a, b]);
  const result = await asRita.review.bulkApprove({ drafts: queue.drafts.map((d) => ({ draftId: d.id, version: d.version })), minScore: 80 });
  expect(result.approved).toBe(1);
  expect(result.results.find((r) => r.draftId === b)).toMatchObject({ ok: false, message: /below 80/ });

  await asOwner.review.savePolicy({ requiredApprovals: 1, minScore: 60 });
  const low = (await asRita.drafts.get({ draftId: b })).draft;
  expect(await expectCode(asRita.review.decide({ draftId: b, action: "approve", version: low.version }), "CONFLICT")).toMatch(/score is 40; this workspace approves from 60/);
});

it("excludes from approval everyone who edited the draft in any round, not only the last editor", async () => {
  const owner = await signUp("Ola Owner");
  const admin = await signUp("Ada Editor");
  const mara = await signUp("Mia Marketer");
  const rita = await signUp("Ria Reviewer");
  const ws = await createWorkspace(owner, [
    { person: admin, role: "admin" },
    { person: mara, role: "marketer" },
    { person: rita, role: "reviewer" },
  ]);
  const [asOwner, asAdmin, asMara, asRita] = await Promise.all([owner.caller(ws.slug), admin.caller(ws.slug), mara.caller(ws.slug), rita.caller(ws.slug)]);
  const draftId = await generateOne(owner, ws.slug, "Three editors");
  // Round 1: the admin edits, the owner submits, a reviewer asks for changes.
  const edit = async (caller: typeof asOwner, subject: string) => {
    const { current } = await caller.drafts.get({ draftId });
    await caller.drafts.save({ draftId, content: { ...current!.content, subject }, baseRevision: current!.number });
  };
  await edit(asAdmin, "Spring roast, edited by the admin");
  await asOwner.drafts.submit({ draftId, version: (await asOwner.drafts.get({ draftId })).draft.version });
  await asRita.review.decide({ draftId, action: "request_changes", version: (await asRita.drafts.get({ draftId })).draft.version, reason: "Shorter, please." });
  // Round 2: the marketer edits last and submits.
  await edit(asMara, "Spring roast, shorter");
  await asMara.drafts.submit({ draftId, version: (await asMara.drafts.get({ draftId })).draft.version });

  const version = (await asRita.drafts.get({ draftId })).draft.version;
  // The admin edited in round 1, long before the marketer's last edit: still excluded.
  expect(await expectCode(asAdmin.review.decide({ draftId, action: "approve", version }), "FORBIDDEN")).toMatch(/You edited this draft/);
  expect(await expectCode(asOwner.review.decide({ draftId, action: "approve", version }), "FORBIDDEN")).toMatch(/asked for this draft/);
  expect((await asAdmin.review.queue({ mine: true })).drafts.map((d) => d.id)).not.toContain(draftId);
  await asRita.review.decide({ draftId, action: "approve", version });
  expect((await asRita.drafts.get({ draftId })).draft.status).toBe("approved");
});
