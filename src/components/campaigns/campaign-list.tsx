"use client";

import { useQuery } from "@tanstack/react-query";
import { Megaphone, Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { onRovingKeyDown } from "@/components/ui/roving";
import { CAMPAIGN_TYPE_LABELS } from "@/domain/campaign/brief-options";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import { DRAFT_STATUS_LABELS } from "./draft-status";

const CAMPAIGN_LISTS = ["active", "archived"] as const;

export function CampaignList({ tenantSlug, canWrite }: { tenantSlug: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<"active" | "archived">("active");
  const list = useQuery(trpc.campaigns.list.queryOptions({ status }));
  const base = `/t/${tenantSlug}/campaigns`;

  return (
    <div className="grid max-w-6xl gap-6">
      <PageHeader
        title="Campaigns"
        description="Write a brief, get on-brand email variants from your workspace's model, edit them and send them for review."
        actions={
          canWrite ? (
            <Button asChild>
              <Link href={`${base}/new`}>
                <Plus /> New campaign
              </Link>
            </Button>
          ) : null
        }
      />
      <div role="tablist" aria-label="Show campaigns" className="flex gap-1" onKeyDown={(event) => onRovingKeyDown(event, CAMPAIGN_LISTS, status, setStatus)}>
        {CAMPAIGN_LISTS.map((s) => (
          <button
            key={s}
            role="tab"
            aria-selected={status === s}
            tabIndex={status === s ? 0 : -1}
            onClick={() => setStatus(s)}
            className={cn("rounded-md px-3 py-1.5 text-sm capitalize", status === s ? "bg-primary text-primary-foreground" : "bg-muted hover:bg-accent")}
          >
            {s}
          </button>
        ))}
      </div>
      {list.error && <Alert>{list.error.message}</Alert>}
      {list.isPending && <Skeleton className="h-40" />}
      {list.data && list.data.length === 0 && (
        <Card>
          <CardContent className="grid place-items-center gap-3 py-12 text-center">
            <Megaphone className="size-8 text-muted-foreground" aria-hidden />
            {status === "active" ? (
              <>
                <p className="font-medium">No campaigns yet</p>
                <p className="max-w-md text-sm text-muted-foreground">
                  A campaign starts with a brief: what the email should achieve, for whom, and which products. Brandsmith writes up to ten variants in your brand&apos;s voice.
                </p>
                {canWrite && (
                  <Button asChild>
                    <Link href={`${base}/new`}>Write your first brief</Link>
                  </Button>
                )}
              </>
            ) : (
              <p className="text-sm text-muted-foreground">No archived campaigns. Archive a campaign from its page to tidy this list.</p>
            )}
          </CardContent>
        </Card>
      )}
      {list.data && list.data.length > 0 && (
        <ul className="grid gap-3" aria-label="Campaigns">
          {list.data.map((c) => {
            const total = Object.values(c.drafts).reduce((a, b) => a + b, 0);
            return (
              <li key={c.id}>
                <Link href={`${base}/${c.id}`} className="block rounded-lg border bg-card p-4 shadow-sm transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-primary">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{c.name}</span>
                    <Badge variant="secondary">{CAMPAIGN_TYPE_LABELS[c.type]}</Badge>
                    <span className="ml-auto text-xs text-muted-foreground">
                      Updated {new Date(c.updatedAt).toLocaleString()} · by {c.createdByName ?? "someone who left"}
                    </span>
                  </div>
                  <p className="mt-2 text-sm text-muted-foreground">
                    {total === 0
                      ? "No drafts yet"
                      : Object.entries(c.drafts)
                          .map(([s, n]) => `${n} ${DRAFT_STATUS_LABELS[s as keyof typeof DRAFT_STATUS_LABELS]?.toLowerCase() ?? s}`)
                          .join(" · ")}
                  </p>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
