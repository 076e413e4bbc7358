"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { onRovingKeyDown } from "@/components/ui/roving";
import type { Brief, BriefInput } from "@/domain/campaign/brief";
import {
  CAMPAIGN_TYPES,
  CAMPAIGN_TYPE_LABELS,
  LENGTHS,
  LENGTH_WORDS,
  MAX_VARIANTS,
  TONES,
  TYPE_PRESETS,
  sendDateProblem,
  type CampaignType,
} from "@/domain/campaign/brief-options";
import { briefTooLong } from "@/domain/campaign/prompt";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

/** The schema (and its library, about 30 KB gzip) loads when the form is first used, not with the page. */
const briefSchema = () => import("@/domain/campaign/brief").then((module) => module.Brief);

type Draft = Required<Omit<BriefInput, "products">> & { products: { name: string; url: string; price: string; facts: string }[] };

function initial(type: CampaignType): Draft {
  const { keyMessageHint: _hint, ...preset } = TYPE_PRESETS[type];
  return { name: "", type, audience: "", offer: "", keyMessage: "", products: [], ctaUrl: "", sendDate: "", variants: 3, ...preset, tones: [...preset.tones] };
}

const textarea = "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs aria-invalid:border-destructive";

/**
 * The campaign brief. Choosing a type fills goal, tones, button text and
 * length with that type's defaults (only fields still at the previous
 * type's defaults change, so nothing typed is lost). Validated with the same
 * schema the server uses.
 */
