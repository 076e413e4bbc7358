"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { isAdminRole } from "@/domain/membership";
import { useTRPC } from "@/lib/trpc/client";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";

export function MembersSettings() {
  const trpc = useTRPC();
  const tenant = useQuery(trpc.tenant.current.queryOptions());
  if (tenant.error) return <Alert>{tenant.error.message}</Alert>;
  const isAdmin = tenant.data ? isAdminRole(tenant.data.role) : false;
  return (
    <div className="grid max-w-5xl gap-6">
      <PageHeader
        title="Members"
        description={isAdmin ? "Invite people, set what they can do, and remove access." : "The people in this workspace and their roles."}
      />
      {isAdmin && <InviteForm />}
      {isAdmin && <PendingInvitations />}
      {tenant.data && <MembersTable me={tenant.data} />}
    </div>
  );
}
