import { and, asc, eq } from "drizzle-orm";
import { isRole, type Role } from "@/domain/membership";
import { slugProblem } from "@/domain/tenant-slug";
import type { Database } from "@/server/db/client";
import { member, organization } from "@/server/db/schema";
import { setTenant } from "@/server/db/with-tenant";
import { recordAudit } from "./audit";
import type { Actor } from "./context";
import { badRequest, conflict } from "./errors";

export interface TenantSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export async function listTenantsForUser(db: Database, userId: string): Promise<TenantSummary[]> {
  const rows = await db
    .select({ id: organization.id, name: organization.name, slug: organization.slug, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(organization.name));
  return rows.filter((row): row is TenantSummary => isRole(row.role));
}

/** The tenant behind a URL slug, if the user is a member of it. */
export async function resolveMembership(db: Database, userId: string, slug: string): Promise<TenantSummary | null> {
  const [row] = await db
    .select({ id: organization.id, name: organization.name, slug: organization.slug, role: member.role })
    .from(organization)
    .innerJoin(member, and(eq(member.organizationId, organization.id), eq(member.userId, userId)))
    .where(eq(organization.slug, slug))
    .limit(1);
  if (!row || !isRole(row.role)) return null;
  return { ...row, role: row.role };
}

export async function createTenant(db: Database, actor: Actor, input: { name: string; slug: string }): Promise<TenantSummary> {
  const name = input.name.trim();
  if (name.length < 2) throw badRequest("Give the workspace a name of at least 2 characters.");
  const slug = input.slug.trim().toLowerCase();
  const problem = slugProblem(slug);
  if (problem) throw badRequest(problem);

  const [taken] = await db.select({ id: organization.id }).from(organization).where(eq(organization.slug, slug)).limit(1);
  if (taken) throw conflict(`The address "${slug}" is taken. Try another, such as "${slug}-team".`);

  try {
    return await db.transaction(async (tx) => {
      const [tenant] = await tx.insert(organization).values({ name, slug }).returning();
      if (!tenant) throw new Error("insert returned no tenant");
      await setTenant(tx, tenant.id);
      await tx.insert(member).values({ organizationId: tenant.id, userId: actor.userId, role: "owner" });
      await recordAudit(tx, tenant.id, actor.userId, {
        action: "tenant.created",
        objectType: "tenant",
        objectId: tenant.id,
        details: { name, slug },
      });
      return { id: tenant.id, name: tenant.name, slug: tenant.slug, role: "owner" as const };
    });
  } catch (error) {
    // Two people racing for the same slug: the unique index decides.
    if ((error as { code?: string }).code === "23505") {
      throw conflict(`The address "${slug}" is taken. Try another, such as "${slug}-team".`);
    }
    throw error;
  }
}
