"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Download, MessageSquare, Undo2, X } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import { describeActivity } from "@/domain/activity";
import type { DraftStatus } from "@/domain/review";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

type Decision = "approve" | "request_changes" | "reject";

/** Decisions (with a required reason to reject or request changes) and exports, for the people allowed to make them. */
export function DecisionBar({ draftId, status, version, canDecide, canExport }: { draftId: string; status: DraftStatus; version: number; canDecide: boolean; canExport: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Decision | null>(null);
  const [reason, setReason] = useState("");
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.drafts.get.queryKey({ draftId }) }), queryClient.invalidateQueries({ queryKey: trpc.review.history.queryKey({ draftId }) })]);
  const decide = useMutation(
    trpc.review.decide.mutationOptions({
      onSuccess: () => {
        setPending(null);
        setReason("");
        void refresh();
      },
    }),
  );
  const exportDraft = useMutation(
    trpc.review.export.mutationOptions({
      onSuccess: (file) => {
        const url = URL.createObjectURL(new Blob([file.body], { type: file.mime }));
        const link = Object.assign(document.createElement("a"), { href: url, download: file.filename });
        link.click();
        URL.revokeObjectURL(url);
        void refresh();
      },
    }),
  );
  const submit = (action: Decision) => {
    if (action !== "approve" && !reason.trim()) return setPending(action);
    decide.mutate({ draftId, action, version, reason: reason.trim() || undefined });
  };

  if (status === "in_review" && canDecide) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Your decision</CardTitle>
          <CardDescription>Approve, request changes or reject. The author sees your reason.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {pending && (
            <div className="grid gap-1.5">
              <Label htmlFor="decision-reason">{pending === "reject" ? "Why reject it?" : "What should change?"}</Label>
              <textarea id="decision-reason" autoFocus className="min-h-20 rounded-md border border-input bg-card px-3 py-2 text-sm" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => submit("approve")} disabled={decide.isPending}>
              <Check /> Approve
            </Button>
            <Button
              variant="outline"
              onClick={() => (pending === "request_changes" ? submit("request_changes") : setPending("request_changes"))}
              disabled={decide.isPending || (pending === "request_changes" && !reason.trim())}
            >
              <Undo2 /> {pending === "request_changes" ? "Send request" : "Request changes"}
            </Button>
            <Button variant="outline" onClick={() => (pending === "reject" ? submit("reject") : setPending("reject"))} disabled={decide.isPending || (pending === "reject" && !reason.trim())}>
              <X /> {pending === "reject" ? "Confirm rejection" : "Reject"}
            </Button>
          </div>
          {decide.error && (
            <Alert>
              {decide.error.message}{" "}
              {decide.error.data?.code === "CONFLICT" && (
                <Button
                  size="sm"
                  variant="outline"
                  onClick={() => {
                    decide.reset();
                    void refresh();
                  }}
                >
                  Reload
                </Button>
              )}
            </Alert>
          )}
        </CardContent>
      </Card>
    );
  }
  if ((status === "approved" || status === "exported") && canExport) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{status === "approved" ? "Approved: ready to export" : "Exported"}</CardTitle>
          <CardDescription>Download for your sending tool; exporting marks the draft exported.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-2">
          {(["html", "text", "eml", "json"] as const).map((format) => (
            <Button key={format} variant="outline" onClick={() => exportDraft.mutate({ draftId, format, version })} disabled={exportDraft.isPending}>
              <Download /> {format === "text" ? "Plain text" : format === "eml" ? ".eml" : format.toUpperCase()}
            </Button>
          ))}
          {exportDraft.error && <Alert className="w-full">{exportDraft.error.message}</Alert>}
        </CardContent>
      </Card>
    );
  }
  return null;
}

