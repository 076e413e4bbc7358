/**
 * The workspace's campaigns and drafts, for the web benchmark.
 *
 * - Campaigns: briefs a marketer of the brand would write
 *   (bench/support/corpus-briefs.ts), created through createCampaign.
 * - The first campaign gets its 10 variants from the real pipeline:
 *   generateVariants queues campaign.generate_variant jobs and the worker
 *   pool writes them with the builtin model.
 * - Every other campaign gets 10 drafts written in this process by the same
 *   builtin writer with the same steps as that job's builtin path
 *   (workers/handlers/campaigns.ts: writeEmail → contentFromModel → checkCopy,
 *   the `generation` record), stored by the job's own insertRevision
 *   (quality rubric against the variants before it, revision 1, status
 *   "draft"), one tenant transaction per campaign. Not written for these:
 *   the job rows, `generations` rows and audit rows the job would add.
 * - Review: the marketer submits drafts and the reviewer approves, sends back
 *   or rejects some of them, all through actOnDraft (audit rows,
 *   notifications, training examples as in the product).
 */
import type { Sql } from "postgres";
import { writeEmail } from "@/ai/builtin/write-email";
import { toComplianceProfile } from "@/domain/brand-profile";
import type { Brief } from "@/domain/campaign/brief";
import { variantAngle } from "@/domain/campaign/prompt";
import { checkCopy, EMPTY_PROFILE } from "@/domain/compliance";
import { complianceInput, contentFromModel } from "@/domain/email/content";
import { mulberry32 } from "@/domain/random";
import { drafts, type DraftGeneration } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { writingModelFor } from "@/server/campaigns/writing-model";
import { builtinModelFor, builtinRules } from "@/server/models/builtin";
import { brandKitForRender } from "@/server/services/brand-kit";
import { createCampaign, generateVariants } from "@/server/services/campaigns";
import { insertRevision } from "@/server/services/drafts";
import { actOnDraft } from "@/server/services/review";
import { waitUntil } from "../queue/stats";
import { corpusBriefs } from "./corpus-briefs";
import type { SeededWorkspace } from "./web-seed";

export interface CampaignPlan {
  campaigns: number;
  variantsEach: number;
  submitted: number;
  approved: number;
  changesRequested: number;
  rejected: number;
}

export interface SeededCampaigns {
  /** The campaign whose variants the worker pool wrote. */
  generatedCampaignId: string;
  generatedDraftIds: string[];
  /** Drafts still in review after the reviewer's decisions. */
  inReviewDraftIds: string[];
  drafts: number;
  statusCounts: Record<string, number>;
}

export async function seedCampaigns(ws: SeededWorkspace, owner: Sql, plan: CampaignPlan, progress: (message: string) => void): Promise<SeededCampaigns> {
  const briefs = corpusBriefs(ws.guide, plan.campaigns, mulberry32(20261202)).map((brief, i) => ({ ...brief, name: campaignName(i), variants: plan.variantsEach }));
  const campaignIds: string[] = [];
  for (const brief of briefs) campaignIds.push((await createCampaign(ws.as.marketer, brief)).campaignId);

  const generatedCampaignId = campaignIds[0]!;
  const { draftIds: generatedDraftIds } = await generateVariants(ws.as.marketer, generatedCampaignId);
  await waitUntil(
    async () => {
      const [row] = await owner<{ writing: number; failed: number }[]>`
        select count(*) filter (where d.status = 'generating')::int as writing, count(*) filter (where j.state in ('failed', 'cancelled'))::int as failed
        from drafts d left join jobs j on j.id = d.job_id where d.campaign_id = ${generatedCampaignId}`;
      if (row!.failed > 0) throw new Error(`${row!.failed} of the worker's generation jobs failed`);
      return row!.writing === 0;
    },
    300_000,
    "the worker to write the campaign's variants",
    100,
  );
  progress(`${plan.campaigns} campaigns; ${plan.variantsEach} variants written by the worker pool`);

  const writer = await builtinWriter(ws);
  let written = generatedDraftIds.length;
  for (const [i, campaignId] of campaignIds.slice(1).entries()) {
    await writeCampaignDrafts(ws, writer, campaignId, briefs[i + 1]!, plan.variantsEach);
    written += plan.variantsEach;
    if ((i + 1) % 50 === 0) progress(`${written} drafts written`);
  }

  const inReviewDraftIds = await reviewSome(ws, owner, generatedCampaignId, plan);
  const counts = await owner<{ status: string; n: number }[]>`select status, count(*)::int as n from drafts where tenant_id = ${ws.tenantId} group by status order by status`;
  return { generatedCampaignId, generatedDraftIds, inReviewDraftIds, drafts: written, statusCounts: Object.fromEntries(counts.map((c) => [c.status, c.n])) };
}

