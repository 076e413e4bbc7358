/** Threaded comments on a draft, anchored to a block or the whole draft; @mentions notify. */
import { and, asc, eq } from "drizzle-orm";
import { draftComments, drafts, member, user } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, notFound } from "./errors";
import { notify } from "./notifications";

export async function listComments(ctx: ServiceContext, draftId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [draft] = await tx.select({ id: drafts.id }).from(drafts).where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    if (!draft) throw notFound("That draft does not exist in this workspace.");
    return tx
      .select({
        id: draftComments.id,
        parentId: draftComments.parentId,
        blockIndex: draftComments.blockIndex,
        revision: draftComments.revision,
        body: draftComments.body,
        createdAt: draftComments.createdAt,
        authorName: user.name,
        authorId: draftComments.authorId,
      })
      .from(draftComments)
      .leftJoin(user, eq(user.id, draftComments.authorId))
      .where(and(eq(draftComments.tenantId, ctx.tenantId), eq(draftComments.draftId, draftId)))
      .orderBy(asc(draftComments.createdAt));
  });
}

export async function addComment(ctx: ServiceContext, draftId: string, input: { body: string; blockIndex?: number | null; parentId?: string | null }) {
  const body = input.body.trim();
  if (!body) throw badRequest("Write a comment first.");
  if (body.length > 4_000) throw badRequest("Keep a comment under 4,000 characters.");
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [draft] = await tx.select().from(drafts).where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    if (!draft) throw notFound("That draft does not exist in this workspace.");
    let blockIndex = input.blockIndex ?? null;
    if (input.parentId) {
      const [parent] = await tx
        .select()
        .from(draftComments)
        .where(and(eq(draftComments.id, input.parentId), eq(draftComments.tenantId, ctx.tenantId), eq(draftComments.draftId, draftId)));
      if (!parent) throw notFound("The comment you replied to was removed.");
      blockIndex = parent.blockIndex;
    }
    const [row] = await tx
      .insert(draftComments)
      .values({ tenantId: ctx.tenantId, draftId, parentId: input.parentId ?? null, blockIndex, revision: draft.revision, body, authorId: ctx.actor.userId })
      .returning();
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "draft.commented", objectType: "draft", objectId: draftId, details: { blockIndex, reply: !!input.parentId } });

    // @Name mentions (first name or full name of a member) notify that member.
    const members = await tx.select({ id: user.id, name: user.name }).from(member).innerJoin(user, eq(user.id, member.userId)).where(eq(member.organizationId, ctx.tenantId));
    const lower = body.toLowerCase();
    const mentioned = members.filter((m) => lower.includes(`@${m.name.toLowerCase()}`) || lower.includes(`@${m.name.split(" ")[0]!.toLowerCase()}`)).map((m) => m.id);
    const snippet = body.length > 120 ? `${body.slice(0, 117)}…` : body;
    await notify(tx, ctx.tenantId, { userIds: mentioned, actorId: ctx.actor.userId, kind: "mentioned", draftId, message: `${ctx.actor.name} mentioned you: ${snippet}` });
    const others = [draft.createdBy, draft.lastEditedBy].filter((id) => id && !mentioned.includes(id));
    await notify(tx, ctx.tenantId, { userIds: others, actorId: ctx.actor.userId, kind: "commented", draftId, message: `${ctx.actor.name} commented: ${snippet}` });
    return row!;
  });
}
