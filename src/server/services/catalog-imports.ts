/**
 * CSV imports for products, customers and events: upload (checked for
 * encoding, delimiter sniffed, header and preview read), a column mapping
 * the person confirms, then a job that validates every row and writes the
 * valid ones in one transaction — or nothing, unless "import valid rows" was
 * chosen. Errors are kept for a downloadable report.
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { detectDelimiter, EncodingCheck, parseCsvRecords, stripBom } from "@/domain/catalog/csv";
import { toCsv } from "@/domain/csv";
import { FIELDS, mappingProblem, suggestMapping, type ImportKind, type Mapping } from "@/domain/catalog/rows";
import { catalogImports } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, conflict, notFound, tooLarge } from "./errors";
import { removeTenantFile, storeTenantUpload } from "@/server/storage/tenant-files";

export const IMPORT_JOB = "catalog.import";
/** The start of an upload read for its delimiter, header and preview rows. */
const HEAD_BYTES = 256 * 1024;
const PREVIEW_ROWS = 10;

/** CATALOG_MAX_MB, default 200. */
export function catalogMaxBytes(): number {
  return Number(process.env.CATALOG_MAX_MB ?? 200) * 1024 * 1024;
}

export function catalogTooLarge(): string {
  return `CSV files are limited to ${Math.round(catalogMaxBytes() / 1024 / 1024)} MB. Split the file (by date for events) and import the parts one after another.`;
}

/**
 * Reads an upload as it arrives: the start (HEAD_BYTES) is checked and
 * previewed first, then the whole file streams to the file storage (or, without
 * STORAGE_URL, into the row) while its size and encoding are checked, so a
 * 200 MB file is never held in the web process.
 */
export async function uploadImport(ctx: ServiceContext, input: { kind: ImportKind; filename: string; body: AsyncIterable<Uint8Array> }) {
  const upload = await receiveCsv(input.body);
  const { delimiter, header, preview } = readStart(upload.start);
  const mapping = suggestMapping(input.kind, header);
  const id = randomUUID();
  const stored = await storeTenantUpload("imports", ctx.tenantId, id, upload.rest(), "text/csv");
  try {
    const row = await withTenant(ctx.db, ctx.tenantId, async (tx) => {
      const [created] = await tx
        .insert(catalogImports)
        .values({ id, tenantId: ctx.tenantId, kind: input.kind, filename: input.filename.slice(0, 200), size: stored.size, delimiter, header, file: stored.data, fileKey: stored.key, createdBy: ctx.actor.userId })
        .returning({ id: catalogImports.id });
      await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "import.uploaded", objectType: "import", objectId: created!.id, details: { kind: input.kind, filename: input.filename, size: stored.size } });
      return created!;
    });
    return { importId: row.id, kind: input.kind, delimiter, header, preview, mapping, fields: FIELDS[input.kind] };
  } catch (error) {
    await removeTenantFile(stored.key);
    throw error;
  }
}

/**
 * An upload with its size limit and encoding checked chunk by chunk: `start`
 * is its first HEAD_BYTES and a little more (all of it when it is shorter),
 * `rest()` the whole file again, start included, for the storage.
 */
async function receiveCsv(body: AsyncIterable<Uint8Array>) {
  const source = body[Symbol.asyncIterator]();
  const encoding = new EncodingCheck();
  let size = 0;
  const next = async (): Promise<Uint8Array | null> => {
    const read = await source.next();
    if (read.done) {
      const problem = encoding.end();
      if (problem) throw badRequest(problem);
      return null;
    }
    size += read.value.byteLength;
    if (size > catalogMaxBytes()) throw tooLarge(catalogTooLarge());
    const problem = encoding.add(read.value);
    if (problem) throw badRequest(problem);
    return read.value;
  };
  const chunks: Uint8Array[] = [];
  let ended = false;
  while (size <= HEAD_BYTES && !ended) {
    const chunk = await next();
    if (chunk) chunks.push(chunk);
    else ended = true;
  }
  const start = Buffer.concat(chunks);
  return {
    start,
    async *rest(): AsyncGenerator<Uint8Array> {
      try {
        yield start;
        for (let chunk = ended ? null : await next(); chunk; chunk = await next()) yield chunk;
      } finally {
        // A refused or failed upload stops reading the request.
        await source.return?.();
      }
    },
  };
}

