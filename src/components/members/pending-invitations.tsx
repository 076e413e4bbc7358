"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { isRole, ROLE_LABELS } from "@/domain/membership";
import { useTRPC } from "@/lib/trpc/client";
import { CopyButton } from "./copy-button";

export function PendingInvitations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.members.invitations.queryOptions());
  const revoke = useMutation(
    trpc.members.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.members.invitations.queryKey() }),
    }),
  );
  if (invitations.error) return <Alert>{invitations.error.message}</Alert>;
  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
      </CardHeader>
      <CardContent>
        {revoke.error && <Alert className="mb-3">{revoke.error.message}</Alert>}
        <ul className="divide-y text-sm">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-3 py-2">
              <span className="min-w-48 flex-1 font-medium">{invitation.email}</span>
              <Badge variant="secondary">{invitation.role && isRole(invitation.role) ? ROLE_LABELS[invitation.role] : "Marketer"}</Badge>
              <span className="text-xs text-muted-foreground">
                expires {new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(invitation.expiresAt)}
              </span>
              <CopyButton text={invitation.link} />
              <Button
                variant="ghost"
                size="sm"
                onClick={() => revoke.mutate({ invitationId: invitation.id })}
                disabled={revoke.isPending}
              >
                Withdraw
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
