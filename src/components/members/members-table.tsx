"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { canChangeRole, canRemoveMember, ROLE_LABELS, ROLES, type Role } from "@/domain/membership";
import { useTRPC } from "@/lib/trpc/client";

interface Me {
  role: Role;
  userId: string;
}

export function MembersTable({ me }: { me: Me }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions());
  const [removing, setRemoving] = useState<{ id: string; name: string; self: boolean } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: (result) => {
        setRemoving(null);
        if (result.leftSelf) {
          router.push("/");
          router.refresh();
        } else void refresh();
      },
    }),
  );

  if (members.error) return <Alert>{members.error.message}</Alert>;
  const list = members.data ?? [];
  const ownerCount = list.filter((m) => m.role === "owner").length;

  return (
    <Card>
      <CardHeader>
        <CardTitle>People ({list.length})</CardTitle>
      </CardHeader>
      <CardContent>
        {(changeRole.error ?? remove.error) && <Alert className="mb-3">{(changeRole.error ?? remove.error)?.message}</Alert>}
        {!members.data ? (
          <div className="grid gap-2">
            <Skeleton className="h-8" />
            <Skeleton className="h-8" />
          </div>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-muted-foreground">
              <tr>
                <th className="py-2 font-medium">Name</th>
                <th className="py-2 font-medium">Role</th>
                <th className="py-2 font-medium">Joined</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y">
              {list.map((m) => {
                const actor = { userId: me.userId, role: me.role };
                const target = { userId: m.userId, role: m.role };
                const self = m.userId === me.userId;
                const roleOptions = ROLES.filter((r) => r === m.role || canChangeRole({ actor, target, newRole: r, ownerCount }).ok);
                const removable = canRemoveMember({ actor, target, ownerCount }).ok;
                return (
                  <tr key={m.id} data-testid={`member-${m.email}`}>
                    <td className="py-2">
                      <div className="font-medium">
                        {m.name} {self && <span className="text-xs text-muted-foreground">(you)</span>}
                      </div>
                      <div className="text-xs text-muted-foreground">{m.email}</div>
                    </td>
                    <td className="py-2">
                      {roleOptions.length > 1 ? (
                        <Select
                          aria-label={`Role of ${m.name}`}
                          value={m.role}
                          disabled={changeRole.isPending}
                          onChange={(e) => changeRole.mutate({ memberId: m.id, role: e.target.value as Role })}
                        >
                          {roleOptions.map((r) => (
                            <option key={r} value={r}>
                              {ROLE_LABELS[r]}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        ROLE_LABELS[m.role]
                      )}
                    </td>
                    <td className="py-2 text-muted-foreground">{new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(m.joinedAt)}</td>
                    <td className="py-2 text-right">
                      {removable && (
                        <Button variant="ghost" size="sm" onClick={() => setRemoving({ id: m.id, name: m.name, self })}>
                          {self ? "Leave" : "Remove"}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
        )}
      </CardContent>
      <Dialog open={removing !== null} onOpenChange={(open) => !open && setRemoving(null)}>
        <DialogContent>
          <DialogTitle>{removing?.self ? "Leave this workspace?" : `Remove ${removing?.name}?`}</DialogTitle>
          <DialogDescription>
            {removing?.self
              ? "You will lose access right away. An admin can invite you again."
              : "They lose access right away. Their past work and the audit trail stay."}
          </DialogDescription>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button variant="destructive" disabled={remove.isPending} onClick={() => removing && remove.mutate({ memberId: removing.id })}>
              {removing?.self ? "Leave" : "Remove"}
            </Button>
          </div>
        </DialogContent>
      </Dialog>
    </Card>
  );
}
