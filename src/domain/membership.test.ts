import { describe, expect, it } from "vitest";
import { canChangeRole, canInvite, canRemoveMember, isRole } from "./membership";

const owner = { userId: "o1", role: "owner" as const };
const admin = { userId: "a1", role: "admin" as const };
const marketer = { userId: "m1", role: "marketer" as const };
const reviewer = { userId: "r1", role: "reviewer" as const };

describe("canInvite", () => {
  it("lets owners and admins invite working roles", () => {
    expect(canInvite("owner", "reviewer").ok).toBe(true);
    expect(canInvite("admin", "marketer").ok).toBe(true);
  });
  it("refuses marketers and reviewers", () => {
    expect(canInvite("marketer", "reviewer")).toMatchObject({ ok: false, reason: /owners and admins/ });
    expect(canInvite("reviewer", "marketer").ok).toBe(false);
  });
  it("keeps owner invitations to owners", () => {
    expect(canInvite("admin", "owner")).toMatchObject({ ok: false, reason: /Only an owner/ });
    expect(canInvite("owner", "owner").ok).toBe(true);
  });
});

describe("canChangeRole", () => {
  it("lets an admin move a marketer to reviewer", () => {
    expect(canChangeRole({ actor: admin, target: marketer, newRole: "reviewer", ownerCount: 1 }).ok).toBe(true);
  });
  it("refuses non-admins", () => {
    expect(canChangeRole({ actor: marketer, target: reviewer, newRole: "admin", ownerCount: 1 }).ok).toBe(false);
  });
  it("refuses a no-op change with a reason", () => {
    expect(canChangeRole({ actor: owner, target: marketer, newRole: "marketer", ownerCount: 1 })).toMatchObject({
      ok: false,
      reason: /already a marketer/,
    });
  });
  it("keeps owners' roles in owners' hands", () => {
    expect(canChangeRole({ actor: admin, target: owner, newRole: "admin", ownerCount: 2 }).ok).toBe(false);
    expect(canChangeRole({ actor: admin, target: marketer, newRole: "owner", ownerCount: 1 }).ok).toBe(false);
  });
  it("never leaves a workspace without an owner", () => {
    expect(canChangeRole({ actor: owner, target: owner, newRole: "admin", ownerCount: 1 })).toMatchObject({
      ok: false,
      reason: /at least one owner/,
    });
    expect(canChangeRole({ actor: owner, target: owner, newRole: "admin", ownerCount: 2 }).ok).toBe(true);
  });
});

describe("canRemoveMember", () => {
  it("lets admins remove working roles and anyone leave", () => {
    expect(canRemoveMember({ actor: admin, target: reviewer, ownerCount: 1 }).ok).toBe(true);
    expect(canRemoveMember({ actor: marketer, target: marketer, ownerCount: 1 }).ok).toBe(true);
  });
  it("refuses non-admins removing others, admins removing owners, and the last owner leaving", () => {
    expect(canRemoveMember({ actor: marketer, target: reviewer, ownerCount: 1 }).ok).toBe(false);
    expect(canRemoveMember({ actor: admin, target: owner, ownerCount: 2 }).ok).toBe(false);
    expect(canRemoveMember({ actor: owner, target: owner, ownerCount: 1 }).ok).toBe(false);
  });
});

it("recognises roles", () => {
  expect(isRole("reviewer")).toBe(true);
  expect(isRole("member")).toBe(false);
});

it("explains a role refusal in one sentence", async () => {
  const { roleRefusal } = await import("./membership");
  expect(roleRefusal(["owner", "admin"], "marketer")).toBe("Only owners and admins can do this; you are a marketer here.");
  expect(roleRefusal(["owner", "admin", "marketer"], "reviewer")).toBe("Only owners, admins and marketers can do this; you are a reviewer here.");
  expect(roleRefusal(["owner"], "admin")).toBe("Only owners can do this; you are an admin here.");
});
