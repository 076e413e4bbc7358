import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { formatTime } from "./format";
import type { ServingEngine } from "./types";

/** One OpenAI-compatible engine (vLLM): the base it serves, whether it takes tenant adapters, which are registered. */
export function EngineCard({ engine }: { engine: ServingEngine }) {
  return (
    <Card data-testid="serving-engine">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-3">
          <CardTitle className="font-mono text-sm">{engine.url}</CardTitle>
          {engine.healthy ? <Badge variant="success">Reachable</Badge> : <Badge className="border-transparent bg-destructive/10 text-destructive">Unreachable</Badge>}
          {engine.checkedAt !== null && <span className="ml-auto text-xs text-muted-foreground">checked {formatTime(engine.checkedAt)}</span>}
        </div>
        {!engine.healthy && engine.lastError && <p className="text-sm text-destructive">{engine.lastError}</p>}
        {engine.healthy && engine.loraEnabled === false && (
          <p className="text-sm text-destructive" data-testid="lora-disabled">
            This engine was started without runtime LoRA loading, so versions with their own adapter cannot run on it. Start vLLM with{" "}
            <code className="font-mono text-xs">--enable-lora</code> and <code className="font-mono text-xs">VLLM_ALLOW_RUNTIME_LORA_UPDATING=True</code>.
          </p>
        )}
      </CardHeader>
      <CardContent className="grid gap-5">
        <dl className="grid grid-cols-3 gap-x-6 gap-y-2 text-sm">
          <Fact label="Engine version" value={engine.version ?? "—"} />
          <Fact label="Base model" value={engine.servedModel ?? "—"} />
          <Fact label="Tenant adapters" value={engine.loraEnabled === null ? "—" : engine.loraEnabled ? "Loaded at run time" : "Off"} />
          <Fact label="Sequences at once" value={String(engine.slots)} />
          <Fact label="In flight" value={String(engine.inFlight)} />
          <Fact label="Generations" value={String(engine.requests)} />
        </dl>
        <section aria-label={`Adapters on ${engine.url}`}>
          <h3 className="mb-1 text-xs font-medium text-muted-foreground">Registered adapters ({engine.adapters.length})</h3>
          {engine.adapters.length === 0 ? (
            <p className="text-sm text-muted-foreground">None yet. A version&apos;s adapter is registered when it is built or first used; the engine keeps the busiest on the GPU.</p>
          ) : (
            <ul className="flex flex-wrap gap-1">
              {engine.adapters.map((name) => (
                <li key={name}>
                  <Badge variant="secondary" className="font-mono">
                    {name}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </section>
      </CardContent>
    </Card>
  );
}
