import type { Role } from "@/domain/membership";
import type { Database } from "@/server/db/client";

/** Who is acting: a signed-in person (or, for workers, the job's requester). */
export interface Actor {
  userId: string;
  email: string;
  name: string;
}

export interface TenantActor extends Actor {
  role: Role;
}

/** What every tenant use-case receives: the tenant, the acting member, the database. */
export interface ServiceContext {
  tenantId: string;
  actor: TenantActor;
  db: Database;
}
