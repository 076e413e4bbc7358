"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileText, Upload } from "lucide-react";
import { useState, type DragEvent } from "react";
import { ProgressBar } from "@/components/models/job-progress";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useTRPC } from "@/lib/trpc/client";
import { uploadWithProgress } from "@/lib/upload-with-progress";
import { cn } from "@/lib/utils";
import { GuideSearch } from "./guide-search";

const STATUS: Record<string, { label: string; variant: "secondary" | "success" | "outline" }> = {
  pending: { label: "Queued", variant: "secondary" },
  processing: { label: "Reading…", variant: "secondary" },
  ready: { label: "Ready", variant: "success" },
  failed: { label: "Failed", variant: "outline" },
};

export function BrandGuides({ tenantSlug, canUpload }: { tenantSlug: string; canUpload: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const guides = useQuery({
    ...trpc.brand.guides.queryOptions(),
    refetchInterval: (query) => (query.state.data?.some((g) => g.status === "pending" || g.status === "processing") ? 1_500 : false),
  });
  const remove = useMutation(trpc.brand.deleteGuide.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.brand.guides.queryKey() }) }));
  const [upload, setUpload] = useState<{ name: string; percent: number } | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string; readAs?: { file: File; kind: string } } | null>(null);
  const [dragging, setDragging] = useState(false);

  async function send(files: FileList | File[], readAsDetected = false) {
    setMessage(null);
    for (const file of Array.from(files)) {
      setUpload({ name: file.name, percent: 0 });
      try {
        const result = await uploadWithProgress<{ duplicate: boolean }>(
          `/api/brand/guides?tenant=${encodeURIComponent(tenantSlug)}&filename=${encodeURIComponent(file.name)}${readAsDetected ? "&readAsDetected=1" : ""}`,
          file,
          (percent) => setUpload({ name: file.name, percent }),
        );
        if (result.duplicate) setMessage({ tone: "info", text: `${file.name} is already here (same content), so it was not added again.` });
      } catch (error) {
        const readAs = (error as { body?: { readAs?: string } }).body?.readAs;
        setMessage({ tone: "error", text: (error as Error).message, readAs: readAs ? { file, kind: readAs } : undefined });
      }
    }
    setUpload(null);
    await queryClient.invalidateQueries({ queryKey: trpc.brand.guides.queryKey() });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (canUpload && event.dataTransfer.files.length) void send(event.dataTransfer.files);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Brand guides</CardTitle>
        <CardDescription>PDF, Word (.docx), Markdown, text or HTML. Brandsmith reads them into searchable passages, each with its section and page.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {canUpload && (
          <label
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cn("flex cursor-pointer flex-col items-center gap-2 rounded-md border-2 border-dashed p-6 text-sm text-muted-foreground", dragging && "border-primary bg-primary/5")}
          >
            <Upload className="size-5" aria-hidden />
            <span>Drop guides here, or choose files</span>
            <input type="file" multiple aria-label="Brand guide files" className="sr-only" accept=".pdf,.docx,.md,.markdown,.txt,.html,.htm" onChange={(e) => e.target.files && void send(e.target.files)} />
          </label>
        )}
        {upload && <ProgressBar progress={{ percent: upload.percent, message: `Uploading ${upload.name}` }} label="Guide upload" />}
        {message && (
          <Alert tone={message.tone} className="grid gap-2">
            <p>{message.text}</p>
            {message.readAs && (
              <Button size="sm" variant="outline" className="justify-self-start" onClick={() => void send([message.readAs!.file], true)}>
                Read it as {message.readAs.kind === "markdown" ? "Markdown" : message.readAs.kind === "html" ? "HTML" : "text"}
              </Button>
            )}
          </Alert>
        )}
        {guides.error && <Alert>{guides.error.message}</Alert>}
        {remove.error && <Alert>{remove.error.message}</Alert>}
        {guides.data && guides.data.length === 0 && (
          <p className="text-sm text-muted-foreground">{canUpload ? "No guides yet. Upload your brand guide to start." : "No guides yet. An owner or admin can upload them."}</p>
        )}
        {guides.data && guides.data.length > 0 && (
          <ul className="divide-y text-sm">
            {guides.data.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-3 py-2">
                <FileText className="size-4 text-muted-foreground" aria-hidden />
                <a className="min-w-48 flex-1 font-medium text-primary hover:underline" href={`/api/brand/guides/${g.id}?tenant=${encodeURIComponent(tenantSlug)}`}>
                  {g.filename}
                </a>
                <span className="text-xs uppercase text-muted-foreground">{g.kind}</span>
                <Badge variant={STATUS[g.status]?.variant ?? "secondary"}>{STATUS[g.status]?.label ?? g.status}</Badge>
                {g.status === "ready" && (
                  <span className="text-xs text-muted-foreground">
                    {g.chunks} passages{g.pages ? ` · ${g.pages} pages` : ""}
                  </span>
                )}
                {g.status === "failed" && <span className="w-full text-xs text-destructive">{g.error}</span>}
                {canUpload && (
                  <Button variant="ghost" size="sm" onClick={() => remove.mutate({ guideId: g.id })} disabled={remove.isPending} aria-label={`Delete ${g.filename}`}>
                    Delete
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {guides.data?.some((g) => g.status === "ready") && <GuideSearch />}
      </CardContent>
    </Card>
  );
}
