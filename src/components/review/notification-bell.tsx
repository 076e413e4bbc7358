"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { Menu, MenuButton, MenuLabel, MenuLink, MenuSeparator } from "@/components/ui/menu";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

/** The bell: unread count, the latest notifications, each opening its draft. */
export function NotificationBell({ tenantSlug, placement = "below" }: { tenantSlug: string; placement?: "below" | "above" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.notifications.list.queryOptions(), refetchInterval: 15_000 });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }) }));
  const unread = list.data?.unread ?? 0;
  return (
    <Menu
      label={unread ? `Notifications, ${unread} unread` : "Notifications"}
      placement={placement}
      className="w-80"
      triggerClassName="relative rounded-md p-2 hover:bg-accent"
      trigger={
        <>
          <Bell className="size-4" />
          {unread > 0 && (
            <span className="absolute -right-0.5 -top-0.5 grid min-w-4 place-items-center rounded-full bg-destructive px-1 text-[10px] font-semibold text-white" data-testid="unread-count">
              {unread}
            </span>
          )}
        </>
      }
    >
      <MenuLabel>Notifications</MenuLabel>
      {unread > 0 && <MenuButton onClick={() => markRead.mutate({})} className="text-primary">Mark all read</MenuButton>}
      <MenuSeparator />
      {list.data?.items.length === 0 && <p className="px-2 py-3 text-sm text-muted-foreground">Nothing yet. Submissions, decisions and mentions show up here.</p>}
      {list.data?.items.slice(0, 12).map((n) => (
        <MenuLink
          key={n.id}
          href={n.draftId ? `/t/${tenantSlug}/drafts/${n.draftId}` : `/t/${tenantSlug}`}
          onClick={() => !n.readAt && markRead.mutate({ ids: [n.id] })}
          className={cn("grid gap-0.5", !n.readAt && "font-medium")}
        >
          <span>{n.message}</span>
          <span className="text-xs font-normal text-muted-foreground">{new Date(n.createdAt).toLocaleString()}</span>
        </MenuLink>
      ))}
    </Menu>
  );
}
