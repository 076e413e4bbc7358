/**
 * A synthetic shop written as the three CSV files a shop exports (products,
 * customers, events), imported the way a person imports them: upload, the
 * suggested column mapping confirmed, the catalog.import job run by the
 * runner — each file after the one it refers to, as the page asks.
 */
import { Readable } from "node:stream";
import type { SyntheticShop } from "@/domain/recommend/synthetic";
import { toCsv } from "@/domain/csv";
import type { ImportKind } from "@/domain/catalog/rows";
import { listImports, startImport, uploadImport } from "@/server/services/catalog-imports";
import type { ServiceContext } from "@/server/services/context";
import { getJob } from "@/server/services/jobs";
import { waitUntil } from "../queue/stats";

const DAY = 86_400_000;

export const customerKey = (index: number) => `C${String(index).padStart(6, "0")}`;

/**
 * The shop's files. Event times are moved so the newest is a day ago, and
 * event n gets n extra milliseconds: the synthetic shop draws whole days,
 * and two identical (customer, product, kind, time) rows are one event to
 * the importer.
 */
export function shopCsvs(shop: SyntheticShop, now = Date.now()): Record<ImportKind, Buffer> {
  const newest = shop.events.reduce((max, e) => Math.max(max, e.time), 0);
  const products = toCsv(
    ["sku", "name", "description", "price", "currency", "url", "category", "tags", "in_stock"],
    shop.catalog.map((p, i) => [p.sku, p.name, p.description, (4.5 + ((i * 37) % 60)).toFixed(2), "EUR", `https://shop.example/p/${p.sku}`, p.category, p.tags.join(";"), p.inStock ? "yes" : "no"]),
  );
  const customers = toCsv(
    ["customer_id", "email", "name", "loyalty_tier"],
    Array.from({ length: shop.customers }, (_, i) => [customerKey(i), `customer${i}@example.com`, `Customer ${i}`, ["bronze", "silver", "gold"][i % 3]]),
  );
  const events = toCsv(
    ["customer_id", "sku", "event", "timestamp", "quantity"],
    shop.events.map((e, n) => [customerKey(e.customer), shop.catalog[e.item]!.sku, e.kind, new Date(e.time - newest + now - DAY + n).toISOString(), e.quantity]),
  );
  return { products: Buffer.from(products), customers: Buffer.from(customers), events: Buffer.from(events) };
}

/** Imports the three files through the product's import path; seconds per file, upload to "done". */
export async function importShop(ctx: ServiceContext, files: Record<ImportKind, Buffer>): Promise<Record<ImportKind, number>> {
  const seconds = { products: 0, customers: 0, events: 0 };
  for (const kind of ["products", "customers", "events"] as const) {
    const started = performance.now();
    const upload = await uploadImport(ctx, { kind, filename: `${kind}.csv`, body: Readable.from([files[kind]]) });
    const { jobId } = await startImport(ctx, upload.importId, { mapping: upload.mapping, mode: "all" });
    await waitUntil(
      async () => {
        const row = (await listImports(ctx, kind)).find((i) => i.id === upload.importId);
        if (row?.status === "done") return true;
        const job = await getJob(ctx, jobId);
        if (row?.status === "failed" || job.state === "failed") throw new Error(`the ${kind} import failed: ${row?.message ?? job.lastError ?? "no message"}`);
        return false;
      },
      600_000,
      `the ${kind} import`,
      50,
    );
    seconds[kind] = (performance.now() - started) / 1000;
  }
  return seconds;
}
