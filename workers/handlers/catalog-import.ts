/**
 * Imports a stored CSV in two streamed passes with bounded memory: first
 * every row is validated (and keys checked for duplicates and, for events,
 * against the catalog and customers); then, if the import may go ahead, the
 * valid rows are upserted in batches inside one transaction, so an import
 * either applies completely or not at all.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { readCsvRecords, type Delimiter } from "@/domain/catalog/csv";
import { checkCustomer, checkEvent, checkProduct, type CustomerRow, type EventRow, type ProductRow, type RowError } from "@/domain/catalog/rows";
import { getDb, type Transaction } from "@/server/db/client";
import { catalogImports, customerEvents, customers, products, type ImportStats } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NonRetryableError } from "@/server/queue/errors";
import { recordAudit } from "@/server/services/audit";
import { defineHandler } from "../registry";
import { openTenantFile, type StoredBytes } from "@/server/storage/tenant-files";

const MAX_ERRORS_KEPT = 10_000;
const BATCH = 1_000;

type Valid = ProductRow | CustomerRow | EventRow;

export const importCatalog = defineHandler({
  type: "catalog.import",
  payload: z.object({ importId: z.uuid() }),
  async run(payload, context) {
    const db = getDb();
    const [job] = await withTenant(db, context.tenantId, (tx) => tx.select().from(catalogImports).where(and(eq(catalogImports.id, payload.importId), eq(catalogImports.tenantId, context.tenantId))));
    if (!job || !job.mapping) throw new NonRetryableError("The import was removed before it ran. Upload the file again.");
    // Read twice, as a stream each time: a stored 200 MB file is never held whole.
    const file: StoredBytes = { data: job.file, key: job.fileKey };
    const finish = (values: Partial<typeof catalogImports.$inferInsert>) =>
      withTenant(db, context.tenantId, (tx) =>
        tx
          .update(catalogImports)
          .set({ ...values, finishedAt: new Date() })
          .where(and(eq(catalogImports.id, job.id), eq(catalogImports.tenantId, context.tenantId))),
      );

    // Events refer to products and customers by their keys: look them up once.
    const lookups = job.kind === "events" ? await loadLookups(context.tenantId) : null;
    const now = new Date();
    const errors: RowError[] = [];
    let invalid = 0;
    let rows = 0;
    const seen = new Map<string, number>();
    const check = (cells: string[], rowNumber: number, problem?: string): Valid | null => {
      if (problem) {
        invalid++;
        if (errors.length < MAX_ERRORS_KEPT) errors.push({ row: rowNumber, column: "", reason: problem });
        return null;
      }
      const mapping = job.mapping!;
      const result = job.kind === "products" ? checkProduct(cells, mapping, rowNumber) : job.kind === "customers" ? checkCustomer(cells, mapping, job.header, rowNumber) : checkEvent(cells, mapping, rowNumber, now);
      const rowErrors = result.ok ? [] : [...result.errors];
      if (result.ok) {
        const value = result.value as Valid;
        if ("sku" in value && "name" in value) duplicate(`sku:${value.sku}`, "sku", `The SKU ${value.sku}`);
        if ("externalId" in value) duplicate(`customer:${value.externalId}`, "external_id", `The customer ID ${value.externalId}`);
        if ("kind" in value && lookups) {
          if (!lookups.products.has(value.sku)) rowErrors.push({ row: rowNumber, column: "sku", reason: `No product with SKU ${value.sku}. Import the products first.` });
          if (!lookups.customers.has(value.customer)) rowErrors.push({ row: rowNumber, column: "customer", reason: `No customer with ID ${value.customer}. Import the customers first.` });
        }
      }
      function duplicate(key: string, column: string, what: string) {
        const first = seen.get(key);
        if (first !== undefined) rowErrors.push({ row: rowNumber, column, reason: `${what} appears again (first on row ${first}).` });
        else seen.set(key, rowNumber);
      }
      if (rowErrors.length) {
        invalid++;
        for (const e of rowErrors) if (errors.length < MAX_ERRORS_KEPT) errors.push(e);
        return null;
      }
      return result.ok ? (result.value as Valid) : null;
    };

    // Pass 1: validate every row.
    await eachRow(file, job.delimiter as Delimiter, job.header.length, async (cells, rowNumber, problem) => {
      rows++;
      check(cells, rowNumber, problem);
      if (rows % 20_000 === 0) await context.progress({ percent: Math.min(45, Math.round((rows / estimateRows(job.size, rows)) * 45)), message: `Checked ${rows.toLocaleString("en")} rows` });
    });
    const stats: ImportStats = { rows, valid: rows - invalid, invalid, inserted: 0, updated: 0 };
    if (rows === 0) {
      await finish({ status: "failed", stats, errors, message: "The file has a header but no rows." });
      throw new NonRetryableError("The file has a header but no rows.");
    }
    if (invalid > 0 && job.mode === "all") {
      const message = `${invalid.toLocaleString("en")} of ${rows.toLocaleString("en")} rows have errors, so nothing was imported. Download the error report, fix those rows, or choose “import valid rows”.`;
      await finish({ status: "failed", stats, errors, message });
      return { status: "failed", ...stats };
    }

    // Pass 2: write the valid rows, all in one transaction.
    seen.clear();
    errors.length = 0;
    invalid = 0;
    let written = 0;
    await withTenant(db, context.tenantId, async (tx) => {
      let batch: Valid[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const counts = await writeBatch(tx, context.tenantId, job.kind, batch, lookups);
        stats.inserted += counts.inserted;
        stats.updated += counts.updated;
        written += batch.length;
        batch = [];
        await context.progress({ percent: 50 + Math.round((written / Math.max(1, stats.valid)) * 49), message: `Imported ${written.toLocaleString("en")} of ${stats.valid.toLocaleString("en")} rows` });
      };
      await eachRow(file, job.delimiter as Delimiter, job.header.length, async (cells, rowNumber, problem) => {
        const value = check(cells, rowNumber, problem);
        if (!value) return;
        batch.push(value);
        if (batch.length >= BATCH) await flush();
      });
      await flush();
      await tx
        .update(catalogImports)
        .set({ status: "done", stats, errors, finishedAt: new Date(), message: invalid ? `Imported ${stats.valid.toLocaleString("en")} valid rows; ${invalid.toLocaleString("en")} rows with errors were left out.` : null })
        .where(and(eq(catalogImports.id, job.id), eq(catalogImports.tenantId, context.tenantId)));
      await recordAudit(tx, context.tenantId, job.createdBy, { action: "import.done", objectType: "import", objectId: job.id, details: { kind: job.kind, ...stats } });
    });
    return { status: "done", ...stats };
  },
});

/**
 * Streams the stored file's records, skipping the header. Row numbers count the header as row 1.
 * A malformed record (a quote that never closes, a stray quote) is handed over with its problem instead of cells.
 */
