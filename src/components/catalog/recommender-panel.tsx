"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReachReport } from "@/domain/recommend/evaluate";
import { JobProgress } from "@/components/models/job-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pctOrDash = (x: number | null) => (x === null ? "–" : pct(x));
const days = (n: number) => (n === 1 ? "day" : n % 365 === 0 ? `${n / 365} year${n > 365 ? "s" : ""}` : `${n} days`);

/** Where the picks reach beyond what customers already know: new items, the newest line, other categories than the ones they bought in. */
function ReachTable({ reach }: { reach: ReachReport }) {
  return (
    <table className="w-full max-w-xl text-sm" aria-label="Reach">
      <caption className="mb-1 text-left text-xs text-muted-foreground">
        Same customers. New means first seen in the last {reach.newItemDays} days ({reach.newItemPurchases.toLocaleString()} of the hidden purchases); the new line is{" "}
        {reach.newLines.length ? `${reach.newLines.join(", ")} (${reach.newLinePurchases.toLocaleString()} hidden purchases)` : "none: no category started in that time"}. Popularity here is the last {reach.popularityDays} days&apos;.
      </caption>
      <thead className="text-left text-xs text-muted-foreground">
        <tr>
          <th className="p-1.5" />
          <th className="p-1.5">Found new items</th>
          <th className="p-1.5">Found the new line</th>
          <th className="p-1.5">Picks from categories already bought</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        <tr className="border-t font-medium" data-testid="reach-model">
          <td className="p-1.5">Your recommender</td>
          <td className="p-1.5">{pctOrDash(reach.model.newItemHit10)}</td>
          <td className="p-1.5">{pctOrDash(reach.model.newLineHit10)}</td>
          <td className="p-1.5">{pct(reach.model.sameCategoryShare)}</td>
        </tr>
        <tr className="border-t text-muted-foreground">
          <td className="p-1.5">Popularity</td>
          <td className="p-1.5">{pctOrDash(reach.popularity.newItemHit10)}</td>
          <td className="p-1.5">{pctOrDash(reach.popularity.newLineHit10)}</td>
          <td className="p-1.5">{pct(reach.popularity.sameCategoryShare)}</td>
        </tr>
        <tr className="border-t text-muted-foreground">
          <td className="p-1.5">What they really bought next</td>
          <td className="p-1.5" />
          <td className="p-1.5" />
          <td className="p-1.5">{pct(reach.nextPurchaseSameCategoryShare)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Train the recommender, see how it does against popularity, and look at a segment's picks. */
export function RecommenderPanel({ tenantSlug, canTrain }: { tenantSlug: string; canTrain: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runs = useQuery(trpc.catalog.runs.queryOptions());
  const segments = useQuery(trpc.catalog.segments.queryOptions());
  const [segmentId, setSegmentId] = useState("");
  const train = useMutation(trpc.catalog.train.mutationOptions());
  const picks = useQuery({ ...trpc.catalog.recommendations.queryOptions({ segmentId, k: 6 }), enabled: !!segmentId });
  const [customerId, setCustomerId] = useState("");
  const [lookup, setLookup] = useState("");
  const forCustomer = useQuery({ ...trpc.catalog.customerRecommendations.queryOptions({ externalId: lookup, k: 6 }), enabled: !!lookup, retry: false });
  const latest = runs.data?.find((r) => r.status === "ready");
  const e = latest?.evaluation;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recommendations</CardTitle>
        <CardDescription>
          Learned from your customers&apos; views, carts and purchases: what goes with what they bought, what others chose instead, what sells now in your shop, and product text for items nobody has bought yet, with a place kept
          for new arrivals. Training tunes it to your shop. Never out-of-stock items or what a customer already bought.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {canTrain && (
          <div className="flex items-center gap-3">
            <Button onClick={() => train.mutate()} disabled={train.isPending}>
              Train now
            </Button>
            {latest && <span className="text-sm text-muted-foreground">Last trained {new Date(latest.finishedAt ?? latest.createdAt).toLocaleString()} on {latest.events.toLocaleString()} events</span>}
          </div>
        )}
        {train.error && <Alert>{train.error.message}</Alert>}
        {train.data && (
          <JobProgress key={train.data.jobId} jobId={train.data.jobId} tenantSlug={tenantSlug} label="Training the recommender" onSettled={() => void queryClient.invalidateQueries({ queryKey: trpc.catalog.runs.queryKey() })} />
        )}
        {e ? (
          <div className="grid gap-4">
            <table className="w-full max-w-xl text-sm" aria-label="Evaluation">
              <caption className="mb-1 text-left text-xs text-muted-foreground">
                Leave-last-purchase-out on {e.model.customers.toLocaleString()} customers: their last purchase hidden, does it come back in the top 10?
              </caption>
              <thead className="text-left text-xs text-muted-foreground">
                <tr>
                  <th className="p-1.5" />
                  <th className="p-1.5">Precision@10</th>
                  <th className="p-1.5">Recall@10</th>
                  <th className="p-1.5">NDCG@10</th>
                  <th className="p-1.5">Coverage</th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                <tr className="border-t font-medium" data-testid="metrics-model">
                  <td className="p-1.5">Your recommender</td>
                  <td className="p-1.5">{pct(e.model.precision10)}</td>
                  <td className="p-1.5">{pct(e.model.recall10)}</td>
                  <td className="p-1.5">{e.model.ndcg10.toFixed(3)}</td>
                  <td className="p-1.5">{pct(e.model.coverage)}</td>
                </tr>
                <tr className="border-t text-muted-foreground">
                  <td className="p-1.5">Popularity</td>
                  <td className="p-1.5">{pct(e.popularity.precision10)}</td>
                  <td className="p-1.5">{pct(e.popularity.recall10)}</td>
                  <td className="p-1.5">{e.popularity.ndcg10.toFixed(3)}</td>
                  <td className="p-1.5">{pct(e.popularity.coverage)}</td>
                </tr>
              </tbody>
            </table>
            {e.reach && <ReachTable reach={e.reach} />}
            {e.content && (
              <p className="max-w-xl text-xs text-muted-foreground" data-testid="recommender-content">
                {e.content.embeddings
                  ? `What a product resembles is read from its text and by ${e.content.embeddings} on your model server, so similar products are found even when they share no word.`
                  : "What a product resembles is read from its name, description, category and tags. With an embedding model on your model server (BRANDSMITH_EMBED_MODEL), products that share no word are found too."}
              </p>
            )}
            {e.tuning?.calibrated && (
              <p className="max-w-xl text-xs text-muted-foreground" data-testid="recommender-tuning">
                Chosen for your shop from its own purchases: popularity fades by half every {days(e.tuning.halfLifeDays)}, a customer&apos;s own interests every {days(e.tuning.interestHalfLifeDays)}; {e.tuning.exploreSlots} of every 10 places go to something new in a
                customer&apos;s categories.
              </p>
            )}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Not trained yet. Import products, customers and events, then train.</p>
        )}
        <div className="grid gap-2">
          <Label htmlFor="recs-segment">Picks for a segment</Label>
          <Select id="recs-segment" className="max-w-xs" value={segmentId} onChange={(ev) => setSegmentId(ev.target.value)}>
            <option value="">Choose a segment…</option>
            {segments.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          {picks.data && picks.data.picks.length === 0 && <p className="text-sm text-muted-foreground">{picks.data.runId ? "No picks for this segment." : "Train the recommender first."}</p>}
          {picks.data && picks.data.picks.length > 0 && (
            <ol className="grid gap-1.5 text-sm" aria-label="Picks">
              {picks.data.picks.map((p) => (
                <li key={p.productId} className="rounded-md border p-2">
                  <span className="font-medium">{p.name}</span> <span className="text-muted-foreground">({p.category || "no category"})</span>
                  <span className="block text-xs text-muted-foreground">Because: {p.because}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <form
          className="grid gap-2"
          onSubmit={(ev) => {
            ev.preventDefault();
            setLookup(customerId.trim());
          }}
        >
          <Label htmlFor="recs-customer">Picks for one customer</Label>
          <div className="flex gap-2">
            <Input id="recs-customer" className="max-w-xs" value={customerId} onChange={(ev) => setCustomerId(ev.target.value)} placeholder="Customer ID from your data" />
            <Button type="submit" variant="outline" disabled={!customerId.trim()}>
              Show
            </Button>
          </div>
          {forCustomer.error && <Alert>{forCustomer.error.message}</Alert>}
          {forCustomer.data && (
            <ol className="grid gap-1.5 text-sm" aria-label="Customer picks">
              {forCustomer.data.picks.map((p) => (
                <li key={p.productId} className="rounded-md border p-2">
                  <span className="font-medium">{p.name}</span>
                  <span className="block text-xs text-muted-foreground">Because: {p.because}</span>
                </li>
              ))}
            </ol>
          )}
        </form>
      </CardContent>
    </Card>
  );
}
