/**
 * The quality rubric for a draft, with what it needs from the database: the
 * campaign's brief, the workspace's name and address, the brand profile's
 * voice, the brief's other variants, and the text the copy may take numbers
 * from (required disclaimers, the brand kit's footer).
 */
import { and, desc, eq, ne } from "drizzle-orm";
import type { EmailContent } from "@/domain/email/content";
import { blockText } from "@/domain/email/content";
import { checkQuality, type QualityContext, type QualityCopy, type QualityReport } from "@/domain/quality/rubric";
import { quotedIn } from "@/domain/brand-guide/rule-terms";
import type { Transaction } from "@/server/db/client";
import { brandProfiles, campaigns, draftRevisions, drafts, organization } from "@/server/db/schema";

/** The copy the rubric reads: what a reader meets, without the small print and footer. */
export function qualityCopy(content: EmailContent): QualityCopy {
  return {
    subject: content.subject,
    preheader: content.preheader,
    body: content.blocks
      .filter((b) => b.type !== "button")
      .flatMap((b) => (b.type === "product" ? [b.name, b.blurb] : blockText(b)))
      .join("\n"),
    cta: content.cta.text,
  };
}

export async function qualityContext(tx: Transaction, tenantId: string, draft: { id: string; campaignId: string }, footer: string): Promise<QualityContext> {
  const [[campaign], [workspace], [profile], siblings] = await Promise.all([
    tx.select({ brief: campaigns.brief }).from(campaigns).where(and(eq(campaigns.id, draft.campaignId), eq(campaigns.tenantId, tenantId))),
    tx.select({ name: organization.name, slug: organization.slug }).from(organization).where(eq(organization.id, tenantId)),
    tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
    tx
      .select({ content: draftRevisions.content })
      .from(drafts)
      .innerJoin(draftRevisions, and(eq(draftRevisions.draftId, drafts.id), eq(draftRevisions.number, drafts.revision), eq(draftRevisions.tenantId, tenantId)))
      .where(and(eq(drafts.tenantId, tenantId), eq(drafts.campaignId, draft.campaignId), ne(drafts.id, draft.id))),
  ]);
  const brief = campaign!.brief;
  const p = profile?.profile;
  return {
    brief: { name: brief.name, audience: brief.audience, offer: brief.offer, keyMessage: brief.keyMessage, ctaText: brief.ctaText, products: brief.products },
    workspace: { name: workspace?.name ?? "", slug: workspace?.slug ?? "" },
    allowedFacts: [footer, ...(p?.requiredDisclaimers.map((d) => d.text) ?? [])],
    voice: p
      ? {
          traits: p.voiceTraits.map((t) => t.trait),
          preferredTerms: p.preferredTerms.map((t) => t.term),
          // Tone words a "don't" line quotes ("Don't sound 'salesy'").
          avoidTones: p.toneDonts.flatMap((d) => quotedIn(d.text)).filter((w) => w.split(/\s+/).length <= 3),
        }
      : undefined,
    siblings: siblings.map((s) => {
      const copy = qualityCopy(s.content);
      return { subject: copy.subject, body: copy.body };
    }),
  };
}

export async function draftQuality(tx: Transaction, tenantId: string, draft: { id: string; campaignId: string }, content: EmailContent, footer: string): Promise<QualityReport> {
  return checkQuality(qualityCopy(content), await qualityContext(tx, tenantId, draft, footer));
}
