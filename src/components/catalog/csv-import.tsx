"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, Upload } from "lucide-react";
import { useState } from "react";
import { JobProgress, ProgressBar } from "@/components/models/job-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import type { FieldSpec, ImportKind, Mapping } from "@/domain/catalog/rows";
import { useTRPC } from "@/lib/trpc/client";
import { uploadWithProgress } from "@/lib/upload-with-progress";

interface Uploaded {
  importId: string;
  delimiter: string;
  header: string[];
  preview: string[][];
  mapping: Mapping;
  fields: FieldSpec[];
}

const TITLES: Record<ImportKind, { title: string; description: string }> = {
  products: { title: "Import products", description: "A CSV with sku and name, plus description, price, currency, url, image_url, category, tags and in_stock if you have them. Existing SKUs are updated." },
  customers: { title: "Import customers", description: "A CSV with a customer ID, plus email and name; any other column becomes an attribute you can segment on. Existing IDs are updated." },
  events: { title: "Import events", description: "A CSV of what customers did: customer ID, sku, event (view, cart or purchase), timestamp and quantity. Import products and customers first." },
};

const DELIMITER_NAMES: Record<string, string> = { ",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes" };

/** Upload → map the columns (with a preview) → import as a job with progress → result and error report. */
export function CsvImport({ tenantSlug, kind, canImport }: { tenantSlug: string; kind: ImportKind; canImport: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [mode, setMode] = useState<"all" | "valid">("all");
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const imports = useQuery(trpc.catalog.imports.queryOptions({ kind }));
  const start = useMutation(trpc.catalog.startImport.mutationOptions({ onSuccess: ({ jobId: id }) => setJobId(id) }));
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.catalog.imports.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc.catalog.products.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc.catalog.summary.queryKey() })]);

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setUploaded(null);
    setJobId(null);
    setUploading(0);
    try {
      const result = await uploadWithProgress<Uploaded>(`/api/catalog/imports?tenant=${encodeURIComponent(tenantSlug)}&kind=${kind}&filename=${encodeURIComponent(file.name)}`, file, setUploading);
      setUploaded(result);
      setMapping(result.mapping);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(null);
    }
  }

  const latest = imports.data?.[0];
  const { title, description } = TITLES[kind];
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {canImport && (
          <label className="flex cursor-pointer items-center justify-center gap-2 rounded-md border-2 border-dashed p-4 text-sm text-muted-foreground hover:bg-muted/50">
            <Upload className="size-4" aria-hidden /> Choose a CSV file
            <input type="file" accept=".csv,text/csv,text/plain" className="sr-only" aria-label={`${kind} CSV file`} onChange={(e) => void choose(e.target.files?.[0])} />
          </label>
        )}
        {uploading !== null && <ProgressBar progress={{ percent: uploading, message: "Uploading" }} label="Upload" />}
        {error && <Alert>{error}</Alert>}
        {uploaded && !jobId && (
          <div className="grid gap-3" data-testid={`mapping-${kind}`}>
            <p className="text-sm text-muted-foreground">
              Columns separated by {DELIMITER_NAMES[uploaded.delimiter] ?? uploaded.delimiter}. Check which column holds what; required fields are marked.
            </p>
            <div className="grid gap-2 sm:grid-cols-2">
              {uploaded.fields.map((field) => (
                <div key={field.field} className="grid gap-1">
                  <Label htmlFor={`map-${kind}-${field.field}`}>
                    {field.label}
                    {field.required ? " *" : ""}
                  </Label>
                  <Select
                    id={`map-${kind}-${field.field}`}
                    value={mapping[field.field] ?? ""}
                    onChange={(e) => setMapping({ ...mapping, [field.field]: e.target.value === "" ? null : Number(e.target.value) })}
                  >
                    <option value="">{field.required ? "Choose a column" : "Not in the file"}</option>
                    {uploaded.header.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `Column ${i + 1}`}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
            </div>
            <div className="overflow-auto rounded-md border" tabIndex={0} role="region" aria-label="File preview (scrolls)">
              <table className="w-full text-xs" aria-label="Preview">
                <thead className="bg-muted/50 text-left">
                  <tr>{uploaded.header.map((h, i) => <th key={i} className="p-1.5">{h}</th>)}</tr>
                </thead>
                <tbody>
                  {uploaded.preview.map((row, r) => (
                    <tr key={r} className="border-t">
                      {uploaded.header.map((_, i) => (
                        <td key={i} className="max-w-48 truncate p-1.5">
                          {row[i] ?? ""}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <fieldset className="grid gap-1 text-sm">
              <legend className="font-medium">If some rows have errors</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name={`mode-${kind}`} checked={mode === "all"} onChange={() => setMode("all")} /> Import nothing, and show me the errors
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name={`mode-${kind}`} checked={mode === "valid"} onChange={() => setMode("valid")} /> Import the valid rows, and show me the rest
              </label>
            </fieldset>
            {start.error && <Alert>{start.error.message}</Alert>}
            <Button className="justify-self-start" onClick={() => start.mutate({ importId: uploaded.importId, mapping, mode })} disabled={start.isPending}>
              Import
            </Button>
          </div>
        )}
        {jobId && <JobProgress key={jobId} jobId={jobId} tenantSlug={tenantSlug} label={`Importing ${kind}`} onSettled={() => void refresh()} />}
        {latest && (latest.status === "done" || latest.status === "failed") && (
          <Alert tone={latest.status === "done" ? "success" : "error"} data-testid={`import-result-${kind}`}>
            <p>
              {latest.filename}:{" "}
              {latest.status === "done"
                ? `${latest.stats?.inserted ?? 0} new, ${latest.stats?.updated ?? 0} updated${latest.stats?.invalid ? `, ${latest.stats.invalid} rows with errors left out` : ""}.`
                : (latest.message ?? "The import failed.")}
            </p>
            {!!latest.stats?.invalid && (
              <a className="mt-1 inline-flex items-center gap-1 text-primary underline" href={`/api/catalog/imports/${latest.id}?tenant=${encodeURIComponent(tenantSlug)}`}>
                <Download className="size-3.5" /> Error report (row, column, reason)
              </a>
            )}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
