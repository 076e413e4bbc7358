/**
 * Run in its own process (node --expose-gc --import tsx), with STORAGE_URL
 * pointing at the test's S3 server, as SLUG's owner (COOKIE): reads the
 * stored import file READ_KEY back through the CSV reader the import job
 * uses, then uploads a generated products CSV of SIZE_MB through the catalog
 * import route, sampling this process's RSS during both. One-time costs
 * (sign-in check, database pool, S3 client, multipart uploads) are paid
 * before each. Prints one JSON line: sizes, rows, times, peak RSS growth.
 */
import { POST as uploadImport } from "@/app/api/catalog/imports/route";
import { readCsvRecords } from "@/domain/catalog/csv";
import { fileStore } from "@/server/storage";
import { openTenantFile } from "@/server/storage/tenant-files";
import { peakGrowth } from "./rss";

const MB = 1024 * 1024;

/** Whole rows in about 1 MB chunks until `total` bytes; every row differs. */
function generated(total: number, sent: { bytes: number; rows: number }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.bytes >= total) return controller.close();
      let text = sent.bytes === 0 ? "SKU,Title,Description,Price,Category,In stock\n" : "";
      while (text.length < MB && sent.bytes + text.length < total) {
        sent.rows++;
        text += `S${String(sent.rows).padStart(8, "0")},Roast ${sent.rows},Bright beans with notes of cherry and cocoa,${(sent.rows % 5000) / 100 + 1},coffee,yes\n`;
      }
      sent.bytes += text.length;
      controller.enqueue(new TextEncoder().encode(text));
    },
  });
}

const post = (body: ReadableStream<Uint8Array>) =>
  uploadImport(
    new Request(`http://localhost:3999/api/catalog/imports?tenant=${process.env.SLUG}&kind=products&filename=big.csv`, {
      method: "POST",
      headers: { cookie: process.env.COOKIE! },
      body,
      duplex: "half",
    } as RequestInit),
  );

const countRows = async (key: string) => {
  let rows = 0;
  for await (const record of readCsvRecords(await openTenantFile({ data: null, key }), ",")) if ("cells" in record) rows++;
  return rows - 1;
};
const uploadedKey = async (response: Response) => `imports/${process.env.TENANT_ID}/${((await response.json()) as { importId: string }).importId}`;

const tiny = await uploadedKey(await post(new Blob(["SKU,Title\nA1,Mug\n"]).stream()));
await countRows(tiny);
await fileStore().delete(tiny);
const read = await peakGrowth(() => countRows(process.env.READ_KEY!));

const warmUp = await uploadedKey(await post(generated(20 * MB, { bytes: 0, rows: 0 })));
await fileStore().delete(warmUp);
const sent = { bytes: 0, rows: 0 };
const upload = await peakGrowth(async () => {
  const response = await post(generated(Number(process.env.SIZE_MB) * MB, sent));
  return { status: response.status, body: (await response.json()) as { importId: string } };
});
// The test checks the large file's row and removes the file.
process.stdout.write(
  `${JSON.stringify({
    readRows: read.result,
    readGrowthMb: read.growthMb,
    readSeconds: read.seconds,
    sentBytes: sent.bytes,
    status: upload.result.status,
    importId: upload.result.body.importId,
    uploadGrowthMb: upload.growthMb,
    uploadSeconds: upload.seconds,
  })}\n`,
);
process.exit(0);
