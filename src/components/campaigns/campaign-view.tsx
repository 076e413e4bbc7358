"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Pencil, Sparkles } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useJobsStream } from "@/components/queue/use-jobs-stream";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { CAMPAIGN_TYPE_LABELS, MAX_VARIANTS } from "@/domain/campaign/brief-options";
import { useTRPC } from "@/lib/trpc/client";
import { VariantCard } from "./variant-card";

const ACTIVE = new Set(["pending", "running"]);

export function CampaignView({ tenantSlug, campaignId, canWrite }: { tenantSlug: string; campaignId: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.campaigns.get.queryOptions({ campaignId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.campaigns.get.queryKey({ campaignId }) });
  const [count, setCount] = useState<number | null>(null);
  const generate = useMutation(trpc.campaigns.generate.mutationOptions({ onSuccess: refresh }));
  const retry = useMutation(trpc.campaigns.retryVariant.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(trpc.campaigns.cancelGeneration.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(trpc.campaigns.archive.mutationOptions({ onSuccess: refresh }));
  const restore = useMutation(trpc.campaigns.restore.mutationOptions({ onSuccess: refresh }));

  const unwritten = (status: string) => status === "generating" || status === "failed";
  const following = (query.data?.variants ?? []).filter((v) => unwritten(v.status) && v.jobId && ACTIVE.has(v.jobState ?? "")).map((v) => v.jobId!);
  const live = useJobsStream(following, tenantSlug, () => void refresh());

  if (query.error) return <Alert>{query.error.message}</Alert>;
  if (!query.data) return <Skeleton className="h-96 max-w-6xl" />;
  const { campaign, variants, writer } = query.data;
  const brief = campaign.brief;
  const archived = campaign.status === "archived";
  const howMany = count ?? brief.variants;
  const active = variants.filter((v) => unwritten(v.status) && ACTIVE.has(live[v.jobId ?? ""]?.state ?? v.jobState ?? ""));
  // The batch in flight: variants are numbered in order, so it is every variant from the first one still being written.
  const firstActive = Math.min(...active.map((v) => v.variant));
  const batch = active.length ? variants.filter((v) => v.variant >= firstActive).length : 0;

  return (
    <div className="grid max-w-6xl gap-6">
      <PageHeader
        title={campaign.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="secondary">{CAMPAIGN_TYPE_LABELS[campaign.type]}</Badge>
            {archived && <Badge variant="outline">Archived</Badge>}
            <Link href={`/t/${tenantSlug}/campaigns`} className="text-primary hover:underline">
              All campaigns
            </Link>
          </span>
        }
        actions={
          canWrite ? (
            <div className="flex gap-2">
              {!archived && (
                <Button asChild variant="outline">
                  <Link href={`/t/${tenantSlug}/campaigns/${campaignId}/brief`}>
                    <Pencil /> Edit brief
                  </Link>
                </Button>
              )}
              {archived ? (
                <Button variant="outline" onClick={() => restore.mutate({ campaignId })} disabled={restore.isPending}>
                  <ArchiveRestore /> Restore
                </Button>
              ) : (
                <Button variant="outline" onClick={() => archive.mutate({ campaignId })} disabled={archive.isPending}>
                  <Archive /> Archive
                </Button>
              )}
            </div>
          ) : null
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>Brief</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <BriefFact label="Goal" value={brief.goal} />
            <BriefFact label="Audience" value={brief.audience} />
            {brief.offer && <BriefFact label="Offer" value={brief.offer} />}
            <BriefFact label="Key message" value={brief.keyMessage} />
            <BriefFact label="Products" value={brief.products.length ? brief.products.map((p) => `${p.name}${p.price ? ` (${p.price})` : ""}`).join(", ") : "None"} />
            <BriefFact label="Tone" value={brief.tones.length ? brief.tones.join(", ") : "The brand's own"} />
            <BriefFact label="Button" value={`${brief.ctaText} → ${brief.ctaUrl}`} />
            <BriefFact label="Length and send date" value={`${brief.length}${brief.sendDate ? `, sending ${brief.sendDate}` : ""}`} />
          </dl>
        </CardContent>
      </Card>

      {canWrite && !archived && (
        <Card>
          <CardContent className="flex flex-wrap items-end gap-3 pt-5">
            <div className="grid gap-1.5">
              <Label htmlFor="variant-count">Variants</Label>
              <Input id="variant-count" type="number" min={1} max={MAX_VARIANTS} className="w-24" value={howMany} onChange={(e) => setCount(Number(e.target.value))} />
            </div>
            {/* One batch at a time: a second click while one is written would double it. */}
            <Button onClick={() => generate.mutate({ campaignId, variants: howMany })} disabled={generate.isPending || active.length > 0}>
              <Sparkles /> {generate.isPending ? "Queuing…" : variants.length ? `Generate ${howMany} more` : `Generate ${howMany} variant${howMany === 1 ? "" : "s"}`}
            </Button>
            {active.length > 0 && (
              <>
                <span className="text-sm text-muted-foreground" aria-live="polite" data-testid="batch-progress">
                  Writing… {batch - active.length} of {batch} done
                </span>
                <Button variant="outline" onClick={() => cancel.mutate({ campaignId })} disabled={cancel.isPending}>
                  {cancel.isPending ? "Cancelling…" : "Cancel"}
                </Button>
              </>
            )}
            {writer.active === "builtin" && (
              <Alert tone="info" className="w-full" data-testid="builtin-note">
                {writer.note}
              </Alert>
            )}
            {generate.error && <Alert className="w-full">{generate.error.message}</Alert>}
            {cancel.error && <Alert className="w-full">{cancel.error.message}</Alert>}
          </CardContent>
        </Card>
      )}

      <section aria-label="Variants" className="grid gap-4 md:grid-cols-2">
        {variants.length === 0 && (
          <p className="text-sm text-muted-foreground md:col-span-2">
            No drafts yet. {canWrite ? "Choose how many variants and press Generate: each is written from a different angle, live on this page." : "A marketer generates them from this brief."}
          </p>
        )}
        {variants.map((v) => (
          <VariantCard
            key={v.id}
            tenantSlug={tenantSlug}
            variant={v}
            live={v.jobId ? live[v.jobId] : undefined}
            retrying={retry.isPending && retry.variables?.draftId === v.id}
            onRetry={() => retry.mutate({ draftId: v.id })}
          />
        ))}
      </section>
      {retry.error && <Alert>{retry.error.message}</Alert>}
    </div>
  );
}

function BriefFact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="whitespace-pre-wrap">{value}</dd>
    </div>
  );
}