const CAMPAIGN_NAMES = ["Spring update", "Cold brew season", "Kettle Club welcome", "Harvest notes", "Weekend roast", "Gift guide", "We miss you", "Brewing basics"];

/** Distinct names, as a list of 200 real campaigns has: "Spring update 1", "Cold brew season 1", … */
function campaignName(index: number): string {
  return `${CAMPAIGN_NAMES[index % CAMPAIGN_NAMES.length]} ${Math.floor(index / CAMPAIGN_NAMES.length) + 1}`;
}

type Writer = Awaited<ReturnType<typeof builtinWriter>>;

/** What the generation job reads once per batch: the builtin model, the writing model (company, profile) and the brand kit. */
async function builtinWriter(ws: SeededWorkspace) {
  const { db } = ws.as.marketer;
  const builtin = await builtinModelFor(db, ws.tenantId);
  const { model, kit } = await withTenant(db, ws.tenantId, async (tx) => ({ model: await writingModelFor(tx, ws.tenantId), kit: await brandKitForRender(tx, ws.tenantId) }));
  return { builtin, model, kit, profile: model.profile ? toComplianceProfile(model.profile) : EMPTY_PROFILE };
}

async function writeCampaignDrafts(ws: SeededWorkspace, writer: Writer, campaignId: string, brief: Brief, variants: number) {
  const { builtin, model, kit, profile } = writer;
  await withTenant(ws.as.marketer.db, ws.tenantId, async (tx) => {
    const rows = await tx
      .insert(drafts)
      .values(Array.from({ length: variants }, (_, i) => ({ tenantId: ws.tenantId, campaignId, variant: i + 1, createdBy: ws.as.marketer.actor.userId })))
      .returning();
    for (const draft of rows) {
      const started = performance.now();
      const email = writeEmail({ companyName: model.companyName, brief, variant: draft.variant, rules: builtinRules(model.profile), model: builtin.model, voiceLines: builtin.voiceLines });
      const writeMs = performance.now() - started;
      const content = contentFromModel(email, brief, profile.disclaimers.map((d) => d.text), profile.productSpellings.map((p) => p.canonical));
      const compliance = checkCopy(complianceInput(content, kit.footer), profile);
      const generation: DraftGeneration = {
        provider: "builtin",
        model: "builtin",
        tenantModelVersion: builtin.version,
        host: "in-process",
        promptTokens: 0,
        completionTokens: (JSON.stringify(email).match(/\S+/g) ?? []).length,
        ttftMs: Math.round(writeMs),
        totalMs: Math.round(writeMs),
        loadMs: 0,
        evalMs: Math.round(writeMs),
        repaired: false,
        angle: variantAngle(draft.variant),
        passages: [],
      };
      await insertRevision(tx, ws.tenantId, draft, content, profile, kit.footer, {
        origin: "generated",
        note: null,
        actorId: null,
        draftChanges: { status: "draft", generation, tenantModelId: null, lastEditedBy: null },
        compliance,
      });
    }
  });
}

/** Submits the first two variants of each written campaign (not the worker's), then the reviewer decides on some. */
async function reviewSome(ws: SeededWorkspace, owner: Sql, skipCampaignId: string, plan: CampaignPlan): Promise<string[]> {
  const chosen = await owner<{ id: string; version: number }[]>`
    select d.id, d.version from drafts d join campaigns c on c.id = d.campaign_id
    where d.tenant_id = ${ws.tenantId} and d.campaign_id <> ${skipCampaignId} and d.variant <= 2
    order by c.created_at, d.variant limit ${plan.submitted}`;
  for (const draft of chosen) await actOnDraft(ws.as.marketer, draft.id, { action: "submit", version: draft.version });
  const decisions = [
    ...Array<"approve">(plan.approved).fill("approve"),
    ...Array<"request_changes">(plan.changesRequested).fill("request_changes"),
    ...Array<"reject">(plan.rejected).fill("reject"),
  ].slice(0, Math.max(0, chosen.length - 1));
  for (const [i, action] of decisions.entries()) {
    const draft = chosen[i]!;
    await actOnDraft(ws.as.reviewer, draft.id, { action, version: draft.version + 1, reason: action === "approve" ? undefined : "The opening does not name the roast; say which one." });
  }
  return chosen.slice(decisions.length).map((d) => d.id);
}
