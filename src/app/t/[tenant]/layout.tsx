import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceShell } from "@/components/workspace/workspace-shell";
import { getSessionUser } from "@/server/auth/session";
import { getServerCaller } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/t/${slug}`)}`);
  const tenants = await (await getServerCaller()).tenant.mine();
  const current = tenants.find((tenant) => tenant.slug === slug);
  // Someone else's workspace and a workspace that doesn't exist look the same.
  if (!current) notFound();
  return (
    <WorkspaceShell tenant={current} tenants={tenants} user={{ name: user.name, email: user.email }}>
      {children}
    </WorkspaceShell>
  );
}
