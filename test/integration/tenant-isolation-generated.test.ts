/**
 * The cross-tenant suite, generated: it walks the app router's procedure
 * list at test time (a procedure added tomorrow is covered the day it is
 * added), builds each input from the procedure's own zod schema with
 * workspace A's ids and values wherever a field names an object, and calls
 * it as the owner of workspace B — inside B, and naming A's slug. A call may
 * fail or succeed, but a success must not return A's data and no call may
 * change A: every row of A is fingerprinted before and after each call.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { POST as uploadGuide } from "@/app/api/brand/guides/route";
import { appRouter } from "@/server/trpc/router";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";

/** Planted in A's content: seeing it in an answer to B means a leak. */
const MARKER = `victim-marker-${crypto.randomUUID().slice(0, 8)}`;

let victim: Awaited<ReturnType<typeof createWorkspace>>;
let attacker: TestPerson;
let attackerWs: Awaited<ReturnType<typeof createWorkspace>>;
/** Table name → A's ids in it; column values A's people could name (external ids). */
const victimIds = new Map<string, string[]>();
const victimValues = new Map<string, string[]>();
let tenantTables: string[] = [];

beforeAll(async () => {
  delete process.env.OLLAMA_HOST;
  process.env.BUILTIN_TOKEN_MS = "0";
  const owner = await signUp(`Vic ${MARKER}`);
  const reviewer = await signUp("Val Reviewer");
  victim = await createWorkspace(owner, [{ person: reviewer, role: "reviewer" }]);
  attacker = await signUp("Mallory Attacker");
  attackerWs = await createWorkspace(attacker);

  // A's workspace with something of every kind: a guide, a profile, a campaign with a draft in review and a comment,
  // a webhook, an invitation, catalog rows, jobs.
  const caller = await owner.caller(victim.slug);
  const worker = await startRunner(jobHandlers, { concurrency: 2 });
  try {
    const guide = `# Voice\nWarm and direct. ${MARKER}\n\n# Words we avoid\n- cheap (say affordable)\n`;
    const res = await uploadGuide(new Request(`http://localhost:3999/api/brand/guides?tenant=${victim.slug}&filename=guide.md`, { method: "POST", headers: { cookie: owner.cookie }, body: guide }));
    const { jobId } = (await res.json()) as { jobId: string };
    await waitFor(() => allFinished([jobId]), 15_000);
    const { campaignId } = await caller.campaigns.create({
      brief: { name: `Launch ${MARKER}`, type: "launch", goal: "Launch it.", audience: "Everyone", keyMessage: `Our news ${MARKER}.`, ctaText: "Look", ctaUrl: "https://shop.example/", variants: 1 },
    });
    const { draftIds, jobIds } = await caller.campaigns.generate({ campaignId });
    await waitFor(() => allFinished(jobIds), 15_000);
    await caller.drafts.submit({ draftId: draftIds[0]!, version: (await caller.drafts.get({ draftId: draftIds[0]! })).draft.version });
    await caller.review.comment({ draftId: draftIds[0]!, body: `Secret note ${MARKER}` });
    await caller.webhooks.create({ url: "http://127.0.0.1:9/hook", description: MARKER });
    await caller.members.invite({ email: `invitee.${MARKER}@example.com`, role: "admin" });
    await ownerQuery(async (sql) => {
      const [product] = await sql<{ id: string }[]>`insert into products (tenant_id, sku, name, description) values (${victim.id}, ${`sku-${MARKER}`}, ${`Product ${MARKER}`}, 'A product') returning id`;
      await sql`insert into customers (tenant_id, external_id, email) values (${victim.id}, ${`cust-${MARKER}`}, ${`c.${MARKER}@example.com`})`;
      return product ? [product] : [];
    });
  } finally {
    await worker.stop();
  }

  // Every table holding tenant rows, read generically, so new tables are covered too.
  tenantTables = (
    await ownerQuery((sql) => sql<{ table_name: string }[]>`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name`)
  ).map((r) => r.table_name);
  for (const table of tenantTables) {
    const hasId = await ownerQuery((sql) => sql<{ n: number }[]>`select count(*)::int as n from information_schema.columns where table_schema = 'public' and table_name = ${table} and column_name = 'id'`);
    if (hasId[0]!.n) victimIds.set(table, (await ownerQuery((sql) => sql<{ id: string }[]>`select id::text from ${sql(table)} where tenant_id = ${victim.id}`)).map((r) => r.id));
  }
  victimIds.set("member", (await ownerQuery((sql) => sql<{ id: string }[]>`select id::text from member where organization_id = ${victim.id}`)).map((r) => r.id));
  victimIds.set("invitation", (await ownerQuery((sql) => sql<{ id: string }[]>`select id::text from invitation where organization_id = ${victim.id}`)).map((r) => r.id));
  victimValues.set("externalId", (await ownerQuery((sql) => sql<{ v: string }[]>`select external_id as v from customers where tenant_id = ${victim.id}`)).map((r) => r.v));
  victimValues.set("slug", [victim.slug]);
}, 120_000);