async function eachRow(file: StoredBytes, delimiter: Delimiter, columns: number, visit: (cells: string[], row: number, problem?: string) => Promise<void>) {
  let row = 0;
  for await (const record of readCsvRecords(await openTenantFile(file), delimiter)) {
    if (++row === 1) continue;
    if ("problem" in record) {
      await visit([], row, record.problem);
    } else {
      while (record.cells.length < columns) record.cells.push("");
      await visit(record.cells, row);
    }
  }
}

function estimateRows(size: number, seenRows: number): number {
  return Math.max(seenRows, Math.round(size / 60));
}

interface Lookups {
  products: Map<string, string>;
  customers: Map<string, string>;
}

async function loadLookups(tenantId: string): Promise<Lookups> {
  return withTenant(getDb(), tenantId, async (tx) => {
    const [p, c] = await Promise.all([
      tx.select({ id: products.id, sku: products.sku }).from(products).where(eq(products.tenantId, tenantId)),
      tx.select({ id: customers.id, externalId: customers.externalId }).from(customers).where(eq(customers.tenantId, tenantId)),
    ]);
    return { products: new Map(p.map((r) => [r.sku, r.id])), customers: new Map(c.map((r) => [r.externalId, r.id])) };
  });
}

/** Upserts by key; `xmax = 0` tells a fresh insert from an update. */
async function writeBatch(tx: Transaction, tenantId: string, kind: string, batch: Valid[], lookups: Lookups | null): Promise<{ inserted: number; updated: number }> {
  const fresh = sql<boolean>`(xmax = 0)`;
  let rows: { fresh: boolean }[] = [];
  if (kind === "products") {
    const values = (batch as ProductRow[]).map((p) => ({ tenantId, sku: p.sku, name: p.name, description: p.description, price: p.price, currency: p.currency, url: p.url, imageUrl: p.imageUrl, category: p.category, tags: p.tags, inStock: p.inStock }));
    rows = await tx
      .insert(products)
      .values(values)
      .onConflictDoUpdate({
        target: [products.tenantId, products.sku],
        set: {
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          price: sql`excluded.price`,
          currency: sql`excluded.currency`,
          url: sql`excluded.url`,
          imageUrl: sql`excluded.image_url`,
          category: sql`excluded.category`,
          tags: sql`excluded.tags`,
          inStock: sql`excluded.in_stock`,
          updatedAt: new Date(),
        },
      })
      .returning({ fresh });
  } else if (kind === "customers") {
    const values = (batch as CustomerRow[]).map((c) => ({ tenantId, externalId: c.externalId, email: c.email, name: c.name, attributes: c.attributes }));
    rows = await tx
      .insert(customers)
      .values(values)
      .onConflictDoUpdate({
        target: [customers.tenantId, customers.externalId],
        set: { email: sql`excluded.email`, name: sql`excluded.name`, attributes: sql`customers.attributes || excluded.attributes`, updatedAt: new Date() },
      })
      .returning({ fresh });
  } else {
    const values = (batch as EventRow[]).map((e) => ({ tenantId, customerId: lookups!.customers.get(e.customer)!, productId: lookups!.products.get(e.sku)!, kind: e.kind, occurredAt: e.time, quantity: e.quantity }));
    rows = await tx
      .insert(customerEvents)
      .values(values)
      .onConflictDoUpdate({ target: [customerEvents.tenantId, customerEvents.customerId, customerEvents.productId, customerEvents.kind, customerEvents.occurredAt], set: { quantity: sql`excluded.quantity` } })
      .returning({ fresh });
  }
  const inserted = rows.filter((r) => r.fresh).length;
  return { inserted, updated: rows.length - inserted };
}

