"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { EngineCard } from "./engine-card";
import { HostCard } from "./host-card";
import { PullBaseModel } from "./pull-base-model";

export function ModelServerSettings({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const server = useQuery({ ...trpc.models.server.queryOptions(), refetchInterval: 5_000, staleTime: 0 });
  const engines = useQuery({ ...trpc.models.engines.queryOptions(), refetchInterval: 5_000, staleTime: 0 });

  return (
    <div className="grid max-w-5xl gap-6">
      <PageHeader
        title="Model server"
        description="The Ollama hosts and multi-LoRA engines that run your models: whether they answer, how busy they are, what they hold, and how often a request found its model loaded. Each model goes to the same host every time (another when that host is down or busy), so it is loaded once, not on every host."
      />
      {server.data && (
        <Alert tone={server.data.writer.active === "builtin" ? "info" : "success"} data-testid="active-provider">
          <strong>{server.data.writer.active === "builtin" ? "Writing with the builtin model." : "Writing with your model on the model server."}</strong> {server.data.writer.note}{" "}
          <span className="text-xs text-muted-foreground">(MODEL_PROVIDER={server.data.writer.setting})</span>
        </Alert>
      )}
      {engines.data?.configured && (
        <section aria-label="Multi-LoRA engines" className="grid gap-4">
          <h2 className="text-sm font-medium">
            Multi-LoRA engines (vLLM){engines.data.selected ? " — writing your drafts" : " — configured, not selected (MODEL_PROVIDER=openai selects them)"}
          </h2>
          {engines.data.engines.map((engine) => (
            <EngineCard key={engine.url} engine={engine} />
          ))}
        </section>
      )}
      {server.error ? (
        <Alert>{server.error.message}</Alert>
      ) : !server.data ? (
        <Skeleton className="h-48" />
      ) : !server.data.configured && engines.data?.selected ? null : !server.data.configured ? (
        <Alert tone="info" className="grid gap-2">
          <p>{server.data.message}</p>
          <p>
            Set <code className="font-mono text-xs">OLLAMA_HOST</code> in the environment of the web server and the workers, for
            example:
          </p>
          <pre className="overflow-auto rounded bg-card px-2 py-1 text-xs">OLLAMA_HOST=http://localhost:11434</pre>
          <p className="text-xs text-muted-foreground">
            Several hosts: separate them with commas, and add <code className="font-mono">|N</code> after a URL for its parallel
            slots, e.g. <code className="font-mono">OLLAMA_HOST=&quot;http://gpu1:11434|4, http://gpu2:11434|2&quot;</code>.
          </p>
        </Alert>
      ) : (
        <>
          <div className="grid gap-4">
            {server.data.hosts.map((host) => (
              <HostCard key={host.url} host={host} />
            ))}
          </div>
          <PullBaseModel tenantSlug={tenantSlug} bases={server.data.bases} hosts={server.data.hosts} />
        </>
      )}
    </div>
  );
}
