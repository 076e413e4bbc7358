/** The brand kit (logo, colours, font stack, footer) that every rendered email uses. */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { BrandKitSettings, DEFAULT_BRAND_KIT, type BrandKit } from "@/domain/email/brand-kit";
import type { Transaction } from "@/server/db/client";
import { brandKits, organization } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest } from "./errors";
import { loadTenantFile, removeTenantFile, storeTenantFile } from "@/server/storage/tenant-files";

export const LOGO_MAX_BYTES = 512 * 1024;

/** Image formats every major email client shows (SVG and WebP are not among them). */
const LOGO_TYPES: { type: string; matches: (b: Buffer) => boolean }[] = [
  { type: "image/png", matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", matches: (b) => b.subarray(0, 6).toString("latin1") === "GIF87a" || b.subarray(0, 6).toString("latin1") === "GIF89a" },
];

export async function getBrandKit(ctx: Pick<ServiceContext, "db" | "tenantId">) {
  const [row] = await withTenant(ctx.db, ctx.tenantId, (tx) => tx.select().from(brandKits).where(eq(brandKits.tenantId, ctx.tenantId)));
  const settings: BrandKitSettings = row
    ? { primaryColor: row.primaryColor, textColor: row.textColor, backgroundColor: row.backgroundColor, fontStack: row.fontStack, footer: row.footer }
    : DEFAULT_BRAND_KIT;
  const logo = row && (await logoDataUri(row));
  return { settings, logo: logo ? { type: row.logoType!, sha: row.logoSha!, dataUri: logo } : null, saved: !!row };
}

export async function saveBrandKit(ctx: ServiceContext, input: unknown) {
  const parsed = BrandKitSettings.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? "The brand kit is not valid.");
  const settings = parsed.data;
  await withTenant(ctx.db, ctx.tenantId, async (tx) => {
    await tx
      .insert(brandKits)
      .values({ tenantId: ctx.tenantId, ...settings, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: brandKits.tenantId, set: { ...settings, updatedBy: ctx.actor.userId, updatedAt: new Date() } });
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "brand_kit.saved", objectType: "brand_kit", objectId: ctx.tenantId, details: settings });
  });
  return getBrandKit(ctx);
}

/** Sets (or with null, removes) the logo. Checked by content, not by name. */
export async function setLogo(ctx: ServiceContext, data: Buffer | null) {
  let type: string | null = null;
  let sha: string | null = null;
  if (data) {
    if (data.length === 0) throw badRequest("That file is empty. Choose a PNG, JPEG or GIF logo.");
    if (data.length > LOGO_MAX_BYTES) throw badRequest(`Logos are at most ${LOGO_MAX_BYTES / 1024} KB. Export a smaller PNG (about 400 px wide is plenty for email).`);
    type = LOGO_TYPES.find((t) => t.matches(data))?.type ?? null;
    if (!type) throw badRequest("That file is not a PNG, JPEG or GIF. Email clients show only those; export the logo as PNG and try again.");
    sha = createHash("sha256").update(data).digest("hex");
  }
  // Named by content and type: a new logo is a new key, so the previous one can go once the row moved on.
  const stored = data && sha ? await storeTenantFile("logos", ctx.tenantId, `${sha}.${type!.slice("image/".length)}`, data, type!) : null;
  const previous = await withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [before] = await tx.select({ key: brandKits.logoKey }).from(brandKits).where(eq(brandKits.tenantId, ctx.tenantId));
    const logo = { logo: stored?.data ?? null, logoKey: stored?.key ?? null, logoType: type, logoSha: sha, updatedBy: ctx.actor.userId, updatedAt: new Date() };
    await tx
      .insert(brandKits)
      .values({ tenantId: ctx.tenantId, ...DEFAULT_BRAND_KIT, ...logo })
      .onConflictDoUpdate({ target: brandKits.tenantId, set: logo });
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: data ? "brand_kit.logo_set" : "brand_kit.logo_removed", objectType: "brand_kit", objectId: ctx.tenantId, details: { sha } });
    return before?.key ?? null;
  });
  if (previous !== (stored?.key ?? null)) await removeTenantFile(previous);
  return getBrandKit(ctx);
}

/** The kit as the renderer needs it; the logo is inlined as a data: URI (previews are sandboxed and offline). */
export async function brandKitForRender(tx: Transaction, tenantId: string): Promise<BrandKit> {
  const [row] = await tx
    .select({ kit: brandKits, companyName: organization.name })
    .from(organization)
    .leftJoin(brandKits, eq(brandKits.tenantId, organization.id))
    .where(eq(organization.id, tenantId));
  const kit = row?.kit;
  return {
    ...(kit ? { primaryColor: kit.primaryColor, textColor: kit.textColor, backgroundColor: kit.backgroundColor, fontStack: kit.fontStack, footer: kit.footer } : DEFAULT_BRAND_KIT),
    companyName: row?.companyName ?? "",
    logoSrc: kit ? await logoDataUri(kit) : null,
  };
}

/** The logo inlined as a data: URI, from the row or from the file storage. */
async function logoDataUri(kit: { logo: Buffer | null; logoKey: string | null; logoType: string | null }): Promise<string | null> {
  if (!kit.logoType || (!kit.logo && !kit.logoKey)) return null;
  return dataUri(await loadTenantFile({ data: kit.logo, key: kit.logoKey }), kit.logoType);
}

function dataUri(data: Buffer, type: string): string {
  return `data:${type};base64,${data.toString("base64")}`;
}
