"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { describeRule } from "@/domain/catalog/segment-words";
import type { SegmentRule } from "@/domain/catalog/segments";
import { useTRPC } from "@/lib/trpc/client";

const NEW_RULES: Record<SegmentRule["type"], SegmentRule> = {
  attribute: { type: "attribute", key: "", op: "equals", value: "" },
  bought_category: { type: "bought_category", category: "", days: 90 },
  spend_over: { type: "spend_over", amount: 100, days: 365 },
  never_purchased: { type: "never_purchased" },
  active_within: { type: "active_within", days: 30 },
};
const RULE_LABELS: Record<SegmentRule["type"], string> = {
  attribute: "Attribute",
  bought_category: "Bought from a category",
  spend_over: "Spent over",
  never_purchased: "Never purchased",
  active_within: "Active recently",
};

/** Segments: rules over attributes and behaviour, all of which must hold, with a live member count. */
export function SegmentBuilder({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const summary = useQuery(trpc.catalog.summary.queryOptions());
  const products = useQuery(trpc.catalog.products.queryOptions({ limit: 1 }));
  const list = useQuery(trpc.catalog.segments.queryOptions());
  const [name, setName] = useState("");
  const [rules, setRules] = useState<SegmentRule[]>([]);
  const [debounced, setDebounced] = useState<SegmentRule[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(rules), 300);
    return () => clearTimeout(timer);
  }, [rules]);
  const preview = useQuery({ ...trpc.catalog.previewSegment.queryOptions({ rules: { all: debounced } }), retry: false });
  const save = useMutation(
    trpc.catalog.saveSegment.mutationOptions({
      onSuccess: () => {
        setName("");
        setRules([]);
        void queryClient.invalidateQueries({ queryKey: trpc.catalog.segments.queryKey() });
      },
    }),
  );
  const remove = useMutation(trpc.catalog.deleteSegment.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.catalog.segments.queryKey() }) }));
  const set = (i: number, rule: SegmentRule) => setRules(rules.map((r, j) => (j === i ? rule : r)));
  const categories = products.data?.categories ?? [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Segments</CardTitle>
        <CardDescription>Who a campaign is for. A customer is in the segment when every rule holds.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {list.data && list.data.length > 0 && (
          <ul className="grid gap-2 text-sm" aria-label="Segments">
            {list.data.map((s) => (
              <li key={s.id} className="flex items-center gap-2 rounded-md border p-2">
                <span className="font-medium">{s.name}</span>
                <span className="text-muted-foreground">
                  {s.members.toLocaleString()} customers · {s.rules.all.length ? s.rules.all.map(describeRule).join("; ") : "everyone"}
                </span>
                {canEdit && (
                  <Button size="icon" variant="ghost" className="ml-auto" aria-label={`Delete segment ${s.name}`} onClick={() => remove.mutate({ segmentId: s.id })}>
                    <Trash2 />
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <form
            className="grid gap-3 rounded-md border p-3"
            aria-label="New segment"
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate({ name, rules: { all: rules } });
            }}
          >
            <div className="grid gap-1">
              <Label htmlFor="segment-name">Segment name</Label>
              <Input id="segment-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Coffee lovers" />
            </div>
            {rules.map((rule, i) => (
              <div key={i} className="flex flex-wrap items-end gap-2 text-sm" role="group" aria-label={`Rule ${i + 1}`}>
                <span className="pb-2 font-medium">{RULE_LABELS[rule.type]}</span>
                {rule.type === "attribute" && (
                  <>
                    <Select aria-label="Attribute" value={rule.key} onChange={(e) => set(i, { ...rule, key: e.target.value })}>
                      <option value="">Choose…</option>
                      {summary.data?.attributeKeys.map((k) => <option key={k}>{k}</option>)}
                    </Select>
                    <Select aria-label="Comparison" value={rule.op} onChange={(e) => set(i, { ...rule, op: e.target.value as "equals" | "contains" })}>
                      <option value="equals">is</option>
                      <option value="contains">contains</option>
                    </Select>
                    <Input aria-label="Value" className="w-40" value={rule.value} onChange={(e) => set(i, { ...rule, value: e.target.value })} />
                  </>
                )}
                {rule.type === "bought_category" && (
                  <>
                    <Select aria-label="Category" value={rule.category} onChange={(e) => set(i, { ...rule, category: e.target.value })}>
                      <option value="">Choose…</option>
                      {categories.map((c) => <option key={c.category}>{c.category}</option>)}
                    </Select>
                    <span className="pb-2">in the last</span>
                    <Input aria-label="Days" type="number" className="w-20" value={rule.days} onChange={(e) => set(i, { ...rule, days: Number(e.target.value) })} />
                    <span className="pb-2">days</span>
                  </>
                )}
                {rule.type === "spend_over" && (
                  <>
                    <Input aria-label="Amount" type="number" className="w-24" value={rule.amount} onChange={(e) => set(i, { ...rule, amount: Number(e.target.value) })} />
                    <span className="pb-2">in the last</span>
                    <Input aria-label="Days" type="number" className="w-20" value={rule.days} onChange={(e) => set(i, { ...rule, days: Number(e.target.value) })} />
                    <span className="pb-2">days</span>
                  </>
                )}
                {rule.type === "active_within" && (
                  <>
                    <span className="pb-2">in the last</span>
                    <Input aria-label="Days" type="number" className="w-20" value={rule.days} onChange={(e) => set(i, { ...rule, days: Number(e.target.value) })} />
                    <span className="pb-2">days</span>
                  </>
                )}
                <Button type="button" size="icon" variant="ghost" aria-label={`Remove rule ${i + 1}`} onClick={() => setRules(rules.filter((_, j) => j !== i))}>
                  <Trash2 />
                </Button>
              </div>
            ))}
            <div className="flex flex-wrap gap-2">
              {(Object.keys(NEW_RULES) as SegmentRule["type"][]).map((type) => (
                <Button key={type} type="button" size="sm" variant="outline" onClick={() => setRules([...rules, NEW_RULES[type]])}>
                  <Plus /> {RULE_LABELS[type]}
                </Button>
              ))}
            </div>
            <p className="text-sm" aria-live="polite" data-testid="segment-count">
              {preview.error ? <span className="text-destructive">{preview.error.message}</span> : preview.data ? `${preview.data.members.toLocaleString()} customers match` : "Counting…"}
            </p>
            {save.error && <Alert>{save.error.message}</Alert>}
            <Button type="submit" className="justify-self-start" disabled={save.isPending || !name.trim()}>
              Save segment
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
