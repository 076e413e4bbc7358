/**
 * Exports an approved draft as HTML, plain text, .eml (multipart/alternative,
 * built by nodemailer's MailComposer) or JSON, and marks it exported.
 */
import { and, eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { decide } from "@/domain/review";
import { renderEmail } from "@/domain/email/render";
import { UNSUBSCRIBE_PLACEHOLDER } from "@/domain/email/content";
import { campaigns, draftRevisions, drafts } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { lockReviewState, policyFor } from "@/server/review/state";
import { recordAudit } from "./audit";
import { brandKitForRender } from "./brand-kit";
import type { ServiceContext } from "./context";
import { ServiceError } from "./errors";

export const EXPORT_FORMATS = ["html", "text", "eml", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MIME: Record<ExportFormat, string> = { html: "text/html; charset=utf-8", text: "text/plain; charset=utf-8", eml: "message/rfc822", json: "application/json" };

export async function exportDraft(ctx: ServiceContext, draftId: string, input: { format: ExportFormat; version: number }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const { draft, state } = await lockReviewState(tx, ctx.tenantId, draftId);
    const result = decide(state, { action: "export", actor: { userId: ctx.actor.userId, role: ctx.actor.role }, version: input.version }, await policyFor(tx, ctx.tenantId));
    if (!result.ok) throw new ServiceError(result.code, result.message);
    const [[revision], [campaign], kit] = await Promise.all([
      tx
        .select()
        .from(draftRevisions)
        .where(and(eq(draftRevisions.tenantId, ctx.tenantId), eq(draftRevisions.draftId, draftId), eq(draftRevisions.number, draft.revision))),
      tx.select({ name: campaigns.name }).from(campaigns).where(and(eq(campaigns.id, draft.campaignId), eq(campaigns.tenantId, ctx.tenantId))),
      brandKitForRender(tx, ctx.tenantId),
    ]);
    if (!revision) throw new ServiceError("CONFLICT", "This draft has no saved revision to export.");
    const exportedAt = new Date();
    await tx
      .update(drafts)
      .set({ status: "exported", version: result.next.version, exportedAt, updatedAt: exportedAt })
      .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "draft.exported", objectType: "draft", objectId: draftId, details: { format: input.format, revision: draft.revision } });

    const { html, text } = await renderEmail(revision.content, kit);
    const base = `${slug(campaign?.name ?? "campaign")}-v${draft.variant}-r${draft.revision}`;
    const writtenBy = !draft.generation
      ? "a person"
      : draft.generation.provider === "builtin"
        ? `the builtin model${draft.generation.tenantModelVersion ? ` (v${draft.generation.tenantModelVersion})` : ""}`
        : `${draft.generation.model} on the model server`;
    let body: string;
    switch (input.format) {
      case "html":
        body = html;
        break;
      case "text":
        body = text;
        break;
      case "json":
        body = JSON.stringify(
          {
            draftId,
            campaign: campaign?.name ?? null,
            variant: draft.variant,
            revision: draft.revision,
            exportedAt: exportedAt.toISOString(),
            writtenBy,
            model: draft.generation ? { name: draft.generation.model, provider: draft.generation.provider, version: draft.generation.tenantModelVersion } : null,
            content: revision.content,
            compliance: revision.compliance,
            html,
            text,
          },
          null,
          2,
        );
        break;
      case "eml":
        body = (
          await new MailComposer({
            from: process.env.SMTP_FROM ?? `${kit.companyName} <marketing@example.invalid>`,
            to: "undisclosed-recipients:;",
            subject: revision.content.subject,
            text,
            html,
            date: exportedAt,
            messageId: `<${draftId}.r${draft.revision}@brandsmith>`,
            headers: { "List-Unsubscribe": `<${UNSUBSCRIBE_PLACEHOLDER}>`, "X-Brandsmith-Draft": draftId, "X-Brandsmith-Written-By": writtenBy },
          })
            .compile()
            .build()
        ).toString("utf8");
        break;
    }
    return { filename: `${base}.${input.format === "text" ? "txt" : input.format}`, mime: MIME[input.format], body, status: "exported" as const, version: result.next.version };
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "draft";
}
