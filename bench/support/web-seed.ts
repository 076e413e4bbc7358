/**
 * The workspace the web benchmark opens, made the way people make one:
 * three people sign up through better-auth's HTTP endpoint (real password
 * hashes, real session cookies); the owner creates the workspace
 * (createTenant) and invites a marketer and a reviewer, who accept
 * (createInvitation / acceptInvitation, as the demo seed does); the owner
 * uploads a brand guide and the worker pool reads it (ingest, profile,
 * builtin model); the marketer imports the shop's three CSV files through
 * the catalog import job and saves a few segments.
 */
import { Readable } from "node:stream";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Sql } from "postgres";
import { syntheticShop } from "@/domain/recommend/synthetic";
import type { Role } from "@/domain/membership";
import { getConnection } from "@/server/db/client";
import { listGuides, uploadGuide } from "@/server/services/brand-guides";
import { saveSegment } from "@/server/services/catalog";
import type { ServiceContext } from "@/server/services/context";
import { acceptInvitation, createInvitation } from "@/server/services/invitations";
import { createTenant } from "@/server/services/tenants";
import { waitUntil } from "../queue/stats";
import { CORPORA, type GuideKey } from "./guide-corpus";
import { importShop, shopCsvs } from "./shop-import";

export const PASSWORD = "a sturdy bench passphrase";
const GUIDE_KEY = "kettle-crow-coffee.key.json";

export interface Person {
  id: string;
  name: string;
  email: string;
  /** The session cookie sign-up set, as a Cookie header. */
  cookie: string;
}

export interface SeededWorkspace {
  slug: string;
  tenantId: string;
  people: Record<"owner" | "marketer" | "reviewer", Person>;
  as: Record<"owner" | "marketer" | "reviewer", ServiceContext>;
  guide: GuideKey;
  segments: string[];
}

export interface ShopSize {
  products: number;
  customers: number;
  events: number;
}

/** POST /api/auth/sign-up/email from the app's own origin, as the sign-up form does. */
export async function signUp(baseUrl: string, person: { name: string; email: string }): Promise<Person> {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ ...person, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-up of ${person.email} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error(`sign-up of ${person.email} set no session cookie`);
  return { id: body.user.id, ...person, cookie };
}

export const SLUG = "kettle-crow";

/** The workspace's three people, each signed up over HTTP. */
export async function signUpPeople(baseUrl: string): Promise<SeededWorkspace["people"]> {
  return {
    owner: await signUp(baseUrl, { name: "Olivia Owner", email: `olivia@${SLUG}.example` }),
    marketer: await signUp(baseUrl, { name: "Max Marketer", email: `max@${SLUG}.example` }),
    reviewer: await signUp(baseUrl, { name: "Riley Reviewer", email: `riley@${SLUG}.example` }),
  };
}

export async function seedWorkspace(people: SeededWorkspace["people"], owner: Sql, shop: ShopSize, progress: (message: string) => void): Promise<SeededWorkspace> {
  const { db } = getConnection();
  const slug = SLUG;
  const actor = (p: Person) => ({ userId: p.id, email: p.email, name: p.name });
  const tenant = await createTenant(db, actor(people.owner), { name: "Kettle & Crow Coffee", slug });
  const context = (p: Person, role: Role): ServiceContext => ({ tenantId: tenant.id, db, actor: { ...actor(p), role } });
  const as = { owner: context(people.owner, "owner"), marketer: context(people.marketer, "marketer"), reviewer: context(people.reviewer, "reviewer") };
  for (const role of ["marketer", "reviewer"] as const) {
    const invitation = await createInvitation(as.owner, { email: people[role].email, role });
    // No mail server here, so no address to confirm (acceptInvitation asks only when mail is configured).
    await acceptInvitation(db, { ...actor(people[role]), emailVerified: false }, invitation.id);
  }

  const guide = JSON.parse(readFileSync(path.join(CORPORA.corpus, GUIDE_KEY), "utf8")) as GuideKey;
  await uploadGuide(as.owner, { filename: guide.file, body: Readable.from([readFileSync(path.join(CORPORA.corpus, guide.file))]) });
  progress(`workspace "${slug}" with 3 members; guide ${guide.file} uploaded; importing ${shop.products} products, ${shop.customers} customers, ${shop.events} events`);

  const files = shopCsvs(syntheticShop({ ...shop, seed: 20261202 }));
  const imported = await importShop(as.marketer, files);
  progress(`import: products ${imported.products.toFixed(1)} s, customers ${imported.customers.toFixed(1)} s, events ${imported.events.toFixed(1)} s`);

  const segments = [
    { name: "Gold members", rules: { all: [{ type: "attribute", key: "loyalty_tier", op: "equals", value: "gold" }] } },
    { name: "Active this month", rules: { all: [{ type: "active_within", days: 30 }] } },
    { name: "Big spenders", rules: { all: [{ type: "spend_over", amount: 100, days: 365 }] } },
    { name: "Browsers who never bought", rules: { all: [{ type: "never_purchased" }] } },
  ];
  for (const segment of segments) await saveSegment(as.marketer, segment);

  // The guide's follow-ups (profile reading, builtin training) must be done before drafts are written with them.
  await waitUntil(async () => (await listGuides(as.owner)).every((g) => g.status === "ready" || g.status === "failed"), 300_000, "the guide to be read", 100);
  const [failed] = (await listGuides(as.owner)).filter((g) => g.status === "failed");
  if (failed) throw new Error(`the brand guide could not be read: ${failed.error}`);
  await waitForQuietQueue(owner, tenant.id);
  return { slug, tenantId: tenant.id, people, as, guide, segments: segments.map((s) => s.name) };
}

/** Waits until the workspace has no job running and none due (owner login: the queue's own tables). */
export async function waitForQuietQueue(owner: Sql, tenantId: string, timeoutMs = 600_000): Promise<void> {
  await waitUntil(
    async () => {
      const [row] = await owner<{ n: number }[]>`
        select count(*)::int as n from jobs
        where tenant_id = ${tenantId} and (state = 'running' or (state = 'pending' and run_at <= now()))`;
      return row!.n === 0;
    },
    timeoutMs,
    "the workspace's jobs to finish",
    200,
  );
}
