/**
 * Who may do what inside a tenant. Pure rules; services enforce them and the
 * UI uses them to hide what a person cannot do.
 */

export const ROLES = ["owner", "admin", "marketer", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  marketer: "Marketer",
  reviewer: "Reviewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including managing other owners.",
  admin: "Manages members, brand, models and settings; approves drafts.",
  marketer: "Writes briefs, generates and edits drafts, submits them for review.",
  reviewer: "Works the review queue: comments, approves, requests changes or rejects.",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAdminRole(role: Role): boolean {
  return role === "owner" || role === "admin";
}

export type Decision = { ok: true } | { ok: false; reason: string };
const allow: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, reason });

export function canInvite(actor: Role, invitedRole: Role): Decision {
  if (!isAdminRole(actor)) return deny("Only owners and admins can invite people.");
  if (invitedRole === "owner" && actor !== "owner") return deny("Only an owner can invite another owner.");
  return allow;
}

export interface MemberRef {
  userId: string;
  role: Role;
}

export interface RoleChange {
  actor: MemberRef;
  target: MemberRef;
  newRole: Role;
  ownerCount: number;
}

export function canChangeRole({ actor, target, newRole, ownerCount }: RoleChange): Decision {
  if (!isAdminRole(actor.role)) return deny("Only owners and admins can change roles.");
  if (target.role === newRole) return deny(`This member is already ${article(newRole)} ${ROLE_LABELS[newRole].toLowerCase()}.`);
  if (actor.role !== "owner" && (target.role === "owner" || newRole === "owner")) {
    return deny("Only an owner can make someone an owner or change an owner's role.");
  }
  if (target.role === "owner" && ownerCount <= 1) {
    return deny("A workspace needs at least one owner. Make someone else an owner first.");
  }
  return allow;
}

export interface Removal {
  actor: MemberRef;
  target: MemberRef;
  ownerCount: number;
}

export function canRemoveMember({ actor, target, ownerCount }: Removal): Decision {
  const leavingSelf = actor.userId === target.userId;
  if (!leavingSelf && !isAdminRole(actor.role)) return deny("Only owners and admins can remove members.");
  if (!leavingSelf && target.role === "owner" && actor.role !== "owner") return deny("Only an owner can remove an owner.");
  if (target.role === "owner" && ownerCount <= 1) {
    return deny("A workspace needs at least one owner. Make someone else an owner first.");
  }
  return allow;
}

/** Why someone with `role` may not do something only `allowed` may, in one sentence. */
export function roleRefusal(allowed: readonly Role[], role: Role): string {
  const labels = allowed.map((r) => `${ROLE_LABELS[r].toLowerCase()}s`);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : (labels[0] ?? "");
  return `Only ${list} can do this; you are ${article(role)} ${role} here.`;
}

function article(role: Role): string {
  return role === "owner" || role === "admin" ? "an" : "a";
}
