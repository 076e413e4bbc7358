/** Browser tests against an app whose tenant models a multi-LoRA engine serves: MODEL_PROVIDER=openai with the vLLM double. */
import type { TestProject } from "vitest/node";
import { startApp } from "./app-setup";

export default function setup(project: TestProject) {
  return startApp(project, { provider: "openai" });
}
