import { and, asc, count, eq } from "drizzle-orm";
import { canChangeRole, canRemoveMember, isRole, ROLE_LABELS, type Role } from "@/domain/membership";
import type { Transaction } from "@/server/db/client";
import { member, user } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { forbidden, notFound } from "./errors";

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(ctx: ServiceContext): Promise<MemberView[]> {
  const rows = await ctx.db
    .select({
      id: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      joinedAt: member.createdAt,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, ctx.tenantId))
    .orderBy(asc(user.name));
  return rows.filter((row): row is MemberView => isRole(row.role));
}

/** Locks the tenant's member rows so "last owner" checks cannot race. */
async function lockMembers(tx: Transaction, tenantId: string, memberId: string) {
  const rows = await tx
    .select({ id: member.id, userId: member.userId, role: member.role })
    .from(member)
    .where(eq(member.organizationId, tenantId))
    .for("update");
  const target = rows.find((row) => row.id === memberId);
  if (!target || !isRole(target.role)) throw notFound("That member is not in this workspace any more. Reload the page.");
  const ownerCount = rows.filter((row) => row.role === "owner").length;
  return { target: { userId: target.userId, role: target.role }, ownerCount };
}

export async function changeMemberRole(ctx: ServiceContext, input: { memberId: string; role: Role }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const { target, ownerCount } = await lockMembers(tx, ctx.tenantId, input.memberId);
    const decision = canChangeRole({ actor: ctx.actor, target, newRole: input.role, ownerCount });
    if (!decision.ok) throw forbidden(decision.reason);
    await tx
      .update(member)
      .set({ role: input.role })
      .where(and(eq(member.id, input.memberId), eq(member.organizationId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "member.role_changed",
      objectType: "member",
      objectId: target.userId,
      details: { from: target.role, to: input.role },
    });
    return { memberId: input.memberId, role: input.role, label: ROLE_LABELS[input.role] };
  });
}

export async function removeMember(ctx: ServiceContext, input: { memberId: string }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const { target, ownerCount } = await lockMembers(tx, ctx.tenantId, input.memberId);
    const decision = canRemoveMember({ actor: ctx.actor, target, ownerCount });
    if (!decision.ok) throw forbidden(decision.reason);
    await tx.delete(member).where(and(eq(member.id, input.memberId), eq(member.organizationId, ctx.tenantId)));
    const leftSelf = target.userId === ctx.actor.userId;
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: leftSelf ? "member.left" : "member.removed",
      objectType: "member",
      objectId: target.userId,
      details: { role: target.role },
    });
    return { removed: input.memberId, leftSelf };
  });
}

export async function countMembers(ctx: ServiceContext): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(member).where(eq(member.organizationId, ctx.tenantId));
  return row?.n ?? 0;
}
