import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNext } from "@/lib/safe-next";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNext(params.next, "/workspaces/new");
  if (await getSessionUser()) redirect(next);
  return <SignUpForm next={next} email={typeof params.email === "string" ? params.email : undefined} />;
}