/** Threaded comments, each on a block or the whole draft. Mention someone with @Name. */
export function Comments({ draftId, blockCount }: { draftId: string; blockCount: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const comments = useQuery(trpc.review.comments.queryOptions({ draftId }));
  const [body, setBody] = useState("");
  const [block, setBlock] = useState<string>("");
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const add = useMutation(
    trpc.review.comment.mutationOptions({
      onSuccess: () => {
        setBody("");
        setReplyTo(null);
        void queryClient.invalidateQueries({ queryKey: trpc.review.comments.queryKey({ draftId }) });
      },
    }),
  );
  const roots = (comments.data ?? []).filter((c) => !c.parentId);
  const replies = (id: string) => (comments.data ?? []).filter((c) => c.parentId === id);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <MessageSquare className="size-4" /> Comments
        </CardTitle>
        <CardDescription>On a block or the whole draft. Mention someone with @Name to notify them.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {roots.length === 0 && <p className="text-muted-foreground">No comments yet.</p>}
        <ol className="grid gap-3" aria-label="Comments">
          {roots.map((c) => (
            <li key={c.id} className="rounded-md border p-2">
              <p className="text-xs text-muted-foreground">
                {c.authorName ?? "Someone who left"} · {c.blockIndex === null ? "whole draft" : `block ${c.blockIndex + 1}`} · revision {c.revision} · {new Date(c.createdAt).toLocaleString()}
              </p>
              <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
              {replies(c.id).map((r) => (
                <div key={r.id} className="ml-4 mt-2 border-l-2 pl-2">
                  <p className="text-xs text-muted-foreground">
                    {r.authorName ?? "Someone who left"} · {new Date(r.createdAt).toLocaleString()}
                  </p>
                  <p className="whitespace-pre-wrap">{r.body}</p>
                </div>
              ))}
              <Button size="sm" variant="ghost" className="mt-1" onClick={() => setReplyTo(c.id)}>
                Reply
              </Button>
            </li>
          ))}
        </ol>
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ draftId, body, blockIndex: block === "" ? null : Number(block), parentId: replyTo });
          }}
        >
          {replyTo ? (
            <p className="text-xs text-muted-foreground">
              Replying in a thread.{" "}
              <button type="button" className="text-primary underline" onClick={() => setReplyTo(null)}>
                New comment instead
              </button>
            </p>
          ) : (
            <div className="flex items-center gap-2">
              <Label htmlFor="comment-block">About</Label>
              <Select id="comment-block" value={block} onChange={(e) => setBlock(e.target.value)}>
                <option value="">The whole draft</option>
                {Array.from({ length: blockCount }, (_, i) => (
                  <option key={i} value={i}>
                    Block {i + 1}
                  </option>
                ))}
              </Select>
            </div>
          )}
          <textarea aria-label="Comment" className="min-h-16 rounded-md border border-input bg-card px-3 py-2" value={body} onChange={(e) => setBody(e.target.value)} placeholder="@Mara the opening could be shorter." />
          {add.error && <Alert>{add.error.message}</Alert>}
          <Button type="submit" size="sm" className="justify-self-start" disabled={!body.trim() || add.isPending}>
            {replyTo ? "Reply" : "Comment"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

/** Side-by-side differences between any two revisions. */
export function RevisionDiff({ draftId, revisions }: { draftId: string; revisions: number[] }) {
  const trpc = useTRPC();
  const newest = revisions[0] ?? 1;
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  const [to, setTo] = useState(newest);
  const diff = useQuery({ ...trpc.review.diff.queryOptions({ draftId, from, to }), enabled: revisions.length > 1 });
  if (revisions.length < 2) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Compare revisions</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <div className="flex items-center gap-2">
          <Label htmlFor="diff-from">From</Label>
          <Select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {revisions.map((r) => (
              <option key={r} value={r}>
                Revision {r}
              </option>
            ))}
          </Select>
          <Label htmlFor="diff-to">to</Label>
          <Select id="diff-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {revisions.map((r) => (
              <option key={r} value={r}>
                Revision {r}
              </option>
            ))}
          </Select>
        </div>
        {diff.data && (
          <div className="grid gap-2" data-testid="revision-diff">
            {diff.data.fields.filter((f) => f.changed).length === 0 && <p className="text-muted-foreground">No differences.</p>}
            {diff.data.fields
              .filter((f) => f.changed)
              .map((f) => (
                <div key={f.field} className="grid gap-1 rounded-md border p-2 md:grid-cols-2">
                  <p className="text-xs font-medium text-muted-foreground md:col-span-2">{f.label}</p>
                  <p className="whitespace-pre-wrap">
                    {f.parts
                      .filter((p) => p.op !== "add")
                      .map((p, i) => (
                        <span key={i} className={cn(p.op === "del" && "bg-red-100 line-through decoration-red-600")}>
                          {p.text}
                        </span>
                      ))}
                  </p>
                  <p className="whitespace-pre-wrap">
                    {f.parts
                      .filter((p) => p.op !== "del")
                      .map((p, i) => (
                        <span key={i} className={cn(p.op === "add" && "bg-emerald-100")}>
                          {p.text}
                        </span>
                      ))}
                  </p>
                </div>
              ))}
          </div>
        )}
      </CardContent>
    </Card>
  );
}

/** Everything that happened to the draft, from the audit log. */
export function AuditTrail({ draftId }: { draftId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.review.history.queryOptions({ draftId }));
  const policy = history.data?.policy;
  return (
    <Card>
      <CardHeader>
        <CardTitle>History</CardTitle>
        {policy && (
          <CardDescription>
            Approval needs {policy.requiredApprovals} reviewer{policy.requiredApprovals === 1 ? "" : "s"}
            {policy.minScore !== null ? ` and a score of at least ${policy.minScore}` : ""}; nobody approves a draft they asked for or edited.
          </CardDescription>
        )}
      </CardHeader>
      <CardContent>
        <ol className="grid gap-1.5 text-sm" aria-label="History">
          {history.data?.trail.map((e) => (
            <li key={e.id}>
              <span className="text-xs text-muted-foreground">{new Date(e.createdAt).toLocaleString()} · </span>
              {describeActivity({ action: e.action, details: e.details, actorName: e.actorName })}
              {typeof e.details.reason === "string" && e.details.reason && <span className="text-muted-foreground">: “{e.details.reason}”</span>}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
