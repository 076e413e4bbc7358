/**
 * "Send a test" from the draft page: the saved revision, rendered as it is
 * exported, arrives through a real SMTP server at the sender (or up to five
 * addresses), marked [Test], and the draft's history records it. Without
 * SMTP the page says what to do instead.
 */
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";

const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let worker: Awaited<ReturnType<typeof startRunner>>;

beforeAll(async () => {
  delete process.env.OLLAMA_HOST;
  process.env.MODEL_PROVIDER = "builtin";
  process.env.BUILTIN_TOKEN_MS = "0";
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker.stop();
  delete process.env.SMTP_URL;
  delete process.env.MODEL_PROVIDER;
  delete process.env.BUILTIN_TOKEN_MS;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it("mails the saved revision as exported, marked [Test], and records it in the draft's history", async () => {
  const owner = await signUp("Tess Tester");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const { campaignId } = await caller.campaigns.create({
    brief: { name: "Autumn roast", type: "launch", goal: "Launch it.", audience: "Home brewers", keyMessage: "Our autumn roast is rich and warm.", ctaText: "Try it", ctaUrl: "https://shop.example/", variants: 1 },
  });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  await waitFor(() => allFinished(jobIds), 15_000);
  const { current } = await caller.drafts.get({ draftId: draftIds[0]! });

  // Nobody typed an address: it goes to the sender.
  const mine = await caller.drafts.sendTest({ draftId: draftIds[0]!, to: [] });
  expect(mine.to).toEqual([owner.email]);
  const two = await caller.drafts.sendTest({ draftId: draftIds[0]!, to: ["Copy.Editor@Example.com", "lead@example.com"] });
  await waitFor(() => allFinished([mine.jobId, two.jobId]), 15_000);
  const toMe = received.find((m) => m.to.includes(owner.email))!;
  expect(toMe.raw).toContain(`Subject: [Test] ${current!.content.subject}`);
  expect(toMe.raw).toMatch(/Content-Type: text\/html/);
  expect(toMe.raw).toMatch(/Content-Type: text\/plain/);
  expect(received.filter((m) => m.to.includes("copy.editor@example.com") || m.to.includes("lead@example.com"))).toHaveLength(2);
  const history = await ownerQuery((sql) => sql<{ details: { to: string[] } }[]>`select details from audit_events where tenant_id = ${ws.id} and action = 'draft.test_sent' order by created_at`);
  expect(history.map((h) => h.details.to)).toEqual([[owner.email], ["copy.editor@example.com", "lead@example.com"]]);

  expect(await expectCode(caller.drafts.sendTest({ draftId: draftIds[0]!, to: ["not an address"] }), "BAD_REQUEST")).toMatch(/not an address/);
  await expectCode(caller.drafts.sendTest({ draftId: draftIds[0]!, to: ["a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io", "f@x.io"] }), "BAD_REQUEST");
  const smtp = process.env.SMTP_URL;
  delete process.env.SMTP_URL;
  expect(await expectCode(caller.drafts.sendTest({ draftId: draftIds[0]!, to: [] }), "BAD_REQUEST")).toMatch(/Email is not set up on this server/);
  process.env.SMTP_URL = smtp;
});
