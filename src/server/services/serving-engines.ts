/**
 * The OpenAI-compatible engines (vLLM) for Settings → Model server: whether
 * each answers, the base it serves, whether it can load adapters at run time
 * (an engine started without --enable-lora is named here), which tenant
 * adapters are registered, and its traffic.
 */
import { getOpenAIProvider } from "@/server/models/provider";
import { providerSetting } from "@/server/models/selection";

export async function servingEnginesStatus() {
  const provider = getOpenAIProvider();
  if (!provider) return { configured: false as const, selected: false, engines: [] };
  const hosts = await Promise.race([provider.refresh(), new Promise<ReturnType<typeof provider.hosts>>((resolve) => setTimeout(() => resolve(provider.hosts()), 2_000).unref())]);
  return {
    configured: true as const,
    selected: providerSetting() === "openai",
    engines: hosts.map((h) => ({
      url: h.url,
      healthy: h.healthy,
      version: h.version,
      servedModel: h.servedModel,
      loraEnabled: h.loraEnabled,
      adapters: h.adapters,
      slots: h.slots,
      // Every process's requests (the workers send them), through the shared reports.
      inFlight: h.sharedInFlight,
      requests: h.requests,
      lastError: h.lastError,
      checkedAt: h.checkedAt,
    })),
  };
}
