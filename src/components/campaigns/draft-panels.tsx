"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import type { EmailContent } from "@/domain/email/content";
import type { DraftGeneration } from "@/server/db/schema/campaigns";
import { useTRPC } from "@/lib/trpc/client";
import { ScoreBadge } from "./draft-status";

/** "Why this?": which model wrote the draft, where, how fast, from which angle, and the guide passages it was given. */
export function WhyThis({ generation, tenantSlug }: { generation: DraftGeneration | null; tenantSlug: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Why this?</CardTitle>
        <CardDescription>What the model was given and how it ran. Nothing here left your infrastructure.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {!generation ? (
          <p className="text-muted-foreground">Written by hand.</p>
        ) : generation.provider === "builtin" ? (
          <div className="grid gap-2" data-testid="why-builtin">
            <p>
              <strong>Written by the builtin model</strong>
              {generation.tenantModelVersion ? ` (v${generation.tenantModelVersion})` : ""}: a small statistical model trained on this workspace&apos;s own guides and approved drafts, running on this server. It fills proven
              email structures with the words of your brief, picks the phrasings that sound most like your brand, and never uses a banned term.
            </p>
            <p className="text-muted-foreground">
              For writing by a language model, connect Ollama (Settings → Model server); drafts then come from your own model version.
            </p>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Fact label="Written in" value={`${generation.evalMs} ms`} />
              <Fact label="Words out" value={String(generation.completionTokens)} />
              <Fact label="Angle" value={generation.angle} />
            </dl>
          </div>
        ) : (
          <>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Fact label="Model" value={generation.tenantModelVersion ? `${generation.model} (your v${generation.tenantModelVersion})` : `${generation.model} (base model + your profile)`} />
              <Fact label="Server" value={hostName(generation.host)} />
              <Fact label="Tokens in / out" value={`${generation.promptTokens} / ${generation.completionTokens}`} />
              <Fact label="First token" value={`${generation.ttftMs} ms`} />
              <Fact label="Total" value={`${(generation.totalMs / 1000).toFixed(1)} s`} />
              <Fact label="Repaired JSON" value={generation.repaired ? "Yes, once" : "No"} />
            </dl>
            <p>
              <span className="text-muted-foreground">Angle: </span>
              {generation.angle}
            </p>
            <div className="grid gap-2">
              <p className="font-medium">Guide passages it was given ({generation.passages.length})</p>
              {generation.passages.length === 0 && <p className="text-muted-foreground">None matched the brief. Upload a brand guide on the Brand page to ground drafts in it.</p>}
              <ol className="grid gap-2">
                {generation.passages.map((p, i) => (
                  <li key={p.chunkId} className="rounded-md border p-2">
                    <p className="text-xs text-muted-foreground">
                      [{i + 1}]{" "}
                      <Link className="text-primary underline underline-offset-2" href={`/api/brand/guides/${p.guideId}?tenant=${tenantSlug}`}>
                        {p.documentName}
                      </Link>
                      {p.section ? ` › ${p.section}` : ""}
                      {p.page ? `, page ${p.page}` : ""}
                    </p>
                    <p className="mt-1 line-clamp-4">{p.text}</p>
                  </li>
                ))}
              </ol>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}

interface RevisionRow {
  number: number;
  origin: string;
  score: number;
  note: string | null;
  createdAt: string | Date;
  authorName: string | null;
}

/** Every saved revision; any of them can be loaded back into the editor (saving it makes a new revision). */
export function RevisionList(props: { revisions: RevisionRow[]; current: number; tenantSlug: string; draftId: string; editable: boolean; onLoad: (content: EmailContent) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const load = useMutation({ mutationFn: (number: number) => queryClient.fetchQuery(trpc.drafts.revision.queryOptions({ draftId: props.draftId, number })) });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Revisions</CardTitle>
        <CardDescription>Saved revisions never change; each carries its own compliance report.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-2 text-sm" aria-label="Revisions">
          {props.revisions.map((r) => (
            <li key={r.number} className="flex flex-wrap items-center gap-2 rounded-md border p-2">
              <span className="font-medium">Revision {r.number}</span>
              {r.number === props.current && <Badge>Current</Badge>}
              <ScoreBadge score={r.score} />
              <span className="text-muted-foreground">
                {r.origin === "generated" ? "written by the model" : `edited by ${r.authorName ?? "someone who left"}`} · {new Date(r.createdAt).toLocaleString()}
              </span>
              {r.note && <span className="w-full text-muted-foreground">“{r.note}”</span>}
              {props.editable && r.number !== props.current && (
                <Button size="sm" variant="outline" className="ml-auto" disabled={load.isPending} onClick={() => load.mutate(r.number, { onSuccess: (rev) => props.onLoad(rev.content) })}>
                  Load into editor
                </Button>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}

function hostName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
