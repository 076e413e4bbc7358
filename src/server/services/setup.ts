import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { Brief } from "@/domain/campaign/brief";
import { brandGuides, brandProfiles, builtinModels, campaigns, drafts, products, tenantModels } from "@/server/db/schema";
import { getServingProvider } from "@/server/models/provider";
import { withTenant } from "@/server/db/with-tenant";
import type { ServiceContext } from "./context";

/**
 * How far the workspace is from its first reviewed email: guides read, a
 * profile, a model that writes (an active version on the model server, or
 * the trained builtin model when there is none), a first campaign, a draft
 * sent for review.
 */
export async function setupProgress(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[guides], [profile], [model], [builtin], [campaign], [submitted]] = await Promise.all([
      tx.select({ n: sql<number>`count(*)::int` }).from(brandGuides).where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.status, "ready"))),
      tx.select({ n: sql<number>`coalesce(max(${brandProfiles.version}), 0)::int` }).from(brandProfiles).where(eq(brandProfiles.tenantId, ctx.tenantId)),
      tx.select({ version: tenantModels.version }).from(tenantModels).where(and(eq(tenantModels.tenantId, ctx.tenantId), eq(tenantModels.active, true))),
      tx.select({ version: builtinModels.version }).from(builtinModels).where(eq(builtinModels.tenantId, ctx.tenantId)),
      tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.tenantId, ctx.tenantId)).limit(1),
      tx
        .select({ id: drafts.id })
        .from(drafts)
        .where(and(eq(drafts.tenantId, ctx.tenantId), inArray(drafts.status, ["in_review", "changes_requested", "approved", "rejected", "exported"])))
        .limit(1),
    ]);
    return {
      guidesReady: guides?.n ?? 0,
      profileVersion: profile?.n ?? 0,
      activeModelVersion: model?.version ?? null,
      modelServer: !!getServingProvider(),
      builtinVersion: builtin?.version ?? null,
      hasCampaign: !!campaign,
      hasSubmittedDraft: !!submitted,
    };
  });
}

/**
 * A first brief to start from, drawn from what the workspace already has:
 * its first product (name, link and description as facts) and the
 * profile's audience. Every field stays editable; nothing is invented (no
 * offer, no price).
 */
export async function sampleBrief(ctx: ServiceContext): Promise<Brief> {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[product], [profile]] = await Promise.all([
      tx.select({ name: products.name, url: products.url, description: products.description }).from(products).where(eq(products.tenantId, ctx.tenantId)).orderBy(products.createdAt).limit(1),
      tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, ctx.tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
    ]);
    const named = product?.name ?? profile?.profile.productSpellings[0]?.name ?? null;
    const facts = (product?.description ?? "").split(/(?<=[.!?])\s+/).slice(0, 2).join(" ").slice(0, 300);
    const url = product?.url && /^https?:\/\//.test(product.url) ? product.url : "";
    const brief = {
      name: named ? `Introducing ${named}` : "Our first campaign",
      type: "launch",
      goal: named ? `Get customers to take a look at ${named}.` : "Tell customers what is new.",
      audience: profile?.profile.audience.slice(0, 200) || "Our customers",
      offer: "",
      // Without a product there is nothing true to say yet: the key message is left for the person (the form asks for it).
      keyMessage: named ? `${named} is here.${facts ? ` ${facts}` : ""}` : "",
      products: named ? [{ name: named, url, price: "", facts }] : [],
      ctaText: "Take a look",
      ctaUrl: url || "https://example.com/",
      variants: 3,
    };
    return named ? Brief.parse(brief) : ({ ...Brief.parse({ ...brief, keyMessage: "-" }), keyMessage: "" } satisfies Brief);
  });
}
