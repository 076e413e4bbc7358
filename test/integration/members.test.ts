import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { auditEvents, invitation } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { createWorkspace, expectCode, signUp } from "../support/actors";

describe("inviting and accepting", () => {
  it("joins a reviewer through a link, records it in the audit log, and the link cannot be reused", async () => {
    const owner = await signUp("Olga Owner");
    const reviewer = await signUp("Rita Reviewer");
    const ws = await createWorkspace(owner);
    const created = await (await owner.caller(ws.slug)).members.invite({ email: reviewer.email.toUpperCase(), role: "reviewer" });
    expect(created.link).toBe(`http://localhost:3999/invite/${created.id}`);
    expect(created.emailJobId).toBeNull();

    const preview = await (await reviewer.caller()).invitations.preview({ invitationId: created.id });
    // Whoever holds the link learns the workspace's name, not who was invited or as what.
    expect(preview).toEqual({ tenantName: ws.name, problem: null, emailMustBeConfirmed: false });

    const accepted = await (await reviewer.caller()).invitations.accept({ invitationId: created.id });
    expect(accepted).toMatchObject({ tenantSlug: ws.slug, role: "reviewer" });
    const me = await (await reviewer.caller(ws.slug)).tenant.current();
    expect(me.role).toBe("reviewer");

    const reused = await expectCode((await reviewer.caller()).invitations.accept({ invitationId: created.id }), "CONFLICT");
    expect(reused).toMatch(/already been used/);

    const actions = await withTenant(getDb(), ws.id, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.tenantId, ws.id)),
    );
    expect(actions.map((a) => a.action).sort()).toEqual(["invitation.accepted", "invitation.created", "tenant.created"]);
  });

  it("refuses an expired invitation with what to do next", async () => {
    const owner = await signUp("Olga Owner");
    const late = await signUp("Lou Late");
    const ws = await createWorkspace(owner);
    const created = await (await owner.caller(ws.slug)).members.invite({ email: late.email, role: "marketer" });
    await getDb().update(invitation).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitation.id, created.id));
    const message = await expectCode((await late.caller()).invitations.accept({ invitationId: created.id }), "CONFLICT");
    expect(message).toMatch(/expired.*invite you again/);
  });

  it("replaces an earlier pending invitation for the same address", async () => {
    const owner = await signUp("Olga Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    const first = await caller.members.invite({ email: "twice@example.com", role: "marketer" });
    const second = await caller.members.invite({ email: "twice@example.com", role: "reviewer" });
    const pending = await caller.members.invitations();
    expect(pending.map((p) => p.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);
  });

  it("explains bad invitations: malformed email, existing member, unknown link", async () => {
    const owner = await signUp("Olga Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    expect(await expectCode(caller.members.invite({ email: "not-an-email", role: "marketer" }), "BAD_REQUEST")).toMatch(/not an email/);
    expect(await expectCode(caller.members.invite({ email: owner.email, role: "marketer" }), "CONFLICT")).toMatch(/already a member/);
    expect(
      await expectCode(caller.invitations.preview({ invitationId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND"),
    ).toMatch(/not valid/);
    expect(await expectCode(caller.invitations.preview({ invitationId: "garbage" }), "BAD_REQUEST")).toMatch(/not valid/);
  });
});

describe("role limits", () => {
  it("refuses admin-only procedures to a marketer and a reviewer, with a sentence", async () => {
    const owner = await signUp("Olga Owner");
    const marketer = await signUp("Max Marketer");
    const reviewer = await signUp("Riley Reviewer");
    const ws = await createWorkspace(owner, [
      { person: marketer, role: "marketer" },
      { person: reviewer, role: "reviewer" },
    ]);
    const asMarketer = await marketer.caller(ws.slug);
    const message = await expectCode(asMarketer.members.invite({ email: "x@example.com", role: "admin" }), "FORBIDDEN");
    expect(message).toBe("Only owners and admins can do this; you are a marketer here.");
    await expectCode(asMarketer.members.invitations(), "FORBIDDEN");
    const members = await asMarketer.members.list();
    const reviewerMember = members.find((m) => m.email === reviewer.email)!;
    await expectCode(asMarketer.members.changeRole({ memberId: reviewerMember.id, role: "admin" }), "FORBIDDEN");
    expect(await expectCode(asMarketer.members.remove({ memberId: reviewerMember.id }), "FORBIDDEN")).toMatch(/Only owners and admins/);
    await expectCode((await reviewer.caller(ws.slug)).members.invite({ email: "y@example.com", role: "marketer" }), "FORBIDDEN");
  });

  it("changes roles, protects the last owner, lets people leave", async () => {
    const owner = await signUp("Olga Owner");
    const marketer = await signUp("Max Marketer");
    const ws = await createWorkspace(owner, [{ person: marketer, role: "marketer" }]);
    const asOwner = await owner.caller(ws.slug);
    const members = await asOwner.members.list();
    const ownerMember = members.find((m) => m.email === owner.email)!;
    const marketerMember = members.find((m) => m.email === marketer.email)!;

    expect(await expectCode(asOwner.members.changeRole({ memberId: ownerMember.id, role: "admin" }), "FORBIDDEN")).toMatch(
      /at least one owner/,
    );
    expect(await expectCode(asOwner.members.remove({ memberId: ownerMember.id }), "FORBIDDEN")).toMatch(/at least one owner/);

    await asOwner.members.changeRole({ memberId: marketerMember.id, role: "admin" });
    const asAdmin = await marketer.caller(ws.slug);
    expect((await asAdmin.tenant.current()).role).toBe("admin");
    expect(await expectCode(asAdmin.members.changeRole({ memberId: ownerMember.id, role: "reviewer" }), "FORBIDDEN")).toMatch(
      /Only an owner/,
    );

    const left = await asAdmin.members.remove({ memberId: marketerMember.id });
    expect(left.leftSelf).toBe(true);
    await expectCode(asAdmin.tenant.current(), "NOT_FOUND");
  });
});

describe("workspaces", () => {
  it("creates a workspace with its creator as owner and refuses a taken or bad address", async () => {
    const owner = await signUp("Olga Owner");
    const ws = await createWorkspace(owner);
    expect(ws.role).toBe("owner");
    const other = await signUp("Otto Other");
    const caller = await other.caller();
    expect(await expectCode(caller.tenant.create({ name: "Copycat", slug: ws.slug }), "CONFLICT")).toMatch(/is taken/);
    expect(await expectCode(caller.tenant.create({ name: "Bad", slug: "Bad Slug!" }), "BAD_REQUEST")).toMatch(/lowercase/);
    expect(await expectCode(caller.tenant.create({ name: "x", slug: "fine-slug" }), "BAD_REQUEST")).toMatch(/at least 2/);
  });
});
