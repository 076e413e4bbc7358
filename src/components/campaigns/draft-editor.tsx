"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Send } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { PREHEADER_MAX, PREHEADER_MIN, SUBJECT_MAX } from "@/domain/compliance/email-rules";
import type { EmailBlock, EmailContent } from "@/domain/email/content";
import { useTRPC } from "@/lib/trpc/client";
import { BLOCK_LABELS, BlockEditor, emptyBlock, type RewriteStyle } from "./block-editor";
import { BuiltinBadge, DraftStatusBadge, ScoreBadge } from "./draft-status";
import { SendTest } from "./send-test";
import { EmailPreview } from "./email-preview";
import { AuditTrail, Comments, DecisionBar, RevisionDiff } from "@/components/review/review-panel";
import { QualityPanel } from "./quality-panel";
import { CompliancePanel, Counter, RewriteFollower } from "./draft-editor-parts";
import { RevisionList, WhyThis } from "./draft-panels";

/**
 * The structured draft editor: subject, preheader and each block, with a live
 * preview and compliance report as you type; every save is a new revision.
 */
export function DraftEditor({ tenantSlug, draftId }: { tenantSlug: string; draftId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.drafts.get.queryOptions({ draftId }));
  const [content, setContent] = useState<EmailContent | null>(null);
  const [baseRevision, setBaseRevision] = useState(0);
  const [note, setNote] = useState("");
  const [rewrite, setRewrite] = useState<{ index: number; jobId: string; before: EmailBlock } | null>(null);
  const [undo, setUndo] = useState<{ index: number; block: EmailBlock } | null>(null);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.drafts.get.queryKey({ draftId }) }), queryClient.invalidateQueries({ queryKey: trpc.review.history.queryKey({ draftId }) })]);

  // Load the newest revision into the editor when it arrives (and after each save).
  const loadedRevision = useRef<number | null>(null);
  useEffect(() => {
    const current = query.data?.current;
    if (current && loadedRevision.current !== current.number) {
      loadedRevision.current = current.number;
      setContent(current.content);
      setBaseRevision(current.number);
    }
  }, [query.data]);

  const preview = useMutation(trpc.drafts.preview.mutationOptions());
  const previewMutate = preview.mutate;
  useEffect(() => {
    if (!content) return;
    const timer = setTimeout(() => previewMutate({ content, draftId }), 250);
    return () => clearTimeout(timer);
  }, [content, previewMutate, draftId]);
  const [shown, setShown] = useState<Omit<Extract<NonNullable<typeof preview.data>, { ok: true }>, "ok"> | null>(null);
  useEffect(() => {
    if (preview.data?.ok) setShown(preview.data);
  }, [preview.data]);

  const save = useMutation(
    trpc.drafts.save.mutationOptions({
      onSuccess: () => {
        setNote("");
        void refresh();
      },
    }),
  );
  const submit = useMutation(trpc.drafts.submit.mutationOptions({ onSuccess: () => void refresh() }));
  const askRewrite = useMutation(trpc.drafts.rewriteBlock.mutationOptions());

  const saved = query.data?.current?.content;
  const dirty = !!content && !!saved && JSON.stringify(content) !== JSON.stringify(saved);
  const editable = !!query.data?.editable;

  const doSave = useCallback(() => {
    if (content && dirty && editable && !save.isPending) save.mutate({ draftId, content, baseRevision, note: note || undefined });
  }, [content, dirty, editable, save, draftId, baseRevision, note]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        doSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doSave]);

  if (query.error) return <Alert>{query.error.message}</Alert>;
  if (!query.data || !content) {
    if (query.data?.draft.status === "failed") {
      return (
        <Alert>
          {query.data.draft.failure ?? "This draft could not be written."}{" "}
          <Link href={`/t/${tenantSlug}/campaigns/${query.data.campaign.id}`} className="text-primary underline">
            Try it again on the campaign page
          </Link>
          .
        </Alert>
      );
    }
    if (query.data && !query.data.current) {
      return (
        <Alert tone="info">
          This draft is still being written. <Link href={`/t/${tenantSlug}/campaigns/${query.data.campaign.id}`} className="text-primary underline">Follow it on the campaign page</Link>.
        </Alert>
      );
    }
    return <Skeleton className="h-[600px] max-w-6xl" />;
  }
  const { draft, campaign, revisions } = query.data;

  const setBlock = (index: number, block: EmailBlock) => setContent((c) => c && { ...c, blocks: c.blocks.map((b, i) => (i === index ? block : b)) });
  const moveBlock = (index: number, delta: -1 | 1) =>
    setContent((c) => {
      if (!c) return c;
      const blocks = [...c.blocks];
      const [moved] = blocks.splice(index, 1);
      blocks.splice(index + delta, 0, moved!);
      return { ...c, blocks };
    });
  const startRewrite = (index: number, style: RewriteStyle) => {
    const block = content.blocks[index]!;
    askRewrite.mutate({ draftId, block, style }, { onSuccess: ({ jobId }) => setRewrite({ index, jobId, before: block }) });
  };
  const serverError = save.error?.message ?? submit.error?.message ?? askRewrite.error?.message;
  const conflict = save.error?.data?.code === "CONFLICT" || submit.error?.data?.code === "CONFLICT";

  return (
    <div className="grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title={`${campaign.name}: variant ${draft.variant}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DraftStatusBadge status={draft.status} />
            <ScoreBadge score={draft.score} />
            {draft.generation?.provider === "builtin" && <BuiltinBadge />}
            <span>Revision {draft.revision}</span>
            <Link href={`/t/${tenantSlug}/campaigns/${campaign.id}`} className="text-primary hover:underline">
              Back to the campaign
            </Link>
          </span>
        }
        actions={
          editable ? (
            <div className="flex flex-wrap items-center gap-2">
              <SendTest draftId={draftId} myEmail={query.data.viewer.email} dirty={dirty} />
              <Button variant="outline" onClick={doSave} disabled={!dirty || save.isPending} title="Ctrl+S">
                {save.isPending ? "Saving…" : dirty ? "Save revision" : "Saved"}
              </Button>
              <Button onClick={() => submit.mutate({ draftId, version: draft.version })} disabled={dirty || submit.isPending} title={dirty ? "Save your changes first" : undefined}>
                <Send /> Submit for review
              </Button>
            </div>
          ) : (
            <SendTest draftId={draftId} myEmail={query.data.viewer.email} dirty={false} />
          )
        }
      />
      <DecisionBar draftId={draftId} status={draft.status} version={draft.version} canDecide={query.data.viewer.canDecide} canExport={query.data.viewer.canExport} />
      {!editable && (
        <Alert tone="info">
          {draft.status === "in_review"
            ? "This draft is in review: it cannot be edited until a reviewer decides."
            : draft.status === "changes_requested" || draft.status === "draft"
              ? "Reviewers comment and decide here; the author edits."
              : `This draft is ${draft.status.replace("_", " ")} and read-only.`}
        </Alert>
      )}
      {serverError && (
        <Alert>
          {serverError}{" "}
          {conflict && (
            <Button size="sm" variant="outline" onClick={() => { loadedRevision.current = null; save.reset(); submit.reset(); void refresh(); }}>
              Reload
            </Button>
          )}
        </Alert>
      )}

      {/* Below the two-column layout the preview sits under the form: a sticky button jumps between them. */}
      <div className="sticky top-14 z-20 flex justify-end lg:hidden">
        <Button size="sm" variant="secondary" className="shadow" onClick={() => document.getElementById("draft-preview")?.scrollIntoView({ behavior: "smooth" })}>
          Preview
        </Button>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div id="draft-form" className="grid scroll-mt-16 gap-4">
          <Card>
            <CardContent className="grid gap-4 pt-5">
              <div className="grid gap-1.5">
                <Label htmlFor="draft-subject">Subject</Label>
                <Input id="draft-subject" value={content.subject} disabled={!editable} onChange={(e) => setContent({ ...content, subject: e.target.value })} />
                <Counter length={content.subject.length} max={SUBJECT_MAX} />
                {content.subjectAlternatives.length > 0 && (
                  <div className="flex flex-wrap items-center gap-1.5 text-xs">
                    <span className="text-muted-foreground">Alternatives:</span>
                    {content.subjectAlternatives.map((alt, i) => (
                      <button
                        key={i}
                        type="button"
                        disabled={!editable}
                        className="rounded-full border px-2 py-0.5 hover:bg-accent disabled:opacity-60"
                        title="Use this subject (the current one becomes an alternative)"
                        onClick={() => setContent({ ...content, subject: alt, subjectAlternatives: content.subjectAlternatives.map((a, j) => (j === i ? content.subject : a)) })}
                      >
                        {alt}
                      </button>
                    ))}
                  </div>
                )}
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor="draft-preheader">Preheader</Label>
                <Input id="draft-preheader" value={content.preheader} disabled={!editable} onChange={(e) => setContent({ ...content, preheader: e.target.value })} />
                <Counter length={content.preheader.length} min={PREHEADER_MIN} max={PREHEADER_MAX} />
              </div>
            </CardContent>
          </Card>

          <section aria-label="Blocks" className="grid gap-3">
            {content.blocks.map((block, index) => (
              <BlockEditor
                key={index}
                block={block}
                index={index}
                count={content.blocks.length}
                disabled={!editable}
                rewriting={rewrite?.index === index}
                onChange={(b) => setBlock(index, b)}
                onMove={(delta) => moveBlock(index, delta)}
                onRemove={() => setContent({ ...content, blocks: content.blocks.filter((_, i) => i !== index) })}
                onRewrite={(style) => startRewrite(index, style)}
              />
            ))}
            {rewrite && (
              <RewriteFollower
                key={rewrite.jobId}
                tenantSlug={tenantSlug}
                jobId={rewrite.jobId}
                onDone={(block) => {
                  if (block) {
                    setUndo({ index: rewrite.index, block: rewrite.before });
                    setBlock(rewrite.index, block);
                  }
                  setRewrite(null);
                }}
              />
            )}
            {undo && (
              <Alert tone="success">
                Block {undo.index + 1} rewritten.{" "}
                <Button size="sm" variant="outline" onClick={() => { setBlock(undo.index, undo.block); setUndo(null); }}>
                  Undo
                </Button>
              </Alert>
            )}
            {editable && (
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted-foreground">Add:</span>
                {(Object.keys(BLOCK_LABELS) as EmailBlock["type"][]).map((type) => (
                  <Button key={type} type="button" size="sm" variant="outline" onClick={() => setContent({ ...content, blocks: [...content.blocks, emptyBlock(type)] })}>
                    <Plus /> {BLOCK_LABELS[type]}
                  </Button>
                ))}
              </div>
            )}
          </section>

          <Card>
            <CardContent className="grid gap-4 pt-5">
              <div className="grid gap-2 sm:grid-cols-2">
                <div className="grid gap-1.5">
                  <Label htmlFor="draft-cta-text">Button text</Label>
                  <Input id="draft-cta-text" value={content.cta.text} disabled={!editable} onChange={(e) => setContent({ ...content, cta: { ...content.cta, text: e.target.value } })} />
                </div>
                <div className="grid gap-1.5">
                  <Label htmlFor="draft-cta-url">Button link</Label>
                  <Input id="draft-cta-url" value={content.cta.url} disabled={!editable} onChange={(e) => setContent({ ...content, cta: { ...content.cta, url: e.target.value } })} />
                </div>
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor="draft-signoff">Sign-off</Label>
                <Input id="draft-signoff" value={content.signOff} disabled={!editable} onChange={(e) => setContent({ ...content, signOff: e.target.value })} />
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor="draft-legal">Small print (one line each)</Label>
                <textarea
                  id="draft-legal"
                  className="min-h-16 rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs disabled:opacity-60"
                  value={content.legal.join("\n")}
                  disabled={!editable}
                  onChange={(e) => setContent({ ...content, legal: e.target.value.split("\n") })}
                />
                <p className="text-xs text-muted-foreground">Required disclaimers from your brand profile that the model left out are added here.</p>
              </div>
              {editable && (
                <div className="grid gap-1.5">
                  <Label htmlFor="draft-note">Note for this revision (optional)</Label>
                  <Input id="draft-note" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} placeholder="Tightened the opening" />
                </div>
              )}
            </CardContent>
          </Card>
        </div>

        <div id="draft-preview" className="grid scroll-mt-16 grid-cols-[minmax(0,1fr)] gap-4 lg:sticky lg:top-4">
          <Card>
            <CardContent className="pt-5">
              {shown ? (
                <EmailPreview html={shown.html} darkHtml={shown.darkHtml} text={shown.text} subject={content.subject} preheader={content.preheader} stale={preview.isPending} />
              ) : (
                <Skeleton className="h-[720px]" />
              )}
              {preview.data && !preview.data.ok && <Alert className="mt-3" tone="info">Preview paused: {preview.data.problem}</Alert>}
            </CardContent>
          </Card>
          {shown && <CompliancePanel report={shown.compliance} checked={shown.checked} />}
          {shown?.quality && <QualityPanel report={shown.quality} />}
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <WhyThis generation={draft.generation} tenantSlug={tenantSlug} />
        <RevisionList
          revisions={revisions}
          current={draft.revision}
          tenantSlug={tenantSlug}
          draftId={draftId}
          editable={editable}
          onLoad={(c) => setContent(c)}
        />
        <Comments draftId={draftId} blockCount={content.blocks.length} />
        <div className="grid content-start gap-6">
          <RevisionDiff draftId={draftId} revisions={revisions.map((r) => r.number)} />
          <AuditTrail draftId={draftId} />
        </div>
      </div>
    </div>
  );
}
