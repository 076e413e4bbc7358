/** Invitations by email when SMTP_URL is set, against a local SMTP server. */
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWorkspace, signUp } from "../support/actors";

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

it("emails the invitation link and reports delivery", async () => {
  const owner = await signUp("Olga Owner");
  const ws = await createWorkspace(owner);
  const created = await (await owner.caller(ws.slug)).members.invite({ email: "newcomer@example.com", role: "reviewer" });
  expect(created.emailDelivery).toEqual({ sent: true });
  const mail = received.find((m) => m.to.includes("newcomer@example.com"));
  expect(mail?.raw).toContain(`/invite/${created.id}`);
  expect(mail?.raw).toMatch(/Subject: Olga Owner invited you to Workspace/);
});

it("keeps the invitation and says so when the mail server is down", async () => {
  const owner = await signUp("Olga Owner");
  const ws = await createWorkspace(owner);
  process.env.SMTP_URL = "smtp://127.0.0.1:1";
  const created = await (await owner.caller(ws.slug)).members.invite({ email: "later@example.com", role: "marketer" });
  expect(created.emailDelivery).toMatchObject({ sent: false, reason: expect.stringMatching(/could not be sent/) });
  const pending = await (await owner.caller(ws.slug)).members.invitations();
  expect(pending.map((p) => p.email)).toContain("later@example.com");
});
