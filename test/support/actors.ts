/**
 * Helpers that act like people: sign up through better-auth (real password
 * hashing, real sessions) and call procedures through tRPC callers with the
 * session cookie, exactly as the browser does.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { getAuth } from "@/server/auth/auth";
import { getDb } from "@/server/db/client";
import { createTRPCContext, TENANT_HEADER } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/router";

export interface TestPerson {
  id: string;
  email: string;
  name: string;
  cookie: string;
  /** A tRPC caller as this person, inside the workspace `slug` when given. */
  caller(slug?: string): Promise<ReturnType<typeof createCaller>>;
}

export const uniqueSlug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function signUp(name: string): Promise<TestPerson> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@example.com`;
  const { headers, response } = await getAuth().api.signUpEmail({
    body: { name, email, password: "a sturdy test passphrase" },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    id: response.user.id,
    email,
    name,
    cookie,
    caller: async (slug) => {
      const requestHeaders = new Headers({ cookie });
      if (slug) requestHeaders.set(TENANT_HEADER, slug);
      return createCaller(await createTRPCContext({ headers: requestHeaders, db: getDb() }));
    },
  };
}

/** A workspace owned by `owner`, with the given extra members joined through invitations. */
export async function createWorkspace(owner: TestPerson, members: { person: TestPerson; role: "admin" | "marketer" | "reviewer" }[] = []) {
  const slug = uniqueSlug("ws");
  const tenant = await (await owner.caller()).tenant.create({ name: `Workspace ${slug}`, slug });
  for (const { person, role } of members) {
    const invitation = await (await owner.caller(slug)).members.invite({ email: person.email, role });
    // The person owns the address: where a test configures email, joining needs it confirmed (as clicking the mailed link does).
    await confirmEmail(person);
    await (await person.caller()).invitations.accept({ invitationId: invitation.id });
  }
  return { ...tenant, slug };
}

/** Marks the person's address confirmed, as clicking the mailed confirmation link does (owner login: the test's hand, not the app's). */
export async function confirmEmail(person: TestPerson) {
  const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  try {
    await owner`update "user" set email_verified = true where id = ${person.id}`;
  } finally {
    await owner.end();
  }
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const actual = (error as { code?: string }).code;
    if (actual !== code) throw new Error(`expected ${code}, got ${actual}: ${(error as Error).message}`);
    return (error as Error).message;
  }
  throw new Error(`expected ${code}, but the call succeeded`);
}
