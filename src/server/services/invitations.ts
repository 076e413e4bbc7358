import { and, desc, eq, gt } from "drizzle-orm";
import { checkAcceptance, invitationExpiry, normalizeEmail } from "@/domain/invitation";
import { canInvite, isRole, type Role } from "@/domain/membership";
import { emailProblem } from "@/domain/password";
import type { Database } from "@/server/db/client";
import { invitation, member, organization, user } from "@/server/db/schema";
import { setTenant, withTenant } from "@/server/db/with-tenant";
import { appUrl } from "@/server/env";
import { recordAudit } from "./audit";
import type { Actor, ServiceContext } from "./context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { enqueueJobs } from "@/server/queue/enqueue";
import { isMailConfigured } from "./mailer";

export function invitationLink(id: string): string {
  return `${appUrl()}/invite/${id}`;
}

export interface InvitationCreated {
  id: string;
  email: string;
  role: Role;
  link: string;
  expiresAt: Date;
  /** The job that emails the link, when email is configured; null otherwise. */
  emailJobId: string | null;
}

export async function createInvitation(ctx: ServiceContext, input: { email: string; role: Role }): Promise<InvitationCreated> {
  const problem = emailProblem(input.email);
  if (problem) throw badRequest(problem);
  const email = normalizeEmail(input.email);
  const decision = canInvite(ctx.actor.role, input.role);
  if (!decision.ok) throw forbidden(decision.reason);

  const created = await withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [existing] = await tx
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, ctx.tenantId), eq(user.email, email)))
      .limit(1);
    if (existing) throw conflict(`${email} is already a member of this workspace. Change their role instead.`);

    // A new invitation replaces an earlier pending one: only the newest link works.
    await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(and(eq(invitation.organizationId, ctx.tenantId), eq(invitation.email, email), eq(invitation.status, "pending")));
    const [row] = await tx
      .insert(invitation)
      .values({
        organizationId: ctx.tenantId,
        email,
        role: input.role,
        status: "pending",
        expiresAt: invitationExpiry(new Date()),
        inviterId: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no invitation");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "invitation.created",
      objectType: "invitation",
      objectId: row.id,
      details: { email, role: input.role },
    });
    const [tenant] = await tx.select({ name: organization.name }).from(organization).where(eq(organization.id, ctx.tenantId));
    // The email goes through the queue in this same transaction: an SMTP
    // outage delays it (with retries) but never loses the invitation.
    const [emailJob] = isMailConfigured()
      ? await enqueueJobs(tx, ctx.tenantId, [
          {
            type: "email.invitation",
            priority: "interactive",
            createdBy: ctx.actor.userId,
            payload: {
              to: email,
              inviterName: ctx.actor.name,
              inviterEmail: ctx.actor.email,
              tenantName: tenant?.name ?? "a workspace",
              role: input.role,
              link: invitationLink(row.id),
            },
          },
        ])
      : [];
    return { row, emailJobId: emailJob?.id ?? null };
  });

  return {
    id: created.row.id,
    email,
    role: input.role,
    link: invitationLink(created.row.id),
    expiresAt: created.row.expiresAt,
    emailJobId: created.emailJobId,
  };
}

export async function listPendingInvitations(ctx: ServiceContext) {
  const rows = await ctx.db
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
      inviterName: user.name,
    })
    .from(invitation)
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .where(
      and(eq(invitation.organizationId, ctx.tenantId), eq(invitation.status, "pending"), gt(invitation.expiresAt, new Date())),
    )
    .orderBy(desc(invitation.createdAt));
  return rows.map((row) => ({ ...row, link: invitationLink(row.id) }));
}

export async function revokeInvitation(ctx: ServiceContext, input: { invitationId: string }) {
  if (ctx.actor.role !== "owner" && ctx.actor.role !== "admin") throw forbidden("Only owners and admins can withdraw invitations.");
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(
        and(eq(invitation.id, input.invitationId), eq(invitation.organizationId, ctx.tenantId), eq(invitation.status, "pending")),
      )
      .returning({ id: invitation.id, email: invitation.email });
    if (!row) throw notFound("That invitation is no longer pending. Reload the page.");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "invitation.revoked",
      objectType: "invitation",
      objectId: row.id,
      details: { email: row.email },
    });
    return row;
  });
}

