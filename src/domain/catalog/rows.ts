/**
 * What each import expects, how file columns map to it, and row validation
 * with errors a person can act on (row number, column, reason).
 */
import { z } from "zod";

export const IMPORT_KINDS = ["products", "customers", "events"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  /** Header names that map to this field without asking. */
  aliases: readonly string[];
}

export const FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  products: [
    { field: "sku", label: "SKU", required: true, aliases: ["sku", "id", "product_id", "product id", "item_id", "code"] },
    { field: "name", label: "Name", required: true, aliases: ["name", "title", "product_name", "product name"] },
    { field: "description", label: "Description", required: false, aliases: ["description", "desc", "body", "details"] },
    { field: "price", label: "Price", required: false, aliases: ["price", "amount", "unit_price"] },
    { field: "currency", label: "Currency", required: false, aliases: ["currency", "ccy"] },
    { field: "url", label: "URL", required: false, aliases: ["url", "link", "product_url"] },
    { field: "image_url", label: "Image URL", required: false, aliases: ["image_url", "image", "image link", "img"] },
    { field: "category", label: "Category", required: false, aliases: ["category", "type", "collection", "department"] },
    { field: "tags", label: "Tags", required: false, aliases: ["tags", "keywords", "labels"] },
    { field: "in_stock", label: "In stock", required: false, aliases: ["in_stock", "instock", "available", "stock", "availability"] },
  ],
  customers: [
    { field: "external_id", label: "Customer ID", required: true, aliases: ["external_id", "id", "customer_id", "customer id", "customer"] },
    { field: "email", label: "Email", required: false, aliases: ["email", "e-mail", "mail"] },
    { field: "name", label: "Name", required: false, aliases: ["name", "full_name", "full name"] },
  ],
  events: [
    { field: "customer", label: "Customer ID", required: true, aliases: ["customer", "customer_id", "external_id", "user", "user_id"] },
    { field: "sku", label: "SKU", required: true, aliases: ["sku", "product", "product_id", "item", "item_id"] },
    { field: "event", label: "Event (view, cart, purchase)", required: true, aliases: ["event", "type", "event_type", "action", "kind"] },
    { field: "timestamp", label: "Time", required: true, aliases: ["timestamp", "time", "date", "occurred_at", "created_at"] },
    { field: "quantity", label: "Quantity", required: false, aliases: ["quantity", "qty", "count"] },
  ],
};

/** Field → column index. Customers' unmapped columns become free attributes. */
export type Mapping = Record<string, number | null>;

export function suggestMapping(kind: ImportKind, header: readonly string[]): Mapping {
  const normal = header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, "_"));
  const mapping: Mapping = {};
  for (const spec of FIELDS[kind]) {
    const index = normal.findIndex((h) => spec.aliases.some((a) => a.replace(/[\s-]+/g, "_") === h));
    mapping[spec.field] = index >= 0 ? index : null;
  }
  return mapping;
}

/** What is wrong with a mapping (a required field not mapped, two fields on one column), or null. */
export function mappingProblem(kind: ImportKind, mapping: Mapping, columns: number): string | null {
  const missing = FIELDS[kind].filter((f) => f.required && (mapping[f.field] === null || mapping[f.field] === undefined));
  if (missing.length) return `Map the required column${missing.length > 1 ? "s" : ""} ${missing.map((f) => f.label).join(", ")} before importing.`;
  const used = Object.values(mapping).filter((v): v is number => v !== null && v !== undefined);
  if (used.some((v) => v < 0 || v >= columns)) return "A mapping points at a column the file does not have. Pick the columns again.";
  if (new Set(used).size !== used.length) return "Two fields are mapped to the same column. Give each field its own column.";
  return null;
}

