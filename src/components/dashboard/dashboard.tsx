"use client";

import { useQuery } from "@tanstack/react-query";
import { Activity, MailPlus, Users } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { describeActivity } from "@/domain/activity";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, isAdminRole } from "@/domain/membership";
import { useTRPC } from "@/lib/trpc/client";

export function Dashboard({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const tenant = useQuery(trpc.tenant.current.queryOptions());
  const dashboard = useQuery(trpc.tenant.dashboard.queryOptions());
  const isAdmin = tenant.data ? isAdminRole(tenant.data.role) : false;

  if (tenant.error || dashboard.error) return <Alert>{(tenant.error ?? dashboard.error)?.message}</Alert>;

  return (
    <div className="grid max-w-5xl gap-6">
      <PageHeader
        title={tenant.data?.name ?? "Dashboard"}
        description={tenant.data ? `You are ${ROLE_LABELS[tenant.data.role].toLowerCase()} here. ${ROLE_DESCRIPTIONS[tenant.data.role]}` : " "}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardDescription className="flex items-center gap-2">
              <Users className="size-4" aria-hidden /> Members
            </CardDescription>
            {dashboard.data ? <p className="text-3xl font-semibold" data-testid="member-count">{dashboard.data.members}</p> : <Skeleton className="h-9 w-12" />}
          </CardHeader>
        </Card>
        {isAdmin && (
          <Card>
            <CardHeader>
              <CardDescription className="flex items-center gap-2">
                <MailPlus className="size-4" aria-hidden /> Pending invitations
              </CardDescription>
              {dashboard.data ? <p className="text-3xl font-semibold">{dashboard.data.pendingInvitations ?? 0}</p> : <Skeleton className="h-9 w-12" />}
            </CardHeader>
          </Card>
        )}
        {isAdmin && dashboard.data && dashboard.data.members < 2 && (
          <Card className="border-primary/30 bg-primary/5">
            <CardHeader>
              <CardTitle>Bring in your team</CardTitle>
              <CardDescription>Invite a marketer to write campaigns and a reviewer to approve them.</CardDescription>
            </CardHeader>
            <CardContent>
              <Button asChild size="sm">
                <Link href={`/t/${tenantSlug}/settings/members`}>Invite people</Link>
              </Button>
            </CardContent>
          </Card>
        )}
      </div>

      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Activity className="size-4" aria-hidden /> Recent activity
          </CardTitle>
        </CardHeader>
        <CardContent>
          {!dashboard.data ? (
            <div className="grid gap-2">
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-5 w-1/2" />
            </div>
          ) : dashboard.data.activity.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing has happened here yet.</p>
          ) : (
            <ul className="divide-y text-sm">
              {dashboard.data.activity.map((event) => (
                <li key={event.id} className="flex items-baseline justify-between gap-4 py-2">
                  <span>{describeActivity({ action: event.action, details: event.details, actorName: event.actorName })}</span>
                  <time className="shrink-0 text-xs text-muted-foreground" dateTime={event.createdAt.toISOString()}>
                    {formatWhen(event.createdAt)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

function formatWhen(date: Date): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(date);
}
