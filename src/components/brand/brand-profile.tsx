"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { JobProgress } from "@/components/models/job-progress";
import { Textarea } from "@/components/models/textarea";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/input";
import type { BrandProfile } from "@/domain/brand-profile";
import { EMPTY_BRAND_PROFILE } from "@/domain/brand-profile-empty";
import { useTRPC } from "@/lib/trpc/client";
import { ProfileList, type ListItem } from "./profile-list";
import { FormattingRules } from "./formatting-rules";
import { ProfileReview } from "./profile-review";

type TextKey = "voiceTraits" | "toneDos" | "toneDonts" | "preferredTerms" | "requiredDisclaimers" | "productSpellings";
const FIELD: Record<TextKey, "trait" | "text" | "term" | "name"> = {
  voiceTraits: "trait",
  toneDos: "text",
  toneDonts: "text",
  preferredTerms: "term",
  requiredDisclaimers: "text",
  productSpellings: "name",
};

function toItems(profile: BrandProfile, key: TextKey): ListItem[] {
  const field = FIELD[key];
  return (profile[key] as Record<string, unknown>[]).map((item) => ({ value: String(item[field] ?? ""), source: (item.source as ListItem["source"]) ?? null }));
}

function fromItems(profile: BrandProfile, key: TextKey, items: ListItem[]): BrandProfile {
  return { ...profile, [key]: items.map((item) => ({ [FIELD[key]]: item.value, source: item.source ?? null })) };
}

export function BrandProfileCard({ tenantSlug, canEdit }: { tenantSlug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  // Shares the guides list (and its polling) with the Brand guides card above.
  const guides = useQuery(trpc.brand.guides.queryOptions());
  const hasReadyGuides = guides.data?.some((g) => g.status === "ready") ?? false;
  const guidesBusy = guides.data?.some((g) => g.status === "pending" || g.status === "processing") ?? false;
  const queryClient = useQueryClient();
  // While a guide is being read, or the profile is being read from the guides, the card follows along.
  const view = useQuery({ ...trpc.brand.profile.queryOptions(), refetchInterval: (query) => (guidesBusy || query.state.data?.readingJobId ? 1_500 : false) });
  const current = view.data?.profile ? { data: view.data.profile } : { data: null };
  const server = useQuery(trpc.models.configured.queryOptions());
  // A guide that became ready (or went away) starts a new reading: look for it.
  const readyGuides = guides.data?.filter((g) => g.status === "ready").map((g) => g.id).join(",") ?? "";
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.brand.profile.queryKey() });
  }, [readyGuides, queryClient, trpc]);
  const [draft, setDraft] = useState<BrandProfile>(EMPTY_BRAND_PROFILE);
  useEffect(() => {
    if (view.data?.profile) setDraft(view.data.profile.profile);
  }, [view.data]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.brand.profile.queryKey() });
  const extract = useMutation(trpc.brand.extractProfile.mutationOptions());
  const save = useMutation(trpc.brand.saveProfile.mutationOptions({ onSuccess: refresh }));
  const readOnly = !canEdit;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ profile: draft });
  }

  const list = (key: TextKey, label: string, placeholder: string) => (
    <ProfileList id={key} label={label} items={toItems(draft, key)} onChange={(items) => setDraft(fromItems(draft, key, items))} placeholder={placeholder} readOnly={readOnly} tenantSlug={tenantSlug} />
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          Brand profile {current.data && <Badge variant="secondary">v{current.data.version} · {current.data.origin}</Badge>}
          {current.data?.extractedBy === "builtin" && current.data.origin === "extracted" && (
            <Badge variant="outline" title="Read from the guide's headings, lists and rules, without a language model">
              Extracted by the builtin model
            </Badge>
          )}
        </CardTitle>
        <CardDescription>What your model and Check copy follow. Every extracted item shows the passage it came from; saving makes a new version and a new model version.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {canEdit && (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" variant="outline" disabled={!hasReadyGuides || extract.isPending} onClick={() => extract.mutate()}>
              {extract.isPending ? "Starting…" : "Extract from guides"}
            </Button>
            <span className="text-xs text-muted-foreground">
              {!hasReadyGuides
                ? "Upload a guide first."
                : server.data?.configured
                  ? "Reads your guides with your model; every item is checked against the guide text."
                  : "Reads your guides' tables, lists and rules with the builtin model. The profile is also read again whenever a guide is added or removed."}
            </span>
          </div>
        )}
        {extract.error && <Alert>{extract.error.message}</Alert>}
        {extract.data && (
          <JobProgress
            key={extract.data.jobId}
            jobId={extract.data.jobId}
            tenantSlug={tenantSlug}
            label="Profile extraction"
            onSettled={() => void refresh()}
            succeeded="The profile was extracted from your guides. Review it below."
          />
        )}
        {view.data?.readingJobId && view.data.readingJobId !== extract.data?.jobId && (
          <JobProgress
            key={view.data.readingJobId}
            jobId={view.data.readingJobId}
            tenantSlug={tenantSlug}
            label="Reading your guides"
            onSettled={() => void refresh()}
            succeeded="Your guides were read again; the profile below follows them."
          />
        )}
        {!current.data && !extract.data && <p className="text-sm text-muted-foreground">No profile yet. {canEdit ? "Extract one from your guides, or write it below." : "An owner or admin sets it up."}</p>}
        {view.data && <ProfileReview view={view.data} canEdit={canEdit} />}
        <form onSubmit={onSubmit} className="grid gap-5">
          <div className="grid gap-5 md:grid-cols-2">
            {list("voiceTraits", "Voice traits", "warm")}
            <div className="grid gap-2">
              <Label htmlFor="profile-audience">Audience</Label>
              <Textarea id="profile-audience" rows={3} readOnly={readOnly} value={draft.audience} onChange={(e) => setDraft({ ...draft, audience: e.target.value })} />
            </div>
            {list("toneDos", "Do", "Say what the coffee tastes like")}
            {list("toneDonts", "Don't", "Rush people")}
            {list("preferredTerms", "Preferred terms", "affordable")}
            <ProfileList
              id="bannedTerms"
              label="Banned terms"
              items={draft.bannedTerms.map((b) => ({ value: b.term, extra: b.replacement, source: b.source }))}
              onChange={(items) => setDraft({ ...draft, bannedTerms: items.map((i) => ({ term: i.value, replacement: i.extra ?? null, source: i.source })) })}
              placeholder="cheap"
              extraPlaceholder="Instead"
              readOnly={readOnly}
              tenantSlug={tenantSlug}
            />
            {list("requiredDisclaimers", "Required disclaimers", "Offer valid while stocks last.")}
            {list("productSpellings", "Product names", "PowerBrew X2")}
          </div>
          <FormattingRules draft={draft} setDraft={setDraft} readOnly={readOnly} />
          {save.error && <Alert>{save.error.message}</Alert>}
          {save.data && (
            <Alert tone="success">
              Saved as v{save.data.profile.version}.{save.data.modelJobId ? " A new model version is being built from it (see Models)." : ""}
            </Alert>
          )}
          {canEdit && (
            <div>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? "Saving…" : "Save as new version"}
              </Button>
            </div>
          )}
        </form>
      </CardContent>
    </Card>
  );
}
