"use client";

import { useQuery } from "@tanstack/react-query";
import { Activity, CheckCircle2, Circle, MailPlus, Users } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
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
      </div>

      {isAdmin && dashboard.data && <SetupChecklist tenantSlug={tenantSlug} members={dashboard.data.members} setup={dashboard.data.setup} />}

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

type Setup = { guidesReady: number; profileVersion: number; activeModelVersion: number | null; modelServer: boolean; builtinVersion: number | null; hasCampaign: boolean; hasSubmittedDraft: boolean };

/** From an empty workspace to a first email in review: each step links to where it is done. */
function SetupChecklist(props: { tenantSlug: string; members: number; setup: Setup }) {
  const base = `/t/${props.tenantSlug}`;
  const { setup } = props;
  const steps = [
    { done: props.members > 1, label: "Invite a marketer and a reviewer", href: `${base}/settings/members` },
    { done: setup.guidesReady > 0, label: "Upload your brand guide", href: `${base}/brand` },
    { done: setup.profileVersion > 0, label: "Extract and review the brand profile", href: `${base}/brand` },
    // Without a model server the builtin writer is the model: it trains on the guide by itself.
    setup.modelServer
      ? { done: setup.activeModelVersion !== null, label: "Build and activate your model", href: `${base}/models` }
      : { done: setup.builtinVersion !== null, label: "Let the builtin writer learn your guide", href: `${base}/models` },
    { done: setup.hasCampaign, label: "Write your first campaign (we start the brief for you)", href: `${base}/campaigns/new?sample=1` },
    { done: setup.hasSubmittedDraft, label: "Send a draft for review", href: `${base}/campaigns` },
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Get to your first email</CardTitle>
        <CardDescription>
          {steps.filter((s) => s.done).length} of {steps.length} done.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-2 text-sm">
          {steps.map((step) => (
            <li key={step.label} className="flex items-center gap-2">
              {step.done ? <CheckCircle2 className="size-4 shrink-0 text-success" aria-label="done" /> : <Circle className="size-4 shrink-0 text-muted-foreground" aria-label="to do" />}
              {step.done ? (
                <span className="text-muted-foreground line-through">{step.label}</span>
              ) : (
                <Link className="font-medium text-primary hover:underline" href={step.href}>
                  {step.label}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}

function formatWhen(date: Date): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(date);
}
