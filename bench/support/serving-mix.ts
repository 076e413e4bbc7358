/**
 * The tenants and request mix bench:serving replays in every configuration:
 * 200 tenants, 120 of them with their own LoRA adapter, and a skewed stream
 * of generations (Zipf over tenants, s = 1.1): a few tenants send most of
 * the work, most send a little, as on a real shared deployment.
 */
import { createHash } from "node:crypto";
import { loraSafetensors } from "@/ai/openai/peft";
import { DEFAULT_SAMPLING, type TenantModelSpec } from "@/ai/tenant-model";
import { mulberry32 } from "../queue/stats";

export interface MixTenant {
  spec: TenantModelSpec;
  /** The adapter's bytes: a small LoRA safetensors file (zeros), distinct per tenant. */
  adapter: Uint8Array<ArrayBuffer> | null;
}

export function servingTenants(count: number, withAdapter: number, seed = 19): MixTenant[] {
  const random = mulberry32(seed);
  // Which tenants have adapters is shuffled, so popularity and adapters are independent.
  const adapterRanks = new Set(
    Array.from({ length: count }, (_, i) => i)
      .map((i) => ({ i, r: random() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, withAdapter)
      .map((x) => x.i),
  );
  return Array.from({ length: count }, (_, i) => {
    const adapter = adapterRanks.has(i) ? loraSafetensors(16, 8, ["q_proj", "v_proj"], `tenant ${i}`) : null;
    return {
      adapter,
      spec: {
        tenantSlug: `bench-t${i}`,
        version: 1,
        base: "qwen2.5:1.5b",
        system: `You write marketing email for tenant ${i}.`,
        sampling: DEFAULT_SAMPLING,
        examples: [],
        adapter: adapter ? { filename: `t${i}.safetensors`, digest: `sha256:${createHash("sha256").update(adapter).digest("hex")}` } : null,
      },
    };
  });
}

/** `requests` tenant indexes drawn from a Zipf(s) distribution over `count` tenants (index 0 the most popular). */
export function zipfRequests(count: number, requests: number, s: number, seed = 11): number[] {
  const random = mulberry32(seed);
  const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return Array.from({ length: requests }, () => {
    const u = random();
    const index = cumulative.findIndex((c) => c >= u);
    return index < 0 ? count - 1 : index;
  });
}
