"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ImageUp, Trash2 } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { EmailPreview } from "@/components/campaigns/email-preview";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import type { BrandKitSettings } from "@/domain/email/brand-kit";
import type { EmailContent } from "@/domain/email/content";
import { useTRPC } from "@/lib/trpc/client";

const SAMPLE: EmailContent = {
  subject: "A sample email in your brand kit",
  subjectAlternatives: [],
  preheader: "This is how your campaign emails will look in the inbox.",
  blocks: [
    { type: "heading", text: "Your headline here" },
    { type: "paragraph", text: "Body copy is set in your font stack and text colour. Buttons and links take your primary colour." },
    { type: "product", name: "A featured product", blurb: "Product cards show a name, price and short blurb.", price: "€24.00", url: "https://example.com/", imageUrl: "" },
  ],
  cta: { text: "Call to action", url: "https://example.com/" },
  signOff: "The team",
  legal: [],
};

const COLOURS = [
  ["primaryColor", "Primary (buttons, links)"],
  ["textColor", "Text"],
  ["backgroundColor", "Background"],
] as const;

/** The brand kit: logo, colours, font stack and footer every email is rendered with, with a live sample. */
export function BrandKitCard({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kit = useQuery(trpc.brand.kit.queryOptions());
  const [settings, setSettings] = useState<BrandKitSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.brand.kit.queryKey() });
  const save = useMutation(trpc.brand.saveKit.mutationOptions({ onSuccess: refresh }));
  const setLogo = useMutation(trpc.brand.setLogo.mutationOptions({ onSuccess: refresh }));
  const preview = useMutation(trpc.drafts.preview.mutationOptions());
  const previewMutate = preview.mutate;

  useEffect(() => {
    if (kit.data && !settings) setSettings(kit.data.settings);
  }, [kit.data, settings]);
  // The sample renders with the saved kit; it refreshes after each save.
  useEffect(() => {
    if (kit.data) previewMutate({ content: SAMPLE });
  }, [kit.data, previewMutate]);

  if (kit.error) return <Alert>{kit.error.message}</Alert>;
  if (!kit.data || !settings) return <Skeleton className="h-64" />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The schema's library loads on the first save, not with the brand page.
    const { BrandKitSettings } = await import("@/domain/email/brand-kit");
    const parsed = BrandKitSettings.safeParse(settings);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the brand kit.");
    setProblem(null);
    save.mutate({ settings: parsed.data });
  }

  async function onLogo(file: File | undefined) {
    if (!file) return;
    if (file.size > 512 * 1024) return setProblem("Logos are at most 512 KB. Export a smaller PNG (about 400 px wide is plenty for email).");
    setProblem(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    setLogo.mutate({ base64: btoa(binary) });
  }

  const error = problem ?? save.error?.message ?? setLogo.error?.message;
  const rendered = preview.data?.ok ? preview.data : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Brand kit</CardTitle>
        <CardDescription>How your emails look: logo, colours, font and footer. Every draft&apos;s preview and export uses it.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form onSubmit={onSubmit} className="grid content-start gap-4" aria-label="Brand kit">
          <div className="grid gap-2">
            <Label>Logo</Label>
            <div className="flex items-center gap-3">
              {kit.data.logo ? (
                <img src={kit.data.logo.dataUri} alt="Current logo" className="h-10 max-w-40 rounded border bg-white object-contain p-1" />
              ) : (
                <span className="text-sm text-muted-foreground">No logo: emails show your workspace name instead.</span>
              )}
              {canEdit && (
                <>
                  <input ref={fileInput} type="file" accept="image/png,image/jpeg,image/gif" className="sr-only" aria-label="Logo file" onChange={(e) => void onLogo(e.target.files?.[0])} />
                  <Button type="button" size="sm" variant="outline" onClick={() => fileInput.current?.click()} disabled={setLogo.isPending}>
                    <ImageUp /> {kit.data.logo ? "Replace" : "Upload"}
                  </Button>
                  {kit.data.logo && (
                    <Button type="button" size="sm" variant="ghost" onClick={() => setLogo.mutate({ base64: null })} disabled={setLogo.isPending} aria-label="Remove logo">
                      <Trash2 />
                    </Button>
                  )}
                </>
              )}
            </div>
            <p className="text-xs text-muted-foreground">PNG, JPEG or GIF up to 512 KB (email clients do not show SVG).</p>
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            {COLOURS.map(([key, label]) => (
              <div key={key} className="grid gap-1.5">
                <Label htmlFor={`kit-${key}`}>{label}</Label>
                <div className="flex items-center gap-2">
                  <input type="color" aria-label={`${label} picker`} value={settings[key]} disabled={!canEdit} onChange={(e) => setSettings({ ...settings, [key]: e.target.value.toUpperCase() })} className="h-9 w-10 rounded border" />
                  <Input id={`kit-${key}`} value={settings[key]} disabled={!canEdit} onChange={(e) => setSettings({ ...settings, [key]: e.target.value })} className="font-mono" />
                </div>
              </div>
            ))}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="kit-font">Font stack</Label>
            <Input id="kit-font" value={settings.fontStack} disabled={!canEdit} onChange={(e) => setSettings({ ...settings, fontStack: e.target.value })} />
            <p className="text-xs text-muted-foreground">Email clients use fonts installed on the reader&apos;s device; end with a generic family such as sans-serif.</p>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="kit-footer">Footer</Label>
            <textarea
              id="kit-footer"
              className="min-h-16 rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs disabled:opacity-60"
              value={settings.footer}
              disabled={!canEdit}
              onChange={(e) => setSettings({ ...settings, footer: e.target.value })}
              placeholder="Northwind Coffee · 1 Harbour Road, Leith EH6 6LX"
            />
            <p className="text-xs text-muted-foreground">Your postal address belongs here: anti-spam laws require it in marketing email.</p>
          </div>
          {error && <Alert>{error}</Alert>}
          {save.isSuccess && !save.isPending && <Alert tone="success">Brand kit saved.</Alert>}
          {canEdit && (
            <div>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? "Saving…" : "Save brand kit"}
              </Button>
            </div>
          )}
        </form>
        <div>
          {rendered ? <EmailPreview html={rendered.html} darkHtml={rendered.darkHtml} text={rendered.text} subject={SAMPLE.subject} preheader={SAMPLE.preheader} /> : <Skeleton className="h-[720px]" />}
        </div>
      </CardContent>
    </Card>
  );
}
