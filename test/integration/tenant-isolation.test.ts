/**
 * Tenant B's people, through every procedure, cannot read or change tenant A:
 * not by naming A's slug, not by passing A's ids inside their own workspace.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { invitation, jobs, member } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { appRouter } from "@/server/trpc/router";
import { createWorkspace, expectCode, signUp, type TestPerson } from "../support/actors";

let ownerA: TestPerson;
let marketerA: TestPerson;
let ownerB: TestPerson;
let tenantA: Awaited<ReturnType<typeof createWorkspace>>;
let tenantB: Awaited<ReturnType<typeof createWorkspace>>;
let memberIdA: string;
let invitationIdA: string;
let jobIdA: string;

beforeAll(async () => {
  ownerA = await signUp("Ann Owner");
  marketerA = await signUp("Mo Marketer");
  ownerB = await signUp("Ben Owner");
  tenantA = await createWorkspace(ownerA, [{ person: marketerA, role: "marketer" }]);
  tenantB = await createWorkspace(ownerB);
  const members = await (await ownerA.caller(tenantA.slug)).members.list();
  memberIdA = members.find((m) => m.email === marketerA.email)!.id;
  invitationIdA = (await (await ownerA.caller(tenantA.slug)).members.invite({ email: "pending@example.com", role: "reviewer" })).id;
  // A dead-lettered job of tenant A, so cancel/retry/redrive would have something to act on.
  const [job] = await withTenant(getDb(), tenantA.id, (tx) => enqueueJobs(tx, tenantA.id, [{ type: "test.isolation", payload: {}, runAt: new Date(Date.now() + 3_600_000) }]));
  jobIdA = job!.id;
  await withTenant(getDb(), tenantA.id, (tx) => tx.update(jobs).set({ state: "failed" }).where(eq(jobs.id, jobIdA)));
});

/** An input for each tenant procedure that names tenant A's objects. */
function inputFor(path: string): unknown {
  const byPath: Record<string, unknown> = {
    "members.invite": { email: "intruder@example.com", role: "owner" },
    "members.revokeInvitation": { invitationId: invitationIdA },
    "members.changeRole": { memberId: memberIdA, role: "owner" },
    "members.remove": { memberId: memberIdA },
    "jobs.list": {},
    "jobs.get": { jobId: jobIdA },
    "jobs.cancel": { jobId: jobIdA },
    "jobs.retry": { jobId: jobIdA },
    "jobs.redrive": {},
    "models.create": {},
    "models.activate": { tenantModelId: jobIdA },
    "models.delete": { tenantModelId: jobIdA },
    "models.try": { prompt: "Leak something" },
    "models.pullBase": { base: "qwen2.5:1.5b" },
    "brand.searchGuides": { query: "voice" },
    "brand.deleteGuide": { guideId: jobIdA },
    "brand.checkCopy": { body: "Leak nothing" },
    "brand.saveProfile": { profile: {} },
    "brand.judgeVoice": { body: "Leak nothing" },
  };
  return byPath[path];
}

const tenantProcedures = Object.keys(appRouter._def.procedures).filter(
  (path) => ["members.", "jobs.", "models.", "brand."].some((prefix) => path.startsWith(prefix)) || ["tenant.current", "tenant.dashboard"].includes(path),
);

async function call(person: TestPerson, slug: string, path: string) {
  const caller = await person.caller(slug);
  const [namespace, name] = path.split(".") as [string, string];
  const procedure = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[namespace]![name]!;
  return procedure(inputFor(path));
}

describe("naming tenant A's slug from tenant B's session", () => {
  it.each(tenantProcedures)("%s answers NOT_FOUND", async (path) => {
    const message = await expectCode(call(ownerB, tenantA.slug, path), "NOT_FOUND");
    expect(message).toContain(`No workspace "${tenantA.slug}" that you are a member of`);
  });

  it("covers every tenant procedure the router has", () => {
    expect(tenantProcedures.length).toBeGreaterThanOrEqual(30);
  });
});

describe("passing tenant A's ids inside tenant B", () => {
  it("cannot change or remove A's member", async () => {
    const b = await ownerB.caller(tenantB.slug);
    await expectCode(b.members.changeRole({ memberId: memberIdA, role: "owner" }), "NOT_FOUND");
    await expectCode(b.members.remove({ memberId: memberIdA }), "NOT_FOUND");
    const [row] = await getDb().select().from(member).where(eq(member.id, memberIdA));
    expect(row).toMatchObject({ role: "marketer", organizationId: tenantA.id });
  });

  it("cannot see, cancel, retry or redrive A's jobs", async () => {
    const b = await ownerB.caller(tenantB.slug);
    await expectCode(b.jobs.get({ jobId: jobIdA }), "NOT_FOUND");
    await expectCode(b.jobs.cancel({ jobId: jobIdA }), "NOT_FOUND");
    await expectCode(b.jobs.retry({ jobId: jobIdA }), "NOT_FOUND");
    expect(await b.jobs.redrive({})).toEqual({ redriven: 0 });
    expect((await b.jobs.list({})).jobs).toEqual([]);
    const [row] = await withTenant(getDb(), tenantA.id, (tx) => tx.select().from(jobs).where(eq(jobs.id, jobIdA)));
    expect(row?.state).toBe("failed");
  });

  it("cannot withdraw A's invitation", async () => {
    const b = await ownerB.caller(tenantB.slug);
    await expectCode(b.members.revokeInvitation({ invitationId: invitationIdA }), "NOT_FOUND");
    const [row] = await getDb().select().from(invitation).where(eq(invitation.id, invitationIdA));
    expect(row?.status).toBe("pending");
  });

  it("sees only B's members and activity", async () => {
    const b = await ownerB.caller(tenantB.slug);
    const members = await b.members.list();
    expect(members.map((m) => m.email)).toEqual([ownerB.email]);
    const dashboard = await b.tenant.dashboard();
    expect(dashboard.activity.every((event) => !JSON.stringify(event).includes(tenantA.slug))).toBe(true);
    expect(dashboard.members).toBe(1);
  });

  it("cannot accept an invitation addressed to someone else", async () => {
    const message = await expectCode((await ownerB.caller()).invitations.accept({ invitationId: invitationIdA }), "FORBIDDEN");
    expect(message).toMatch(/sent to another email address/);
    expect(message).not.toContain("pending@example.com");
  });

  it("lists only the workspaces B belongs to", async () => {
    const mine = await (await ownerB.caller()).tenant.mine();
    expect(mine.map((t) => t.slug)).toEqual([tenantB.slug]);
  });
});

describe("without a session", () => {
  it("refuses every authed procedure with UNAUTHORIZED", async () => {
    const { createTRPCContext, TENANT_HEADER } = await import("@/server/trpc/init");
    const { createCaller } = await import("@/server/trpc/router");
    const anonymous = createCaller(await createTRPCContext({ headers: new Headers({ [TENANT_HEADER]: tenantA.slug }), db: getDb() }));
    await expectCode(anonymous.members.list(), "UNAUTHORIZED");
    await expectCode(anonymous.tenant.mine(), "UNAUTHORIZED");
  });
});
