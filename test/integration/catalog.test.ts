/**
 * Catalog and audience imports through the upload route and real workers
 * (good, malformed and partly bad files; all-or-nothing vs valid rows; the
 * error report), segments with a live count, and a recommender run with its
 * evaluation and a segment's picks with reasons.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as errorReport } from "@/app/api/catalog/imports/[id]/route";
import { POST as upload } from "@/app/api/catalog/imports/route";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker.stop();
});

async function send(person: TestPerson, slug: string, kind: string, body: string | Uint8Array<ArrayBuffer>, filename = `${kind}.csv`) {
  const res = await upload(new Request(`http://localhost:3999/api/catalog/imports?tenant=${slug}&kind=${kind}&filename=${filename}`, { method: "POST", headers: { cookie: person.cookie }, body }));
  return { status: res.status, body: (await res.json()) as { importId: string; mapping: Record<string, number | null>; header: string[]; preview: string[][]; delimiter: string; error?: string } };
}

const PRODUCTS = [
  "SKU;Title;Description;Price;Category;In stock",
  "R1;Spring Roast;Bright and floral washed beans;14,90;coffee;yes",
  "R2;Winter Blend;Rich cocoa notes;15,50;coffee;yes",
  "G1;Pour-over Dripper;Ceramic dripper for one cup;29;gear;yes",
  "G2;Paper Filters;Pack of 100 filters;5;gear;yes",
  "G3;Glass Carafe;Holds 600 ml;-3;gear;no",
  "R1;Spring Roast again;Duplicate;14;coffee;yes",
].join("\n");

it("imports products all-or-nothing or valid rows only, with a row-level error report", async () => {
  const owner = await signUp("Ida Importer");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);

  expect(await expectCode(caller.catalog.train(), "CONFLICT")).toMatch(/Import your products first/);
  const first = await send(owner, ws.slug, "products", PRODUCTS);
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ delimiter: ";", mapping: { sku: 0, name: 1, description: 2, price: 3, category: 4, in_stock: 5 } });
  expect(first.body.preview[0]).toEqual(["R1", "Spring Roast", "Bright and floral washed beans", "14,90", "coffee", "yes"]);
  expect(await expectCode(caller.catalog.startImport({ importId: first.body.importId, mapping: { ...first.body.mapping, name: null }, mode: "all" }), "BAD_REQUEST")).toMatch(/Map the required column Name/);

  const all = await caller.catalog.startImport({ importId: first.body.importId, mapping: first.body.mapping, mode: "all" });
  await waitFor(() => allFinished([all.jobId]), 15_000);
  let [imp] = await caller.catalog.imports({ kind: "products" });
  expect(imp).toMatchObject({ status: "failed", stats: { rows: 6, valid: 4, invalid: 2, inserted: 0 } });
  expect(imp!.message).toMatch(/2 of 6 rows have errors, so nothing was imported/);
  expect((await caller.catalog.products({})).total).toBe(0);
  const report = await (await errorReport(new Request(`http://localhost/api/catalog/imports/${imp!.id}?tenant=${ws.slug}`, { headers: { cookie: owner.cookie } }), { params: Promise.resolve({ id: imp!.id }) })).text();
  expect(report.split("\r\n")).toEqual(["row,column,reason", "6,price,The price is negative.", "7,sku,The SKU R1 appears again (first on row 2).", ""]);

  const again = await send(owner, ws.slug, "products", PRODUCTS);
  const valid = await caller.catalog.startImport({ importId: again.body.importId, mapping: again.body.mapping, mode: "valid" });
  await waitFor(() => allFinished([valid.jobId]), 15_000);
  expect(await expectCode(caller.catalog.startImport({ importId: again.body.importId, mapping: again.body.mapping, mode: "valid" }), "CONFLICT")).toMatch(/already being imported/);
  [imp] = await caller.catalog.imports({ kind: "products" });
  expect(imp).toMatchObject({ status: "done", stats: { valid: 4, invalid: 2, inserted: 4, updated: 0 } });
  const list = await caller.catalog.products({ q: "floral" });
  expect(list.products.map((p) => [p.sku, p.price])).toEqual([["R1", 14.9]]);
  expect((await caller.catalog.products({ category: "gear" })).total).toBe(2);

  // Bad files are refused with what to do; nothing is stored.
  expect((await send(owner, ws.slug, "products", Uint8Array.from([0x73, 0x6b, 0x75, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x41, 0x2c, 0xe9, 0x0a]))).body.error).toMatch(/not UTF-8/);
  expect((await send(owner, ws.slug, "products", "just one column\nvalue")).body.error).toMatch(/could not find columns/);
  expect((await send(owner, ws.slug, "products", "")).body.error).toMatch(/empty/);
  process.env.CATALOG_MAX_MB = "0.0001";
  try {
    const big = await send(owner, ws.slug, "products", PRODUCTS);
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/limited to 0 MB|Split the file/);
  } finally {
    delete process.env.CATALOG_MAX_MB;
  }
});

it("imports customers and events, builds a segment, trains and recommends with reasons", async () => {
  const owner = await signUp("Rhea Recs");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const products = ["sku,name,description,category,price", ...Array.from({ length: 12 }, (_, i) => `P${i},${i < 6 ? "Roast" : "Gear"} ${i},${i < 6 ? "coffee beans roast" : "brewing gear"} ${i},${i < 6 ? "coffee" : "gear"},${10 + i}`)].join("\n");
  const customers = ["customer_id,email,name,tier", ...Array.from({ length: 30 }, (_, i) => `C${i},c${i}@example.com,Customer ${i},${i % 2 ? "gold" : "silver"}`)].join("\n");
  const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString();
  const eventRows = ["customer,sku,event,timestamp"];
  for (let c = 0; c < 30; c++) {
    const base = c % 2 ? 0 : 6; // gold customers like coffee, silver like gear
    for (let k = 0; k < 4; k++) eventRows.push(`C${c},P${base + ((c + k) % 6)},purchase,${day(c + k)}`);
  }
  eventRows.push(`C1,NOPE,purchase,${day(1)}`, `C2,P1,purchase,2099-01-01T00:00:00Z`);
  for (const [kind, body] of [["products", products], ["customers", customers]] as const) {
    const up = await send(owner, ws.slug, kind, body);
    const { jobId } = await caller.catalog.startImport({ importId: up.body.importId, mapping: up.body.mapping, mode: "all" });
    await waitFor(() => allFinished([jobId]), 15_000);
  }
  const ev = await send(owner, ws.slug, "events", eventRows.join("\n"));
  const { jobId } = await caller.catalog.startImport({ importId: ev.body.importId, mapping: ev.body.mapping, mode: "valid" });
  await waitFor(() => allFinished([jobId]), 15_000);
  const [events] = await caller.catalog.imports({ kind: "events" });
  expect(events).toMatchObject({ status: "done", stats: { rows: 122, valid: 120, invalid: 2 } });
  expect(await caller.catalog.summary()).toMatchObject({ products: 12, customers: 30, events: 120, attributeKeys: ["tier"] });

  const rules = { all: [{ type: "attribute", key: "tier", op: "equals", value: "gold" }, { type: "bought_category", category: "coffee", days: 3650 }] };
  expect(await caller.catalog.previewSegment({ rules })).toMatchObject({ members: 15 });
  expect(await expectCode(caller.catalog.previewSegment({ rules: { all: [{ type: "active_within", days: 0 }] } }), "BAD_REQUEST")).toMatch(/at least one day/);
  expect(await expectCode(caller.catalog.saveSegment({ name: "", rules }), "BAD_REQUEST")).toMatch(/Name the segment/);
  const { segmentId, members } = await caller.catalog.saveSegment({ name: "Gold coffee lovers", rules });
  expect(members).toBe(15);
  expect((await caller.catalog.recommendations({ segmentId })).picks).toEqual([]);

  const run = await caller.catalog.train();
  await waitFor(() => allFinished([run.jobId]), 30_000);
  const [latest] = await caller.catalog.runs();
  expect(latest).toMatchObject({ status: "ready", products: 12, customers: 30, events: 120 });
  expect(latest!.evaluation!.model.customers).toBeGreaterThan(0);
  const recs = await caller.catalog.recommendations({ segmentId, k: 4 });
  expect(recs.picks.length).toBe(4);
  expect(recs.picks.every((p) => p.because.length > 0)).toBe(true);
  // The segment buys coffee; its picks lean the same way.
  expect(recs.picks.filter((p) => p.category === "coffee").length).toBeGreaterThanOrEqual(2);
  // One customer: nothing they already bought, each pick with a reason.
  const mine = await caller.catalog.customerRecommendations({ externalId: "C1", k: 5 });
  expect(mine.picks.length).toBe(5);
  const bought = new Set(eventRows.filter((r) => r.startsWith("C1,") && r.includes(",purchase,")).map((r) => r.split(",")[1]));
  expect(mine.picks.some((p) => bought.has(p.sku))).toBe(false);
  expect(await expectCode(caller.catalog.customerRecommendations({ externalId: "nobody" }), "NOT_FOUND")).toMatch(/No customer with ID nobody/);
});

it("reports a quote that never closes as a row error with its line, and imports no junk product from it", async () => {
  const owner = await signUp("Quinn Quote");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const csv = ["sku,name,description", "A1,Lamp,A desk lamp", 'A2,"Chair,A chair with a quote that never closes', "A3,Table,Oak", "A4,Stool,Pine"].join("\n");
  const uploaded = await send(owner, ws.slug, "products", csv);
  expect(uploaded.status).toBe(201);
  const run = await caller.catalog.startImport({ importId: uploaded.body.importId, mapping: uploaded.body.mapping, mode: "valid" });
  await waitFor(() => allFinished([run.jobId]), 15_000);
  const [imp] = await caller.catalog.imports({ kind: "products" });
  expect(imp).toMatchObject({ status: "done", stats: { rows: 2, valid: 1, invalid: 1, inserted: 1 } });
  const report = await (await errorReport(new Request(`http://localhost/api/catalog/imports/${imp!.id}?tenant=${ws.slug}`, { headers: { cookie: owner.cookie } }), { params: Promise.resolve({ id: imp!.id }) })).text();
  expect(report).toMatch(/3,,"?A quote \(""?\) opened on line 3 never closes/);
  // Only the good row became a product; the swallowed lines did not turn into one named "Chair,A chair…".
  expect((await caller.catalog.products({})).products.map((p) => p.sku)).toEqual(["A1"]);
});

it("imports values with a quote inside them (15\" frames) as written, across a BOM, CRLF and a line break in a value", async () => {
  const owner = await signUp("Stella Stray");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  // A BOM, CRLF, and a value with a line break: rows and lines part ways after row 2.
  const csv = "\ufeff" + ["sku,name,description", 'A1,Lamp,"Warm light,\r\nfor desks"', 'A2,15" Frame,Oak', 'A3,Stool,"Pine, 18"" high"', "A4,Table,Oak", ""].join("\r\n");
  const uploaded = await send(owner, ws.slug, "products", csv);
  expect(uploaded.status).toBe(201);
  expect(uploaded.body.header).toEqual(["sku", "name", "description"]);
  expect(uploaded.body.preview.map((r) => r[0])).toEqual(["A1", "A2", "A3", "A4"]);
  const run = await caller.catalog.startImport({ importId: uploaded.body.importId, mapping: uploaded.body.mapping, mode: "valid" });
  await waitFor(() => allFinished([run.jobId]), 15_000);
  const [imp] = await caller.catalog.imports({ kind: "products" });
  expect(imp).toMatchObject({ status: "done", stats: { rows: 4, valid: 4, invalid: 0, inserted: 4 } });
  const imported = await caller.catalog.products({});
  expect(imported.products.map((p) => [p.sku, p.name, p.description])).toEqual(
    expect.arrayContaining([["A1", "Lamp", "Warm light,\r\nfor desks"], ["A2", '15" Frame', "Oak"], ["A3", "Stool", 'Pine, 18" high'], ["A4", "Table", "Oak"]]),
  );

  // A header row that cannot be read is refused at upload, with the same sentence.
  const header = await send(owner, ws.slug, "products", 'sku,"name\nA1,Lamp\n');
  expect(header.status).toBe(400);
  expect(header.body.error).toMatch(/could not read the header row\. A quote \("\) opened on line 1 never closes/);
});
