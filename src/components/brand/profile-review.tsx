"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Check, Plus, X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/router";

type ProfileView = inferRouterOutputs<AppRouter>["brand"]["profile"];
type Pending = NonNullable<NonNullable<ProfileView["profile"]>["profile"]["pending"]>[number];

/** What each field is called on the page. */
export const FIELD_LABELS: Record<Pending["field"], string> = {
  bannedTerms: "Banned term",
  preferredTerms: "Preferred term",
  productSpellings: "Product name",
  requiredDisclaimers: "Required disclaimer",
  voiceTraits: "Voice trait",
  toneDos: "Do",
  toneDonts: "Don't",
  maxExclamations: "Most exclamation marks",
  allowEmoji: "Emoji allowed",
  signOff: "Sign-off",
  noAllCaps: "No ALL CAPS",
  noExclamationInSubject: "No exclamation mark in subjects",
};

function Where({ source }: { source: { documentName?: string; section?: string; page?: number } | null | undefined }) {
  if (!source?.documentName) return null;
  return (
    <span className="text-xs text-muted-foreground">
      {source.documentName}
      {source.section && ` › ${source.section}`}
      {source.page && ` · page ${source.page}`}
    </span>
  );
}

/**
 * The parts of the profile that need a person: model proposals the guides
 * do not back ("Needs a look"), rule-like passages nothing covers, terms the
 * guides disagree on, and guides that gave no rules.
 */
export function ProfileReview({ view, canEdit }: { view: ProfileView; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const decide = useMutation(trpc.brand.decideProfileItem.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.brand.profile.queryKey() }) }));
  const pending = view.profile?.profile.pending ?? [];
  return (
    <div className="grid gap-4">
      {view.guidesWithoutRules.map((g) => (
        <Alert key={g.id}>
          We found no rules in <strong>{g.filename}</strong>: add them by hand below, or check that this is your brand guide.
        </Alert>
      ))}
      {view.conflicts.map((c) => (
        <Alert key={c.term}>
          Your guides disagree on <strong>“{c.term}”</strong>: banned in {c.bannedIn ?? "your profile"}, preferred in {c.preferredIn ?? "your profile"}. Remove it from one of the lists below.
        </Alert>
      ))}
      {decide.error && <Alert>{decide.error.message}</Alert>}
      {pending.length > 0 && (
        <section aria-labelledby="needs-a-look" className="grid gap-2 rounded-md border border-amber-300 bg-amber-50/60 p-3 dark:border-amber-800 dark:bg-amber-950/30">
          <h3 id="needs-a-look" className="text-sm font-semibold">
            Needs a look <Badge variant="secondary">{pending.length}</Badge>
          </h3>
          <p className="text-xs text-muted-foreground">The model proposed these, but their words are not in your guides. They are not applied until you accept them.</p>
          <ul className="grid gap-2">
            {pending.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 rounded border bg-background p-2" data-testid="pending-item">
                <div className="grid gap-0.5">
                  <span className="text-sm">
                    <span className="text-muted-foreground">{FIELD_LABELS[item.field]}:</span> “{item.value}”{item.replacement ? ` → “${item.replacement}”` : ""}
                  </span>
                  <span className="text-xs text-muted-foreground">{item.reason}</span>
                  <Where source={item.source} />
                </div>
                {canEdit && (
                  <div className="flex gap-1">
                    <Button size="sm" variant="outline" disabled={decide.isPending} onClick={() => decide.mutate({ decision: "accept", id: item.id })} aria-label={`Accept ${item.value}`}>
                      <Check /> Accept
                    </Button>
                    <Button size="sm" variant="ghost" disabled={decide.isPending} onClick={() => decide.mutate({ decision: "reject", id: item.id })} aria-label={`Reject ${item.value}`}>
                      <X /> Reject
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.gaps.length > 0 && (
        <section aria-labelledby="not-covered" className="grid gap-2 rounded-md border p-3">
          <h3 id="not-covered" className="text-sm font-semibold">
            Not covered by your profile <Badge variant="secondary">{view.gaps.length}</Badge>
          </h3>
          <p className="text-xs text-muted-foreground">These lines of your guides read like rules, but nothing in your profile covers them.</p>
          <ul className="grid gap-2">
            {view.gaps.map((gap) => (
              <li key={gap.id} className="flex flex-wrap items-start justify-between gap-2 rounded border p-2" data-testid="coverage-gap">
                <p className="max-w-prose text-sm">
                  The guide says “{gap.quote}”{gap.page ? ` on page ${gap.page}` : ""}
                  <span className="text-muted-foreground"> ({gap.documentName}{gap.section ? ` › ${gap.section}` : ""})</span>; nothing in your profile covers it.
                </p>
                {canEdit && (
                  <div className="flex gap-1">
                    <Button
                      size="sm"
                      variant="outline"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ decision: "add", item: { ...gap.suggestion, gapId: gap.id } })}
                      title={`Adds “${gap.suggestion.value}” to ${FIELD_LABELS[gap.suggestion.field]}s`}
                    >
                      <Plus /> Add as {FIELD_LABELS[gap.suggestion.field].toLowerCase()}
                    </Button>
                    <Button size="sm" variant="ghost" disabled={decide.isPending} onClick={() => decide.mutate({ decision: "dismiss", id: gap.id })} aria-label="Not a rule">
                      Not a rule
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
