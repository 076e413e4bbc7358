/**
 * The one-shot move of existing files into the store STORAGE_URL names: guide
 * originals, import files and logos out of their database rows, LoRA
 * adapters out of the local adapter directory. Row by row, each file written
 * before its row is switched to the key, so it can be stopped and run again.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "@/server/db/client";
import { brandGuideFiles, brandGuides, brandKits, catalogImports, organization } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { LocalFileStore } from "./local-store";
import { fileStore, StorageConfigError } from "./index";
import { tenantFileKey } from "./tenant-files";

export interface MigratedFiles {
  guides: number;
  imports: number;
  logos: number;
  adapters: number;
}

/** `adapterDir`: where adapters were kept until now (ADAPTER_DIR, or `<data dir>/adapters`). */
export async function migrateFilesToStore(db: Database, options: { adapterDir: string; log?: (line: string) => void }): Promise<MigratedFiles> {
  if (!process.env.STORAGE_URL) {
    throw new StorageConfigError("STORAGE_URL is not set, so there is nowhere to move files to. Set it to the store the app will use (e.g. s3://KEY:SECRET@brandsmith?endpoint=http://minio:9000) and run this again.");
  }
  const store = fileStore();
  const log = options.log ?? (() => {});
  const counts: MigratedFiles = { guides: 0, imports: 0, logos: 0, adapters: 0 };
  const tenants = await db.select({ id: organization.id, slug: organization.slug }).from(organization);
  for (const tenant of tenants) {
    const inTenant = <T>(work: Parameters<typeof withTenant<T>>[2]) => withTenant(db, tenant.id, work);

    const guides = await inTenant((tx) =>
      tx
        .select({ guideId: brandGuideFiles.guideId, sha: brandGuides.sha256 })
        .from(brandGuideFiles)
        .innerJoin(brandGuides, eq(brandGuides.id, brandGuideFiles.guideId))
        .where(and(eq(brandGuideFiles.tenantId, tenant.id), isNotNull(brandGuideFiles.data), isNull(brandGuideFiles.storageKey))),
    );
    for (const guide of guides) {
      const key = tenantFileKey("guides", tenant.id, guide.sha);
      await inTenant(async (tx) => {
        const [row] = await tx.select({ data: brandGuideFiles.data }).from(brandGuideFiles).where(and(eq(brandGuideFiles.guideId, guide.guideId), eq(brandGuideFiles.tenantId, tenant.id)));
        if (!row?.data) return;
        await store.put(key, row.data);
        await tx.update(brandGuideFiles).set({ data: null, storageKey: key }).where(and(eq(brandGuideFiles.guideId, guide.guideId), eq(brandGuideFiles.tenantId, tenant.id)));
        counts.guides++;
      });
    }

    const imports = await inTenant((tx) =>
      tx
        .select({ id: catalogImports.id })
        .from(catalogImports)
        .where(and(eq(catalogImports.tenantId, tenant.id), isNotNull(catalogImports.file), isNull(catalogImports.fileKey))),
    );
    for (const { id } of imports) {
      const key = tenantFileKey("imports", tenant.id, id);
      await inTenant(async (tx) => {
        const [row] = await tx.select({ file: catalogImports.file }).from(catalogImports).where(and(eq(catalogImports.id, id), eq(catalogImports.tenantId, tenant.id)));
        if (!row?.file) return;
        await store.put(key, row.file, { contentType: "text/csv" });
        await tx.update(catalogImports).set({ file: null, fileKey: key }).where(and(eq(catalogImports.id, id), eq(catalogImports.tenantId, tenant.id)));
        counts.imports++;
      });
    }

    await inTenant(async (tx) => {
      const [kit] = await tx
        .select({ logo: brandKits.logo, type: brandKits.logoType, sha: brandKits.logoSha })
        .from(brandKits)
        .where(and(eq(brandKits.tenantId, tenant.id), isNotNull(brandKits.logo), isNull(brandKits.logoKey)));
      if (!kit?.logo || !kit.type || !kit.sha) return;
      const key = tenantFileKey("logos", tenant.id, `${kit.sha}.${kit.type.slice("image/".length)}`);
      await store.put(key, kit.logo, { contentType: kit.type });
      await tx.update(brandKits).set({ logo: null, logoKey: key }).where(eq(brandKits.tenantId, tenant.id));
      counts.logos++;
    });
    log(`${tenant.slug}: files moved`);
  }

  // Adapters: `<adapterDir>/<tenant>/<hex>.gguf` → `adapters/<tenant>/<hex>.gguf`. The local copies stay until you remove them.
  const source = new LocalFileStore(path.resolve(options.adapterDir));
  if (source.location !== store.location) {
    for await (const key of source.list("")) {
      if (!/^[0-9a-f-]{36}\/[0-9a-f]{64}\.gguf$/.test(key)) continue;
      const target = `adapters/${key}`;
      if (await store.exists(target)) continue;
      await store.put(target, createReadStream(path.join(options.adapterDir, key)));
      counts.adapters++;
    }
  }
  return counts;
}
