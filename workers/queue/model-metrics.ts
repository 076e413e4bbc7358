import client from "prom-client";
import type { GenerationResult } from "@/ai/types";

/** Per-model generation speed, in the worker's registry (WORKER_METRICS_PORT). */
const registry = client.register;
const ttft = new client.Histogram({
  name: "model_time_to_first_token_seconds",
  help: "Request sent to first token received, by model",
  labelNames: ["model"] as const,
  buckets: [0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
  registers: [registry],
});
const tokensPerSecond = new client.Histogram({
  name: "model_tokens_per_second",
  help: "Completion tokens per second of eval time (Ollama's eval_count / eval_duration), by model",
  labelNames: ["model"] as const,
  buckets: [1, 5, 10, 20, 40, 80, 160, 320],
  registers: [registry],
});

export function recordGenerationMetrics(result: GenerationResult) {
  ttft.observe({ model: result.model }, result.timeToFirstTokenMs / 1000);
  if (result.evalDurationMs > 0) tokensPerSecond.observe({ model: result.model }, result.completionTokens / (result.evalDurationMs / 1000));
}