export function BriefForm({ tenantSlug, campaignId, initialBrief }: { tenantSlug: string; campaignId?: string; initialBrief?: Brief }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [brief, setBrief] = useState<Draft>(() => (initialBrief ? { ...initialBrief, products: initialBrief.products.map((p) => ({ ...p })) } : initial("launch")));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation(trpc.campaigns.create.mutationOptions({ onSuccess: ({ campaignId: id }) => router.push(`/t/${tenantSlug}/campaigns/${id}`) }));
  const update = useMutation(
    trpc.campaigns.updateBrief.mutationOptions({
      onSuccess: () => {
        router.push(`/t/${tenantSlug}/campaigns/${campaignId}`);
        router.refresh();
      },
    }),
  );
  const saving = create.isPending || update.isPending;
  const serverError = create.error?.message ?? update.error?.message;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setBrief((b) => ({ ...b, [key]: value }));
    // An edited field's message goes away; the next submit checks again.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== key && !path.startsWith(`${String(key)}.`))));
  };

  function chooseType(type: CampaignType) {
    setBrief((b) => {
      const before = TYPE_PRESETS[b.type];
      const after = TYPE_PRESETS[type];
      const untouched = <K extends "goal" | "ctaText" | "length">(k: K) => b[k] === before[k] || !b[k];
      return {
        ...b,
        type,
        goal: untouched("goal") ? after.goal : b.goal,
        ctaText: untouched("ctaText") ? after.ctaText : b.ctaText,
        length: untouched("length") ? after.length : b.length,
        tones: b.tones.join() === before.tones.join() || b.tones.length === 0 ? [...after.tones] : b.tones,
      };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = (await briefSchema()).safeParse(brief);
    const found: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".");
        found[key] ??= issue.message;
      }
    } else {
      const date = sendDateProblem(parsed.data.sendDate, new Date().toISOString().slice(0, 10));
      if (date) found.sendDate = date;
      const long = briefTooLong(parsed.data);
      if (long) found.keyMessage = long;
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`brief-${first}`)?.focus();
      return;
    }
    if (campaignId) update.mutate({ campaignId, brief: parsed.data });
    else create.mutate({ brief: parsed.data });
  }

  const hint = TYPE_PRESETS[brief.type].keyMessageHint;
  return (
    <form onSubmit={submit} onFocusCapture={() => void briefSchema()} noValidate className="grid max-w-3xl gap-6" aria-label="Campaign brief">
      <Card>
        <CardHeader>
          <CardTitle>The campaign</CardTitle>
          <CardDescription>Pick a type to start from sensible defaults; change anything.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field id="name" label="Name" error={errors.name}>
            <Input id="brief-name" value={brief.name} onChange={(e) => set("name", e.target.value)} aria-invalid={!!errors.name} placeholder="Spring roast launch" autoFocus />
          </Field>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">Type</legend>
            {/* A radio group by the WAI-ARIA pattern: one tab stop (the checked type); arrows, Home and End choose. */}
            <div className="flex flex-wrap gap-2" role="radiogroup" aria-label="Campaign type" onKeyDown={(event) => onRovingKeyDown(event, CAMPAIGN_TYPES, brief.type, chooseType)}>
              {CAMPAIGN_TYPES.map((type) => (
                <button
                  type="button"
                  key={type}
                  role="radio"
                  aria-checked={brief.type === type}
                  tabIndex={brief.type === type ? 0 : -1}
                  onClick={() => chooseType(type)}
                  className={cn("rounded-full border px-3 py-1 text-sm", brief.type === type ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent")}
                >
                  {CAMPAIGN_TYPE_LABELS[type]}
                </button>
              ))}
            </div>
          </fieldset>
          <Field id="goal" label="Goal" error={errors.goal}>
            <textarea id="brief-goal" className={textarea} value={brief.goal} onChange={(e) => set("goal", e.target.value)} aria-invalid={!!errors.goal} />
          </Field>
          <Field id="audience" label="Audience" error={errors.audience} help="Who receives it, in your words (segments come with customer data).">
            <Input id="brief-audience" value={brief.audience} onChange={(e) => set("audience", e.target.value)} aria-invalid={!!errors.audience} placeholder="Subscribers who brew at home" />
          </Field>
          <Field id="offer" label="Offer (optional)" error={errors.offer}>
            <Input id="brief-offer" value={brief.offer} onChange={(e) => set("offer", e.target.value)} placeholder="15% off the first bag until 30 April" />
          </Field>
          <Field id="keyMessage" label="Key message" error={errors.keyMessage} help={hint}>
            <textarea id="brief-keyMessage" className={cn(textarea, "min-h-28")} value={brief.keyMessage} onChange={(e) => set("keyMessage", e.target.value)} aria-invalid={!!errors.keyMessage} />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Products</CardTitle>
          <CardDescription>Up to six. The model uses only the facts you give here: it will not invent prices or features.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {brief.products.length === 0 && <p className="text-sm text-muted-foreground">No products featured. Add one to get a product card in the email.</p>}
          {brief.products.map((product, index) => (
            <div key={index} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[2fr_1fr_2fr_auto]" role="group" aria-label={`Product ${index + 1}`}>
              <div className="grid gap-1">
                <Label htmlFor={`brief-products.${index}.name`}>Name</Label>
                <Input
                  id={`brief-products.${index}.name`}
                  value={product.name}
                  aria-invalid={!!errors[`products.${index}.name`]}
                  onChange={(e) => set("products", brief.products.map((p, i) => (i === index ? { ...p, name: e.target.value } : p)))}
                />
              </div>
              <div className="grid gap-1">
                <Label htmlFor={`brief-products.${index}.price`}>Price</Label>
                <Input id={`brief-products.${index}.price`} value={product.price} placeholder="€14.90" onChange={(e) => set("products", brief.products.map((p, i) => (i === index ? { ...p, price: e.target.value } : p)))} />
              </div>
              <div className="grid gap-1">
                <Label htmlFor={`brief-products.${index}.url`}>Link</Label>
                <Input
                  id={`brief-products.${index}.url`}
                  value={product.url}
                  placeholder="https://"
                  aria-invalid={!!errors[`products.${index}.url`]}
                  onChange={(e) => set("products", brief.products.map((p, i) => (i === index ? { ...p, url: e.target.value } : p)))}
                />
              </div>
              <Button type="button" variant="ghost" size="icon" className="self-end" aria-label={`Remove product ${index + 1}`} onClick={() => set("products", brief.products.filter((_, i) => i !== index))}>
                <Trash2 />
              </Button>
              <div className="grid gap-1 sm:col-span-4">
                <Label htmlFor={`brief-products.${index}.facts`}>Facts the email may use</Label>
                <textarea
                  id={`brief-products.${index}.facts`}
                  className={cn(textarea, "min-h-14")}
                  value={product.facts}
                  onChange={(e) => set("products", brief.products.map((p, i) => (i === index ? { ...p, facts: e.target.value } : p)))}
                />
              </div>
              {["name", "url", "facts"].map((f) => errors[`products.${index}.${f}`] && <p key={f} className="text-sm text-destructive sm:col-span-4">{errors[`products.${index}.${f}`]}</p>)}
            </div>
          ))}
          {errors.products && <p className="text-sm text-destructive">{errors.products}</p>}
          <div className="flex flex-wrap items-end gap-2">
            {brief.products.length < 6 && (
              <Button type="button" variant="outline" onClick={() => set("products", [...brief.products, { name: "", url: "", price: "", facts: "" }])}>
                <Plus /> Add a product
              </Button>
            )}
            <FromRecommendations
              onPick={(picked, segmentName) => {
                set("products", picked.slice(0, 6));
                if (!brief.audience.trim()) set("audience", segmentName);
              }}
            />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Voice and action</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">Tone (up to three)</legend>
            <div className="flex flex-wrap gap-2">
              {TONES.map((tone) => {
                const on = brief.tones.includes(tone);
                return (
                  <button
                    type="button"
                    key={tone}
                    aria-pressed={on}
                    onClick={() => set("tones", on ? brief.tones.filter((t) => t !== tone) : [...brief.tones, tone])}
                    className={cn("rounded-full border px-3 py-1 text-sm capitalize", on ? "border-primary bg-primary/10 text-primary" : "hover:bg-accent")}
                  >
                    {tone}
                  </button>
                );
              })}
            </div>
            {errors.tones && <p className="text-sm text-destructive">{errors.tones}</p>}
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="ctaText" label="Button text" error={errors.ctaText}>
              <Input id="brief-ctaText" value={brief.ctaText} onChange={(e) => set("ctaText", e.target.value)} aria-invalid={!!errors.ctaText} />
            </Field>
            <Field id="ctaUrl" label="Button link" error={errors.ctaUrl}>
              <Input id="brief-ctaUrl" value={brief.ctaUrl} onChange={(e) => set("ctaUrl", e.target.value)} aria-invalid={!!errors.ctaUrl} placeholder="https://shop.example.com/spring" inputMode="url" />
            </Field>
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="length" label="Length" error={errors.length}>
              <Select id="brief-length" value={brief.length} onChange={(e) => set("length", e.target.value as Draft["length"])}>
                {LENGTHS.map((l) => (
                  <option key={l} value={l}>
                    {l.charAt(0).toUpperCase() + l.slice(1)} ({LENGTH_WORDS[l].min}–{LENGTH_WORDS[l].max} words)
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="sendDate" label="Send date (optional)" error={errors.sendDate}>
              <Input id="brief-sendDate" type="date" value={brief.sendDate} onChange={(e) => set("sendDate", e.target.value)} aria-invalid={!!errors.sendDate} />
            </Field>
            <Field id="variants" label="Variants" error={errors.variants} help={`1–${MAX_VARIANTS}, each from a different angle`}>
              <Input id="brief-variants" type="number" min={1} max={MAX_VARIANTS} value={brief.variants} onChange={(e) => set("variants", Number(e.target.value))} aria-invalid={!!errors.variants} />
            </Field>
          </div>
        </CardContent>
      </Card>

      {serverError && <Alert>{serverError}</Alert>}
      {Object.keys(errors).length > 0 && <Alert>Some fields need attention: {Object.values(errors)[0]}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : campaignId ? "Save brief" : "Create campaign"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function Field({ id, label, error, help, children }: { id: string; label: string; error?: string; help?: string; children: ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={`brief-${id}`}>{label}</Label>
      {children}
      {help && !error && <p className="text-xs text-muted-foreground">{help}</p>}
      {error && (
        <p className="text-sm text-destructive" id={`brief-${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Fills the products from a segment's recommendations: catalog facts only, so the email cannot invent any. */
function FromRecommendations({ onPick }: { onPick: (products: Draft["products"], segmentName: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.catalog.segments.queryOptions());
  const [segmentId, setSegmentId] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!segments.data?.length) return null;
  async function use() {
    setProblem(null);
    setLoading(true);
    try {
      const recs = await queryClient.fetchQuery(trpc.catalog.recommendations.queryOptions({ segmentId, k: 6 }));
      if (recs.picks.length === 0) return setProblem(recs.runId ? "No recommendations for this segment yet." : "Train the recommender on the Audiences page first.");
      const name = segments.data?.find((s) => s.id === segmentId)?.name ?? "";
      onPick(
        recs.picks.map((p) => ({ name: p.name.slice(0, 120), url: p.url, price: p.price === null ? "" : `${p.price.toFixed(2)} ${p.currency}`.trim().slice(0, 40), facts: p.description.slice(0, 4_000) })),
        name,
      );
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setLoading(false);
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="grid gap-1">
        <Label htmlFor="brief-recs-segment">Or take the recommended products for</Label>
        <Select id="brief-recs-segment" value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">a segment…</option>
          {segments.data.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </div>
      <Button type="button" variant="outline" disabled={!segmentId || loading} onClick={() => void use()}>
        Use recommendations
      </Button>
      {problem && <p className="w-full text-sm text-destructive">{problem}</p>}
    </div>
  );
}
