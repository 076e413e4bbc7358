"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { uploadWithProgress } from "@/lib/upload-with-progress";
import { JobProgress, ProgressBar } from "./job-progress";
import { Textarea } from "./textarea";

const MAX_TEMPERATURE = 1.5;

/** Temperature as typed: empty means "keep the default", anything else must be a number in range. */
function parseTemperature(raw: string): { value?: number; problem?: string } {
  if (raw.trim() === "") return {};
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > MAX_TEMPERATURE) {
    return { problem: `Use a temperature between 0 (steady) and ${MAX_TEMPERATURE} (adventurous), or leave it empty for 0.7.` };
  }
  return { value };
}

export function BuildVersion({ tenantSlug, disabled }: { tenantSlug: string; disabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bases = useQuery(trpc.models.bases.queryOptions());
  const server = useQuery(trpc.models.configured.queryOptions());
  // vLLM loads PEFT safetensors adapters; Ollama GGUF ones.
  const safetensors = server.data?.engine === "openai";
  const [base, setBase] = useState<string | null>(null);
  const [temperature, setTemperature] = useState("");
  const [system, setSystem] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [adapterFile, setAdapterFile] = useState<File | null>(null);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.models.list.queryKey() });
  const create = useMutation(
    trpc.models.create.mutationOptions({
      onSuccess: async () => {
        setSystem("");
        await refreshList();
      },
    }),
  );

  const chosenBase = base ?? bases.data?.find((b) => b.default)?.name ?? bases.data?.[0]?.name ?? "";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTemperature(temperature);
    setProblem(parsed.problem ?? null);
    if (parsed.problem) return;
    let adapter: { digest: string; filename: string } | undefined;
    if (adapterFile) {
      try {
        setUploadPercent(0);
        const uploaded = await uploadWithProgress<{ digest: string; filename: string }>(
          `/api/adapters?tenant=${encodeURIComponent(tenantSlug)}&filename=${encodeURIComponent(adapterFile.name)}`,
          adapterFile,
          setUploadPercent,
        );
        adapter = { digest: uploaded.digest, filename: uploaded.filename };
      } catch (error) {
        setProblem((error as Error).message);
        return;
      } finally {
        setUploadPercent(null);
      }
    }
    create.mutate({ base: chosenBase || undefined, temperature: parsed.value, system: system.trim() || undefined, adapter });
  }

  const built = create.data;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Build a new version</CardTitle>
        <CardDescription>
          Each build is a new version on your model server. The active version keeps serving until you activate the new one.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {bases.error && <Alert>{bases.error.message}</Alert>}
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={disabled || create.isPending} className="grid gap-4">
            <div className="flex flex-wrap items-end gap-3">
              <div className="grid gap-2">
                <Label htmlFor="model-base">Base model</Label>
                {bases.data ? (
                  <Select id="model-base" value={chosenBase} onChange={(e) => setBase(e.target.value)} className="min-w-56">
                    {bases.data.map((b) => (
                      <option key={b.name} value={b.name}>
                        {b.label}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <Skeleton className="h-9 w-56" />
                )}
              </div>
              <div className="grid gap-2">
                <Label htmlFor="model-temperature">Temperature (optional)</Label>
                <Input
                  id="model-temperature"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={MAX_TEMPERATURE}
                  step={0.1}
                  placeholder="0.7"
                  value={temperature}
                  onChange={(e) => setTemperature(e.target.value)}
                  aria-invalid={!!problem}
                  aria-describedby="model-temperature-hint"
                  className="w-32"
                />
              </div>
              <p id="model-temperature-hint" className="pb-2 text-xs text-muted-foreground">
                0 is steady and repeatable, {MAX_TEMPERATURE} is adventurous.
              </p>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="model-system">System prompt (optional)</Label>
              <Textarea
                id="model-system"
                value={system}
                onChange={(e) => setSystem(e.target.value)}
                maxLength={8000}
                rows={4}
                placeholder="Leave empty to keep the current system prompt (or the default one for your first version)."
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="model-adapter">LoRA adapter (optional, {safetensors ? ".safetensors" : ".gguf"})</Label>
              <Input
                id="model-adapter"
                type="file"
                accept={safetensors ? ".safetensors" : ".gguf"}
                onChange={(e) => setAdapterFile(e.target.files?.[0] ?? null)}
                aria-describedby="model-adapter-hint"
              />
              <p id="model-adapter-hint" className="text-xs text-muted-foreground">
                {safetensors
                  ? "A fine-tuned PEFT adapter for the engine's base (adapter_model.safetensors). The engine serves it beside every other workspace's adapter, without a reload."
                  : "A fine-tuned adapter for the chosen base, converted to GGUF. It gets its own loaded runner on the model server."}
              </p>
              {uploadPercent !== null && <ProgressBar progress={{ percent: uploadPercent, message: "Uploading the adapter" }} label="Adapter upload" />}
            </div>
            <div>
              <Button type="submit" disabled={!chosenBase || uploadPercent !== null}>
                {uploadPercent !== null ? "Uploading…" : create.isPending ? "Starting build…" : "Build version"}
              </Button>
            </div>
          </fieldset>
        </form>
        {problem && <Alert>{problem}</Alert>}
        {create.error && <Alert>{create.error.message}</Alert>}
        {built && (
          <JobProgress
            key={built.jobId}
            jobId={built.jobId}
            tenantSlug={tenantSlug}
            label={`Building v${built.model.version}`}
            onSettled={() => void refreshList()}
            succeeded={`v${built.model.version} is ready on every reachable host. Activate it in the table below to put it to use.`}
          />
        )}
      </CardContent>
    </Card>
  );
}
