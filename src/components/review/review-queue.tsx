"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Keyboard } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { DRAFT_STATUS_LABELS, ScoreBadge } from "@/components/campaigns/draft-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Input, Label, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { onRovingKeyDown } from "@/components/ui/roving";
import type { DraftStatus } from "@/domain/review";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

const STATUSES: DraftStatus[] = ["in_review", "changes_requested", "draft", "approved", "rejected", "exported"];
const SHORTCUTS: [string, string][] = [
  ["j / k", "Next / previous draft"],
  ["o or Enter", "Open the draft"],
  ["a", "Approve"],
  ["c", "Request changes (asks for a reason)"],
  ["r", "Reject (asks for a reason)"],
  ["?", "Show these shortcuts"],
];

type Sort = "oldest" | "newest" | "score_asc" | "score_desc";

/** The review queue: what waits for the current person, with filters, keyboard shortcuts and bulk approval above a score. */
export function ReviewQueue({ tenantSlug, canDecide }: { tenantSlug: string; canDecide: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DraftStatus>("in_review");
  const [mine, setMine] = useState(canDecide);
  const [campaignId, setCampaignId] = useState("");
  const [authorId, setAuthorId] = useState("");
  const [minScore, setMinScore] = useState("");
  const [olderThanDays, setOlderThanDays] = useState("");
  const [sort, setSort] = useState<Sort>("oldest");
  const [cursor, setCursor] = useState(0);
  const [help, setHelp] = useState(false);
  const [reasonFor, setReasonFor] = useState<{ action: "request_changes" | "reject"; draftId: string; version: number } | null>(null);
  const [reason, setReason] = useState("");
  const [bulk, setBulk] = useState<number | null>(null);

  const filters = {
    status,
    mine: mine || undefined,
    campaignId: campaignId || undefined,
    authorId: authorId || undefined,
    minScore: minScore ? Number(minScore) : undefined,
    olderThanDays: olderThanDays ? Number(olderThanDays) : undefined,
    sort,
  };
  const queue = useQuery({ ...trpc.review.queue.queryOptions(filters), refetchInterval: 10_000 });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.review.queue.queryKey() });
  const decide = useMutation(trpc.review.decide.mutationOptions({ onSuccess: () => void refresh() }));
  const bulkApprove = useMutation(trpc.review.bulkApprove.mutationOptions({ onSuccess: () => void refresh() }));
  const rows = useMemo(() => queue.data?.drafts ?? [], [queue.data]);
  const current = rows[Math.min(cursor, Math.max(0, rows.length - 1))];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [role=dialog]") || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "?") return setHelp(true);
      // Enter on a focused control (a tab, a button, a link) is that control's; "o" always opens the draft.
      if (event.key === "Enter" && target.closest("a, button, summary, [role=tab], [role=radio], [role=checkbox], [role=menuitem]")) return;
      if (rows.length === 0) return;
      if (event.key === "j") setCursor((c) => Math.min(rows.length - 1, c + 1));
      else if (event.key === "k") setCursor((c) => Math.max(0, c - 1));
      else if ((event.key === "o" || event.key === "Enter") && current) router.push(`/t/${tenantSlug}/drafts/${current.id}`);
      else if (canDecide && current && status === "in_review") {
        if (event.key === "a") decide.mutate({ draftId: current.id, action: "approve", version: current.version });
        else if (event.key === "c") setReasonFor({ action: "request_changes", draftId: current.id, version: current.version });
        else if (event.key === "r") setReasonFor({ action: "reject", draftId: current.id, version: current.version });
        else return;
      } else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, current, canDecide, status, router, tenantSlug, decide]);

  const threshold = queue.data?.policy.minScore ?? 85;
  const eligible = rows.filter((r) => (r.score ?? 0) >= threshold && !r.approvedByMe);
  const counts = queue.data?.counts ?? {};

  return (
    <div className="grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Review"
        description="Drafts waiting for a decision. Nothing leaves Brandsmith without one."
        actions={
          <div className="flex gap-2">
            <Button variant="outline" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
              <Keyboard /> Shortcuts
            </Button>
            {canDecide && status === "in_review" && eligible.length > 0 && (
              <Button onClick={() => setBulk(threshold)}>Approve {eligible.length} scoring {threshold}+</Button>
            )}
          </div>
        }
      />
      <div
        role="tablist"
        aria-label="Status"
        className="flex flex-wrap gap-1"
        onKeyDown={(event) =>
          onRovingKeyDown(event, STATUSES, status, (s) => {
            setStatus(s);
            setCursor(0);
          })
        }
      >
        {STATUSES.map((s) => (
          <button
            key={s}
            role="tab"
            aria-selected={status === s}
            tabIndex={status === s ? 0 : -1}
            onClick={() => {
              setStatus(s);
              setCursor(0);
            }}
            className={cn("rounded-md px-3 py-1.5 text-sm", status === s ? "bg-primary text-primary-foreground" : "bg-muted hover:bg-accent")}
          >
            {DRAFT_STATUS_LABELS[s]} <span className="tabular-nums">{counts[s] ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {canDecide && (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Only drafts I can decide
          </label>
        )}
        <div className="grid gap-1">
          <Label htmlFor="filter-campaign">Campaign</Label>
          <Select id="filter-campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
            <option value="">All</option>
            {queue.data?.campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-author">Author</Label>
          <Select id="filter-author" value={authorId} onChange={(e) => setAuthorId(e.target.value)}>
            <option value="">Anyone</option>
            {queue.data?.authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-score">Score at least</Label>
          <Input id="filter-score" type="number" min={0} max={100} className="w-24" value={minScore} onChange={(e) => setMinScore(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-age">Waiting over (days)</Label>
          <Input id="filter-age" type="number" min={1} className="w-24" value={olderThanDays} onChange={(e) => setOlderThanDays(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-sort">Sort</Label>
          <Select id="filter-sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
            <option value="score_desc">Highest score</option>
            <option value="score_asc">Lowest score</option>
          </Select>
        </div>
      </div>
      {queue.error && <Alert>{queue.error.message}</Alert>}
      {decide.error && <Alert>{decide.error.message}</Alert>}
      {bulkApprove.data && (
        <Alert tone={bulkApprove.data.approved === bulkApprove.data.results.length ? "success" : "info"}>
          Approved {bulkApprove.data.approved} of {bulkApprove.data.results.length}.{" "}
          {bulkApprove.data.results.filter((r) => !r.ok).map((r) => r.message).join(" ")}
        </Alert>
      )}
      {queue.isPending && <Skeleton className="h-64" />}
      {queue.data && rows.length === 0 && (
        <p className="rounded-lg border bg-card p-8 text-center text-sm text-muted-foreground">
          {status === "in_review" ? "Nothing waits for you. Drafts appear here when a marketer submits them." : `No ${DRAFT_STATUS_LABELS[status].toLowerCase()} drafts match.`}
        </p>
      )}
      {rows.length > 0 && (
        // On a phone the queue is a list of cards: the same rows, the same selection, so the same keys and taps act on them.
        <ul className="grid gap-2 md:hidden" aria-label="Drafts">
          {rows.map((r, index) => (
            <li
              key={r.id}
              aria-current={index === cursor || undefined}
              onClick={() => setCursor(index)}
              className={cn("grid gap-1 rounded-lg border bg-card p-3 text-sm", index === cursor && "outline outline-2 -outline-offset-2 outline-primary")}
              data-testid="review-card"
            >
              <Link href={`/t/${tenantSlug}/drafts/${r.id}`} className="font-medium text-primary hover:underline">
                {r.subject ?? `Variant ${r.variant}`}
              </Link>
              <span className="text-xs text-muted-foreground">
                {r.campaignName} · variant {r.variant} · {r.authorName ?? "—"} · waiting {age(r.updatedAt)}
              </span>
              <span className="flex flex-wrap items-center gap-2">
                <ScoreBadge score={r.score} />
                <ScoreBadge score={r.qualityScore} kind="quality" />
                <span className="text-xs tabular-nums text-muted-foreground">
                  {r.approvals}/{queue.data?.policy.requiredApprovals} approvals{r.approvedByMe ? " (you)" : ""}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <table className="hidden w-full text-sm md:table" aria-label="Drafts">
          <thead className="text-left text-xs text-muted-foreground">
            <tr>
              <th className="p-2">Draft</th>
              <th className="p-2">Campaign</th>
              <th className="p-2">Author</th>
              <th className="p-2">Score</th>
              <th className="p-2">Quality</th>
              <th className="p-2">Approvals</th>
              <th className="p-2">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, index) => (
              <tr
                key={r.id}
                aria-selected={index === cursor}
                onClick={() => setCursor(index)}
                className={cn("border-t", index === cursor && "bg-primary/5 outline outline-2 -outline-offset-2 outline-primary")}
                data-testid="review-row"
              >
                <td className="p-2">
                  <Link href={`/t/${tenantSlug}/drafts/${r.id}`} className="font-medium text-primary hover:underline">
                    {r.subject ?? `Variant ${r.variant}`}
                  </Link>
                  <span className="block text-xs text-muted-foreground">Variant {r.variant} · revision {r.revision}</span>
                </td>
                <td className="p-2">{r.campaignName}</td>
                <td className="p-2">{r.authorName ?? "—"}</td>
                <td className="p-2">
                  <ScoreBadge score={r.score} />
                </td>
                <td className="p-2">
                  <ScoreBadge score={r.qualityScore} kind="quality" />
                </td>
                <td className="p-2 tabular-nums">
                  {r.approvals}/{queue.data?.policy.requiredApprovals}
                  {r.approvedByMe && <span className="ml-1 text-xs text-muted-foreground">(you)</span>}
                </td>
                <td className="p-2 text-muted-foreground">{age(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Dialog open={help} onOpenChange={setHelp}>
        <DialogContent>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            {SHORTCUTS.map(([key, what]) => (
              <div key={key} className="contents">
                <dt>
                  <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <DialogClose asChild>
            <Button variant="outline">Close</Button>
          </DialogClose>
        </DialogContent>
      </Dialog>

      <Dialog open={!!reasonFor} onOpenChange={(open) => !open && setReasonFor(null)}>
        <DialogContent>
          <DialogTitle>{reasonFor?.action === "reject" ? "Reject this draft" : "Request changes"}</DialogTitle>
          <DialogDescription>The author sees your reason.</DialogDescription>
          <textarea aria-label="Reason" autoFocus className="min-h-24 rounded-md border border-input bg-card px-3 py-2 text-sm" value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex gap-2">
            <Button
              disabled={!reason.trim() || decide.isPending}
              onClick={() => {
                if (!reasonFor) return;
                decide.mutate({ ...reasonFor, reason }, { onSuccess: () => { setReasonFor(null); setReason(""); } });
              }}
            >
              {reasonFor?.action === "reject" ? "Reject" : "Send request"}
            </Button>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>

      <Dialog open={bulk !== null} onOpenChange={(open) => !open && setBulk(null)}>
        <DialogContent>
          <DialogTitle>Approve {eligible.length} drafts?</DialogTitle>
          <DialogDescription>
            Every draft in this list scoring {threshold} or more that you have not approved yet. Drafts you asked for or edited are refused one by one, as usual.
          </DialogDescription>
          <div className="flex gap-2">
            <Button
              disabled={bulkApprove.isPending}
              onClick={() => bulkApprove.mutate({ drafts: eligible.map((r) => ({ draftId: r.id, version: r.version })), minScore: threshold }, { onSuccess: () => setBulk(null) })}
            >
              Approve {eligible.length}
            </Button>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}

function age(date: string | Date): string {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(date).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}