afterAll(() => {
  delete process.env.BUILTIN_TOKEN_MS;
});

/** A digest of every row of A (tenant tables, members, invitations, the organization), in one statement. */
async function fingerprint(): Promise<string> {
  const digest = (table: string, column: string) => `(select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "${table}" t where ${column} = $1)`;
  const parts = [...tenantTables.map((t) => digest(t, "tenant_id")), digest("member", "organization_id"), digest("invitation", "organization_id"), digest("organization", "id")];
  const [row] = await ownerQuery((sql) => sql.unsafe<{ d: string }[]>(`select ${parts.join(" || ';' || ")} as d`, [victim.id]));
  return row!.d;
}

/** A's ids that a field with this name most likely means ("draftId" → drafts, "tenantModelId" → tenant_models). */
function idsFor(field: string): string[] {
  const stem = field.replace(/Ids?$/, "").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const tables = [...victimIds.keys()];
  const table = tables.find((t) => t === `${stem}s` || t === stem) ?? tables.find((t) => t.includes(stem)) ?? tables.find((t) => stem.includes(t.replace(/s$/, "")));
  const ids = table ? victimIds.get(table)! : [];
  return ids.length ? ids : [...victimIds.values()].flat();
}

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; enum?: unknown[]; const?: unknown; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; format?: string; minimum?: number; minLength?: number; minItems?: number; pattern?: string };

/** A value the schema accepts, with A's ids and values wherever a field names one. */
function sample(schema: JsonSchema, field = ""): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return sample(variants.find((v) => v.type !== "null") ?? variants[0]!, field);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (/Ids?$/.test(field) || schema.format === "uuid") {
    const ids = idsFor(field);
    if (type === "array") return ids.slice(0, 3);
    return ids[0] ?? crypto.randomUUID();
  }
  if (victimValues.has(field)) return type === "array" ? victimValues.get(field) : victimValues.get(field)![0];
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) if (schema.required?.includes(key) || /Ids?$/.test(key)) out[key] = sample(value, key);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items ?? {}, field.replace(/s$/, "")));
    case "string":
      if (schema.format === "email") return `someone.${MARKER}@example.com`;
      if (schema.format === "uri" || /url/i.test(field)) return "https://example.com/";
      if (schema.format === "date-time") return new Date().toISOString();
      return "x".repeat(Math.max(1, schema.minLength ?? 1));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return false;
    default:
      return undefined;
  }
}

function inputFor(path: string): unknown {
  const procedure = appRouter._def.procedures[path as keyof typeof appRouter._def.procedures] as unknown as { _def: { inputs: z.ZodType[] } };
  const input = procedure._def.inputs[0];
  if (!input) return undefined;
  try {
    return sample(z.toJSONSchema(input, { unrepresentable: "any", io: "input" }) as JsonSchema);
  } catch {
    return {};
  }
}

const paths = Object.keys(appRouter._def.procedures).sort();

async function call(slug: string | undefined, path: string, input: unknown) {
  const caller = (await attacker.caller(slug)) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [namespace, name] = path.split(".") as [string, string];
  return caller[namespace]![name]!(input);
}

it("walks every procedure of the router", () => {
  expect(paths.length).toBeGreaterThanOrEqual(80);
  // The generated inputs really name A's objects.
  expect(JSON.stringify(inputFor("drafts.get"))).toContain(victimIds.get("drafts")![0]!);
});

it("gives B nothing of A and changes nothing of A, whatever B passes to whichever procedure", async () => {
  const allVictimIds = new Set([...victimIds.values()].flat());
  const leaks: string[] = [];
  const changes: string[] = [];
  let succeeded = 0;
  let before = await fingerprint();
  for (const path of paths) {
    const input = inputFor(path);
    const passed = JSON.stringify(input ?? null);
    for (const slug of [attackerWs.slug, victim.slug, undefined]) {
      let result: unknown;
      try {
        result = await call(slug, path, input);
        succeeded++;
      } catch {
        result = undefined;
      }
      const answer = JSON.stringify(result ?? null);
      // A's content, or an id of A's that B did not pass in itself, in the answer is a leak.
      if (answer.includes(MARKER) || [...allVictimIds].some((id) => answer.includes(id) && !passed.includes(id)) || answer.includes(victim.id)) leaks.push(`${path} (tenant ${slug ?? "none"})`);
      const after = await fingerprint();
      if (after !== before) {
        changes.push(`${path} (tenant ${slug ?? "none"})`);
        before = after;
      }
    }
  }
  expect(leaks).toEqual([]);
  expect(changes).toEqual([]);
  // The walk really exercised the router: many calls succeed inside B's own workspace.
  expect(succeeded).toBeGreaterThan(20);
}, 300_000);
