import { and, eq } from "drizzle-orm";
import type { Auth } from "@/server/auth/auth";
import type { Database } from "@/server/db/client";
import { member, organization, user } from "@/server/db/schema";
import type { Role } from "@/domain/membership";
import type { Actor } from "./context";
import { acceptInvitation, createInvitation } from "./invitations";
import { createTenant } from "./tenants";

export const DEMO_PASSWORD = "brandsmith-demo";
export const DEMO_TENANT = { name: "Demo Coffee Co.", slug: "demo" };
export const DEMO_USERS: { role: Role; name: string; email: string }[] = [
  { role: "owner", name: "Olivia Owner", email: "owner@demo.example.com" },
  { role: "marketer", name: "Max Marketer", email: "marketer@demo.example.com" },
  { role: "reviewer", name: "Riley Reviewer", email: "reviewer@demo.example.com" },
];

async function ensureUser(db: Database, auth: Auth, person: { name: string; email: string }): Promise<Actor> {
  const [existing] = await db.select().from(user).where(eq(user.email, person.email)).limit(1);
  if (existing) return { userId: existing.id, email: existing.email, name: existing.name };
  const created = await auth.api.signUpEmail({ body: { name: person.name, email: person.email, password: DEMO_PASSWORD } });
  return { userId: created.user.id, email: created.user.email, name: created.user.name };
}

/**
 * The demo workspace `npm start` offers on a fresh machine: an owner, a
 * marketer and a reviewer, joined through the same invitation path real
 * people use. Safe to run on every start.
 */
export async function seedDemoTenant(db: Database, auth: Auth) {
  const people = await Promise.all(DEMO_USERS.map(async (person) => ({ ...person, actor: await ensureUser(db, auth, person) })));
  const owner = people.find((p) => p.role === "owner")!;
  let [tenant] = await db.select().from(organization).where(eq(organization.slug, DEMO_TENANT.slug)).limit(1);
  if (!tenant) {
    const created = await createTenant(db, owner.actor, DEMO_TENANT);
    [tenant] = await db.select().from(organization).where(eq(organization.id, created.id));
  }
  if (!tenant) throw new Error("demo tenant missing after creation");
  const ownerContext = { tenantId: tenant.id, db, actor: { ...owner.actor, role: "owner" as const } };
  for (const person of people) {
    if (person.role === "owner") continue;
    const [membership] = await db
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, tenant.id), eq(member.userId, person.actor.userId)));
    if (membership) continue;
    const invite = await createInvitation(ownerContext, { email: person.email, role: person.role });
    // The demo people are made here, with addresses nobody receives mail at: the seed vouches for them.
    await acceptInvitation(db, { ...person.actor, emailVerified: true }, invite.id);
  }
  return { tenant: { name: tenant.name, slug: tenant.slug }, users: DEMO_USERS, password: DEMO_PASSWORD };
}
