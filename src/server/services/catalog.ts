/** The catalog browser, customers, and segments with a live member count. */
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { SegmentRules, type SegmentRule } from "@/domain/catalog/segments";
import type { Transaction } from "@/server/db/client";
import { customerEvents, customers, products, segments } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, notFound } from "./errors";

export async function listProducts(ctx: ServiceContext, input: { q?: string; category?: string; inStock?: boolean; limit?: number; offset?: number }) {
  const q = input.q?.trim();
  const where = and(
    eq(products.tenantId, ctx.tenantId),
    q ? or(sql`${products.search} @@ websearch_to_tsquery('english', ${q})`, ilike(products.sku, `%${q.replace(/[%_]/g, "")}%`), ilike(products.name, `%${q.replace(/[%_]/g, "")}%`)) : undefined,
    input.category ? eq(products.category, input.category) : undefined,
    input.inStock === undefined ? undefined : eq(products.inStock, input.inStock),
  );
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [rows, [total], categories] = await Promise.all([
      tx
        .select({ id: products.id, sku: products.sku, name: products.name, description: products.description, price: products.price, currency: products.currency, url: products.url, category: products.category, tags: products.tags, inStock: products.inStock })
        .from(products)
        .where(where)
        .orderBy(asc(products.name))
        .limit(Math.min(input.limit ?? 50, 200))
        .offset(input.offset ?? 0),
      tx.select({ n: count() }).from(products).where(where),
      tx
        .select({ category: products.category, n: count() })
        .from(products)
        .where(eq(products.tenantId, ctx.tenantId))
        .groupBy(products.category)
        .orderBy(asc(products.category)),
    ]);
    return { products: rows, total: total?.n ?? 0, categories: categories.filter((c) => c.category) };
  });
}

export async function audienceSummary(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[c], [e], [p], attributeKeys] = await Promise.all([
      tx.select({ n: count() }).from(customers).where(eq(customers.tenantId, ctx.tenantId)),
      tx.select({ n: count() }).from(customerEvents).where(eq(customerEvents.tenantId, ctx.tenantId)),
      tx.select({ n: count() }).from(products).where(eq(products.tenantId, ctx.tenantId)),
      tx.execute<{ key: string }>(sql`select distinct jsonb_object_keys(attributes) as key from customers where tenant_id = ${ctx.tenantId} limit 50`),
    ]);
    return { customers: c?.n ?? 0, events: e?.n ?? 0, products: p?.n ?? 0, attributeKeys: [...attributeKeys].map((r) => r.key).sort() };
  });
}

/** SQL for "this customer matches the rule", over `customers`. */
function ruleSql(tenantId: string, rule: SegmentRule): SQL {
  const since = (days: number) => sql`now() - make_interval(days => ${days})`;
  switch (rule.type) {
    case "attribute":
      return rule.op === "equals" ? sql`${customers.attributes}->>${rule.key} = ${rule.value}` : sql`${customers.attributes}->>${rule.key} ilike ${`%${rule.value.replace(/[%_]/g, "")}%`}`;
    case "bought_category":
      return sql`exists (select 1 from customer_events e join products p on p.id = e.product_id where e.tenant_id = ${tenantId} and e.customer_id = ${customers.id} and e.kind = 'purchase' and p.category = ${rule.category} and e.occurred_at > ${since(rule.days)})`;
    case "spend_over":
      return sql`(select coalesce(sum(coalesce(p.price, 0) * e.quantity), 0) from customer_events e join products p on p.id = e.product_id where e.tenant_id = ${tenantId} and e.customer_id = ${customers.id} and e.kind = 'purchase' and e.occurred_at > ${since(rule.days)}) > ${rule.amount}`;
    case "never_purchased":
      return sql`not exists (select 1 from customer_events e where e.tenant_id = ${tenantId} and e.customer_id = ${customers.id} and e.kind = 'purchase')`;
    case "active_within":
      return sql`exists (select 1 from customer_events e where e.tenant_id = ${tenantId} and e.customer_id = ${customers.id} and e.occurred_at > ${since(rule.days)})`;
  }
}

export function segmentWhere(tenantId: string, rules: SegmentRules): SQL {
  return and(eq(customers.tenantId, tenantId), ...rules.all.map((r) => ruleSql(tenantId, r)))!;
}

function parseRules(input: unknown): SegmentRules {
  const parsed = SegmentRules.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? "Check the segment's rules.");
  return parsed.data;
}

/** How many customers match, and a few of them, for the rule builder's live count. */
export async function previewSegment(ctx: ServiceContext, input: unknown) {
  const rules = parseRules(input);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const where = segmentWhere(ctx.tenantId, rules);
    const [[total], sample] = await Promise.all([
      tx.select({ n: count() }).from(customers).where(where),
      tx.select({ externalId: customers.externalId, name: customers.name, email: customers.email }).from(customers).where(where).orderBy(asc(customers.externalId)).limit(5),
    ]);
    return { members: total?.n ?? 0, sample };
  });
}

export async function listSegments(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const rows = await tx.select().from(segments).where(eq(segments.tenantId, ctx.tenantId)).orderBy(desc(segments.updatedAt));
    return Promise.all(rows.map(async (s) => ({ ...s, members: await memberCount(tx, ctx.tenantId, s.rules) })));
  });
}

async function memberCount(tx: Transaction, tenantId: string, rules: SegmentRules) {
  const [row] = await tx.select({ n: count() }).from(customers).where(segmentWhere(tenantId, rules));
  return row?.n ?? 0;
}

export async function saveSegment(ctx: ServiceContext, input: { segmentId?: string; name: string; rules: unknown }) {
  const name = input.name.trim();
  if (!name) throw badRequest("Name the segment.");
  const rules = parseRules(input.rules);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    let id = input.segmentId;
    if (id) {
      const updated = await tx
        .update(segments)
        .set({ name, rules, updatedAt: new Date() })
        .where(and(eq(segments.id, id), eq(segments.tenantId, ctx.tenantId)))
        .returning({ id: segments.id });
      if (updated.length === 0) throw notFound("That segment does not exist in this workspace.");
    } else {
      const [created] = await tx.insert(segments).values({ tenantId: ctx.tenantId, name, rules, createdBy: ctx.actor.userId }).returning({ id: segments.id });
      id = created!.id;
    }
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: input.segmentId ? "segment.updated" : "segment.created", objectType: "segment", objectId: id, details: { name } });
    return { segmentId: id, members: await memberCount(tx, ctx.tenantId, rules) };
  });
}

export async function deleteSegment(ctx: ServiceContext, segmentId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .delete(segments)
      .where(and(eq(segments.id, segmentId), eq(segments.tenantId, ctx.tenantId)))
      .returning({ name: segments.name });
    if (!row) throw notFound("That segment does not exist in this workspace.");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "segment.deleted", objectType: "segment", objectId: segmentId, details: { name: row.name } });
    return { deleted: segmentId };
  });
}

export async function segmentMembers(tx: Transaction, tenantId: string, segmentId: string) {
  const [segment] = await tx.select().from(segments).where(and(eq(segments.id, segmentId), eq(segments.tenantId, tenantId)));
  if (!segment) throw notFound("That segment does not exist in this workspace.");
  const members = await tx.select({ id: customers.id }).from(customers).where(segmentWhere(tenantId, segment.rules));
  return { segment, memberIds: members.map((m) => m.id) };
}