export interface RowError {
  row: number;
  column: string;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

export interface ProductRow {
  sku: string;
  name: string;
  description: string;
  price: number | null;
  currency: string;
  url: string;
  imageUrl: string;
  category: string;
  tags: string[];
  inStock: boolean;
}

export interface CustomerRow {
  externalId: string;
  email: string;
  name: string;
  attributes: Record<string, string>;
}

export interface EventRow {
  customer: string;
  sku: string;
  kind: "view" | "cart" | "purchase";
  time: Date;
  quantity: number;
}

const cell = (cells: readonly string[], mapping: Mapping, field: string) => {
  const index = mapping[field];
  return index === null || index === undefined ? "" : (cells[index] ?? "").trim();
};

const httpUrl = z.url({ protocol: /^https?$/ });

export function checkProduct(cells: readonly string[], mapping: Mapping, row: number): Checked<ProductRow> {
  const errors: RowError[] = [];
  const get = (f: string) => cell(cells, mapping, f);
  const sku = get("sku");
  const name = get("name");
  if (!sku) errors.push({ row, column: "sku", reason: "The SKU is empty." });
  else if (sku.length > 100) errors.push({ row, column: "sku", reason: "The SKU is longer than 100 characters." });
  if (!name) errors.push({ row, column: "name", reason: "The name is empty." });
  let price: number | null = null;
  const rawPrice = get("price").replace(/[€$£\s]/g, "").replace(/,(\d{2})$/, ".$1");
  if (rawPrice) {
    price = Number(rawPrice);
    if (!Number.isFinite(price)) errors.push({ row, column: "price", reason: `“${get("price")}” is not a number.` });
    else if (price < 0) errors.push({ row, column: "price", reason: "The price is negative." });
  }
  const currency = get("currency").toUpperCase();
  if (currency && !/^[A-Z]{3}$/.test(currency)) errors.push({ row, column: "currency", reason: "Use a three-letter currency code such as EUR or USD." });
  for (const [field, column] of [["url", "url"], ["image_url", "image_url"]] as const) {
    const value = get(field);
    if (value && !httpUrl.safeParse(value).success) errors.push({ row, column, reason: "Not a web address starting with https:// or http://." });
  }
  const stock = get("in_stock").toLowerCase();
  const inStock = stock === "" ? true : ["1", "true", "yes", "y", "in stock", "instock", "available"].includes(stock) ? true : ["0", "false", "no", "n", "out of stock", "outofstock", "unavailable"].includes(stock) ? false : null;
  if (inStock === null) errors.push({ row, column: "in_stock", reason: `“${get("in_stock")}” is not yes or no.` });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      sku,
      name: name.slice(0, 300),
      description: get("description").slice(0, 4_000),
      price,
      currency,
      url: get("url"),
      imageUrl: get("image_url"),
      category: get("category").slice(0, 120),
      tags: get("tags").split(/[,;|]/).map((t) => t.trim()).filter(Boolean).slice(0, 20),
      inStock: inStock!,
    },
  };
}

export function checkCustomer(cells: readonly string[], mapping: Mapping, header: readonly string[], row: number): Checked<CustomerRow> {
  const externalId = cell(cells, mapping, "external_id");
  const email = cell(cells, mapping, "email");
  const errors: RowError[] = [];
  if (!externalId) errors.push({ row, column: "external_id", reason: "The customer ID is empty." });
  if (email && !z.email().safeParse(email).success) errors.push({ row, column: "email", reason: `“${email}” is not an email address.` });
  if (errors.length) return { ok: false, errors };
  const mapped = new Set(Object.values(mapping));
  const attributes: Record<string, string> = {};
  header.forEach((h, i) => {
    if (!mapped.has(i) && h.trim() && (cells[i] ?? "").trim()) attributes[h.trim().slice(0, 60)] = cells[i]!.trim().slice(0, 500);
  });
  return { ok: true, value: { externalId, email, name: cell(cells, mapping, "name"), attributes } };
}

export function checkEvent(cells: readonly string[], mapping: Mapping, row: number, now: Date): Checked<EventRow> {
  const get = (f: string) => cell(cells, mapping, f);
  const errors: RowError[] = [];
  const customer = get("customer");
  const sku = get("sku");
  if (!customer) errors.push({ row, column: "customer", reason: "The customer ID is empty." });
  if (!sku) errors.push({ row, column: "sku", reason: "The SKU is empty." });
  const kind = get("event").toLowerCase().replace("add_to_cart", "cart").replace("add to cart", "cart").replace("order", "purchase").replace("buy", "purchase");
  if (!["view", "cart", "purchase"].includes(kind)) errors.push({ row, column: "event", reason: `“${get("event")}” is not view, cart or purchase.` });
  const raw = get("timestamp");
  const time = /^\d{10,13}$/.test(raw) ? new Date(Number(raw) * (raw.length === 10 ? 1000 : 1)) : new Date(raw);
  if (!raw || Number.isNaN(time.getTime())) errors.push({ row, column: "timestamp", reason: `“${raw}” is not a date and time (use e.g. 2026-03-01T14:30:00Z).` });
  else if (time.getTime() > now.getTime() + 60_000) errors.push({ row, column: "timestamp", reason: "The date is in the future." });
  const qty = get("quantity");
  const quantity = qty === "" ? 1 : Number(qty);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10_000) errors.push({ row, column: "quantity", reason: `“${qty}” is not a whole number from 1 to 10,000.` });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { customer, sku, kind: kind as EventRow["kind"], time, quantity } };
}
