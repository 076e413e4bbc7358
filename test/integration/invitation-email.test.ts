/** Invitations by email when SMTP_URL is set, against a local SMTP server. */
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as authRoute } from "@/app/api/auth/[...all]/route";
import { getAuth } from "@/server/auth/auth";
import { getDb } from "@/server/db/client";
import { createTRPCContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/router";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { allFinished, jobStates, ownerQuery, startRunner, waitFor } from "../support/queue";

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

it("lets only the owner of the invited address join: a stranger who signs up with it cannot accept until the address is confirmed", async () => {
  const owner = await signUp("Olga Owner");
  const ws = await createWorkspace(owner);
  const worker = await startRunner(jobHandlers);
  try {
    const email = `target.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const created = await (await owner.caller(ws.slug)).members.invite({ email, role: "admin" });
    // Someone holding the link signs up with the invited address: nothing proves it is theirs.
    const { headers } = await getAuth().api.signUpEmail({ body: { name: "Someone Else", email, password: "a sturdy test passphrase" }, returnHeaders: true });
    const cookie = headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const caller = createCaller(await createTRPCContext({ headers: new Headers({ cookie }), db: getDb() }));
    expect(await caller.invitations.forMe({ invitationId: created.id })).toEqual({ forThisAccount: true, mustConfirmEmail: true });
    expect(await expectCode(caller.invitations.accept({ invitationId: created.id }), "FORBIDDEN")).toMatch(/Confirm your email address first/);

    // The confirmation goes to the invited address, through the workspace's queue: only its owner can click it.
    await getAuth().api.sendVerificationEmail({ body: { email, callbackURL: `/invite/${created.id}` }, headers: new Headers({ cookie }) });
    const mail = await waitFor(async () => received.find((m) => m.to.includes(email) && /Confirm your email/.test(m.raw)), 10_000, "the confirmation email");
    const link = /(http:\/\/\S+\/api\/auth\/verify-email\?token=[^\s"<]+)/.exec(mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "="))?.[1];
    expect(link).toBeTruthy();
    // Confirmation is for invitations only: a link to anywhere else is refused.
    await expect(getAuth().api.sendVerificationEmail({ body: { email, callbackURL: "/t/elsewhere" }, headers: new Headers({ cookie }) })).rejects.toThrow();

    const verified = await authRoute(new Request(link!, { headers: { cookie } }));
    expect(verified.status).toBeLessThan(400);
    const [row] = await ownerQuery((sql) => sql<{ email_verified: boolean }[]>`select email_verified from "user" where email = ${email}`);
    expect(row!.email_verified).toBe(true);
    const fresh = createCaller(await createTRPCContext({ headers: new Headers({ cookie }), db: getDb() }));
    expect(await fresh.invitations.accept({ invitationId: created.id })).toMatchObject({ tenantSlug: ws.slug, role: "admin" });
  } finally {
    await worker.stop();
  }
});
