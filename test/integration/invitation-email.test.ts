/** Invitations by email when SMTP_URL is set, against a local SMTP server. */
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp } from "../support/actors";
import { allFinished, jobStates, startRunner, waitFor } from "../support/queue";

const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
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
  const address = server.server.address();
  if (typeof address !== "object" || !address) throw new Error("no SMTP port");
  process.env.SMTP_URL = `smtp://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it("emails the invitation link through the queue", async () => {
  const owner = await signUp("Olga Owner");
  const ws = await createWorkspace(owner);
  const worker = await startRunner(jobHandlers);
  const created = await (await owner.caller(ws.slug)).members.invite({ email: "newcomer@example.com", role: "reviewer" });
  expect(created.emailJobId).toBeTruthy();
  const [job] = await waitFor(() => allFinished([created.emailJobId!]));
  await worker.stop();
  expect(job!.state).toBe("succeeded");
  const mail = received.find((m) => m.to.includes("newcomer@example.com"));
  expect(mail?.raw).toContain(`/invite/${created.id}`);
  expect(mail?.raw).toMatch(/Subject: Olga Owner invited you to Workspace/);
  expect(mail?.raw).toContain(`Message-ID: <${created.emailJobId}@brandsmith>`);
});

it("keeps the invitation and retries the email while the mail server is down", async () => {
  const owner = await signUp("Olga Owner");
  const ws = await createWorkspace(owner);
  const working = process.env.SMTP_URL;
  process.env.SMTP_URL = "smtp://127.0.0.1:1";
  const worker = await startRunner(jobHandlers, { retryBaseMs: 100 });
  const created = await (await owner.caller(ws.slug)).members.invite({ email: "later@example.com", role: "marketer" });
  const pending = await (await owner.caller(ws.slug)).members.invitations();
  expect(pending.map((p) => p.email)).toContain("later@example.com");

  await waitFor(() => jobStates([created.emailJobId!]).then((rows) => (rows[0]?.errors.length ?? 0) >= 1), 10_000, "a failed attempt");
  process.env.SMTP_URL = working;
  const [job] = await waitFor(() => allFinished([created.emailJobId!]), 10_000);
  await worker.stop();
  expect(job!.state).toBe("succeeded");
  expect(job!.errors[0]!.message).toMatch(/ECONNREFUSED|connect/i);
  expect(received.some((m) => m.to.includes("later@example.com"))).toBe(true);
});