/**
 * What the accept page shows to whoever opens the link: the workspace's name
 * and whether the link can still be used — not who was invited or as what
 * (a forwarded or leaked link reveals nothing about them).
 */
export async function getInvitationPreview(db: Database, invitationId: string) {
  const [row] = await db
    .select({ status: invitation.status, email: invitation.email, expiresAt: invitation.expiresAt, tenantName: organization.name })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(eq(invitation.id, invitationId))
    .limit(1);
  if (!row) throw notFound("This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
  const problem = checkAcceptance(row, row.email, new Date());
  return { tenantName: row.tenantName, problem: problem.ok ? null : problem.reason, emailMustBeConfirmed: isMailConfigured() };
}

/** What the signed-in person needs to know on the accept page: is the link for them, and have they confirmed their address. */
export async function invitationForAccount(db: Database, account: { email: string; emailVerified: boolean }, invitationId: string) {
  const [row] = await db.select({ email: invitation.email }).from(invitation).where(eq(invitation.id, invitationId)).limit(1);
  if (!row) throw notFound("This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
  return { forThisAccount: normalizeEmail(row.email) === normalizeEmail(account.email), mustConfirmEmail: isMailConfigured() && !account.emailVerified };
}

/**
 * better-auth's verification mail for an invitation (its link returns to
 * /invite/<id>): queued in that invitation's workspace, to the address the
 * invitation was sent to. Anything else is refused: confirming an address is
 * only asked for to accept an invitation.
 */
export async function queueVerificationEmail(db: Database, email: string, url: string): Promise<void> {
  const callback = new URL(url).searchParams.get("callbackURL") ?? "";
  const invitationId = /^\/invite\/([0-9a-f-]{36})$/.exec(callback)?.[1];
  if (!invitationId || !isMailConfigured()) throw new Error("Confirmation emails are sent only to accept an invitation, when email is configured.");
  const [row] = await db
    .select({ organizationId: invitation.organizationId, email: invitation.email, tenantName: organization.name })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(and(eq(invitation.id, invitationId), eq(invitation.status, "pending")))
    .limit(1);
  if (!row || normalizeEmail(row.email) !== normalizeEmail(email)) throw new Error("That invitation is not pending for this address.");
  await withTenant(db, row.organizationId, (tx) =>
    enqueueJobs(tx, row.organizationId, [{ type: "email.verification", priority: "interactive", payload: { to: row.email, tenantName: row.tenantName, link: url } }]),
  );
}

/**
 * Joins the workspace. The signed-in account must be the invited address;
 * when email is configured it must also have confirmed that address (so a
 * person holding someone else's link cannot sign up as them and join).
 * Without email, the link is the only secret: Settings → Members says so.
 */
export async function acceptInvitation(db: Database, actor: Actor & { emailVerified: boolean }, invitationId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: invitation.id,
        organizationId: invitation.organizationId,
        email: invitation.email,
        role: invitation.role,
        status: invitation.status,
        expiresAt: invitation.expiresAt,
      })
      .from(invitation)
      .where(eq(invitation.id, invitationId))
      .for("update");
    if (!row) throw notFound("This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
    const verdict = checkAcceptance(row, actor.email, new Date());
    if (!verdict.ok) throw verdict.code === "wrong_account" ? forbidden(verdict.reason) : conflict(verdict.reason);
    if (isMailConfigured() && !actor.emailVerified) {
      throw forbidden(`Confirm your email address first: use "Send me a confirmation link" on this page and click the link in the email we send to ${actor.email}.`);
    }
    const role: Role = row.role && isRole(row.role) ? row.role : "marketer";

    await setTenant(tx, row.organizationId);
    await tx.insert(member).values({ organizationId: row.organizationId, userId: actor.userId, role }).onConflictDoNothing();
    await tx.update(invitation).set({ status: "accepted" }).where(eq(invitation.id, row.id));
    await recordAudit(tx, row.organizationId, actor.userId, {
      action: "invitation.accepted",
      objectType: "member",
      objectId: actor.userId,
      details: { email: row.email, role },
    });
    const [tenant] = await tx
      .select({ slug: organization.slug, name: organization.name })
      .from(organization)
      .where(eq(organization.id, row.organizationId));
    if (!tenant) throw notFound("The workspace of this invitation no longer exists.");
    return { tenantSlug: tenant.slug, tenantName: tenant.name, role };
  });
}