/** The delimiter, header and preview rows from the start of a file, or why it is not a CSV file Brandsmith can read. */
function readStart(start: Buffer) {
  if (start.length === 0) throw badRequest("That file is empty. Export your data as CSV and try again.");
  const head = stripBom(start.subarray(0, HEAD_BYTES).toString("utf8"));
  // JSON, a spreadsheet (a ZIP: Excel's .xlsx) or binary data: not CSV.
  const zip = start[0] === 0x50 && start[1] === 0x4b;
  if (/^\s*[[{]/.test(head) || zip || head.includes("\u0000")) throw badRequest("That is not a CSV file. Export the sheet as CSV (comma-separated values) and upload that.");
  const delimiter = detectDelimiter(head);
  // A head cut from a longer file ends inside a record: read it up to its last line break.
  const complete = start.length <= HEAD_BYTES ? head : head.slice(0, head.lastIndexOf("\n") + 1 || head.length);
  const [first, ...rest] = parseCsvRecords(complete, delimiter, 1 + PREVIEW_ROWS);
  if (first && "problem" in first) throw badRequest(`Brandsmith could not read the header row. ${first.problem}`);
  const header = first?.cells;
  // Malformed rows are left out of the preview; the import lists them in its error report.
  const preview = rest.flatMap((r) => ("cells" in r ? [r.cells] : [])).slice(0, PREVIEW_ROWS);
  if (!header || header.length < 2) {
    throw badRequest("Brandsmith could not find columns in this file. Check that it has a header row and uses commas, semicolons or tabs between columns.");
  }
  return { delimiter, header, preview };
}

export async function startImport(ctx: ServiceContext, importId: string, input: { mapping: Mapping; mode: "all" | "valid" }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .select({ id: catalogImports.id, kind: catalogImports.kind, header: catalogImports.header, status: catalogImports.status })
      .from(catalogImports)
      .where(and(eq(catalogImports.id, importId), eq(catalogImports.tenantId, ctx.tenantId)))
      .for("update");
    if (!row) throw notFound("That import does not exist in this workspace. Upload the file again.");
    if (row.status !== "uploaded" && row.status !== "failed") throw conflict("This file is already being imported (or was). Upload it again to import it once more.");
    const problem = mappingProblem(row.kind, input.mapping, row.header.length);
    if (problem) throw badRequest(problem);
    const [job] = await enqueueJobs(tx, ctx.tenantId, [{ type: IMPORT_JOB, payload: { importId }, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 2 }]);
    await tx
      .update(catalogImports)
      .set({ mapping: input.mapping, mode: input.mode, status: "importing", jobId: job!.id, message: null, errors: [], stats: null })
      .where(and(eq(catalogImports.id, importId), eq(catalogImports.tenantId, ctx.tenantId)));
    return { jobId: job!.id };
  });
}

export async function listImports(ctx: ServiceContext, kind?: ImportKind) {
  return withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select({
        id: catalogImports.id,
        kind: catalogImports.kind,
        filename: catalogImports.filename,
        size: catalogImports.size,
        status: catalogImports.status,
        stats: catalogImports.stats,
        message: catalogImports.message,
        mode: catalogImports.mode,
        jobId: catalogImports.jobId,
        createdAt: catalogImports.createdAt,
        finishedAt: catalogImports.finishedAt,
      })
      .from(catalogImports)
      .where(and(eq(catalogImports.tenantId, ctx.tenantId), kind ? eq(catalogImports.kind, kind) : undefined))
      .orderBy(desc(catalogImports.createdAt))
      .limit(20),
  );
}

/** The error report: row, column, reason. */
export async function importErrorReport(ctx: ServiceContext, importId: string): Promise<{ filename: string; csv: string }> {
  const [row] = await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx.select({ errors: catalogImports.errors, filename: catalogImports.filename }).from(catalogImports).where(and(eq(catalogImports.id, importId), eq(catalogImports.tenantId, ctx.tenantId))),
  );
  if (!row) throw notFound("That import does not exist in this workspace.");
  // Reasons quote the file's own values: toCsv keeps any formula in them inert.
  return { filename: `${row.filename.replace(/\.csv$/i, "")}-errors.csv`, csv: toCsv(["row", "column", "reason"], row.errors.map((e) => [e.row, e.column, e.reason])) };
}

