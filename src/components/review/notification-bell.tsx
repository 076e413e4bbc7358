"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

/** The bell: unread count, the latest notifications, each opening its draft. */
export function NotificationBell({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.notifications.list.queryOptions(), refetchInterval: 15_000 });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }) }));
  const unread = list.data?.unread ?? 0;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="relative rounded-md p-2 hover:bg-accent" aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}>
        <Bell className="size-4" />
        {unread > 0 && (
          <span className="absolute -right-0.5 -top-0.5 grid min-w-4 place-items-center rounded-full bg-destructive px-1 text-[10px] font-semibold text-white" data-testid="unread-count">
            {unread}
          </span>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-80">
        <DropdownMenuLabel className="flex items-center justify-between">
          Notifications
          {unread > 0 && (
            <button type="button" className="text-xs font-normal text-primary hover:underline" onClick={() => markRead.mutate({})}>
              Mark all read
            </button>
          )}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {list.data?.items.length === 0 && <p className="px-2 py-3 text-sm text-muted-foreground">Nothing yet. Submissions, decisions and mentions show up here.</p>}
        {list.data?.items.slice(0, 12).map((n) => (
          <DropdownMenuItem key={n.id} asChild onSelect={() => !n.readAt && markRead.mutate({ ids: [n.id] })}>
            <Link href={n.draftId ? `/t/${tenantSlug}/drafts/${n.draftId}` : `/t/${tenantSlug}`} className={cn("grid gap-0.5 text-sm", !n.readAt && "font-medium")}>
              <span>{n.message}</span>
              <span className="text-xs font-normal text-muted-foreground">{new Date(n.createdAt).toLocaleString()}</span>
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
