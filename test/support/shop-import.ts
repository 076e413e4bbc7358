/**
 * A synthetic shop imported the way a person does it: its products,
 * customers and events as CSV files through the upload route, each mapped
 * as suggested and imported by the catalog.import job (a worker must run).
 */
import { POST as upload } from "@/app/api/catalog/imports/route";
import { toCsv } from "@/domain/csv";
import type { syntheticShop } from "@/domain/recommend/synthetic";
import type { TestPerson } from "./actors";
import { allFinished, waitFor } from "./queue";

type Shop = ReturnType<typeof syntheticShop>;

export const customerKey = (i: number) => `C${i}`;

/** The shop's three files, its newest event moved to an hour ago. */
export function shopFiles(shop: Shop) {
  const newest = Math.max(...shop.events.map((e) => e.time));
  const shift = Date.now() - 3_600_000 - newest;
  return {
    products: toCsv(
      ["sku", "name", "description", "category", "tags", "in_stock"],
      shop.catalog.map((p) => [p.sku, p.name, p.description, p.category, p.tags.join(";"), p.inStock ? "yes" : "no"]),
    ),
    customers: toCsv(
      ["customer_id", "email"],
      Array.from({ length: shop.customers }, (_, i) => [customerKey(i), `c${i}@example.com`]),
    ),
    events: toCsv(
      ["customer_id", "sku", "event", "timestamp"],
      shop.events.map((e) => [customerKey(e.customer), shop.catalog[e.item]!.sku, e.kind, new Date(e.time + shift).toISOString()]),
    ),
  };
}

export async function importShop(person: TestPerson, slug: string, shop: Shop) {
  const caller = await person.caller(slug);
  const files = shopFiles(shop);
  for (const kind of ["products", "customers", "events"] as const) {
    const res = await upload(new Request(`http://localhost:3999/api/catalog/imports?tenant=${slug}&kind=${kind}&filename=${kind}.csv`, { method: "POST", headers: { cookie: person.cookie }, body: files[kind] }));
    const body = (await res.json()) as { importId: string; mapping: Record<string, number | null> };
    const { jobId } = await caller.catalog.startImport({ importId: body.importId, mapping: body.mapping, mode: "all" });
    await waitFor(() => allFinished([jobId]), 60_000, `the ${kind} import`);
  }
}
