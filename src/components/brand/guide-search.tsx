"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Input, Label } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";

/** Full-text search over the guides; matches marked, each with its document, section and page. */
export function GuideSearch() {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const results = useQuery({ ...trpc.brand.searchGuides.queryOptions({ query: deferred }), enabled: deferred.length > 1 });
  return (
    <div className="grid gap-2">
      <Label htmlFor="guide-search">Search the guides</Label>
      <Input id="guide-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. words we avoid" />
      {results.error && <p className="text-sm text-destructive">{results.error.message}</p>}
      {results.data && deferred.length > 1 && results.data.length === 0 && <p className="text-sm text-muted-foreground">No passage mentions that.</p>}
      {results.data && results.data.length > 0 && (
        <ol className="grid gap-2 text-sm" aria-label="Search results">
          {results.data.map((hit) => (
            <li key={hit.chunkId} className="rounded-md border p-2">
              <div className="mb-1 text-xs text-muted-foreground">
                {hit.filename}
                {hit.section && ` › ${hit.section}`}
                {hit.page !== null && ` · page ${hit.page}`}
              </div>
              <Snippet text={hit.snippet} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Renders «marked» words from ts_headline as <mark>, everything else as text (never as HTML). */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return <p>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="rounded bg-amber-100 px-0.5">{part}</mark> : part))}</p>;
}
