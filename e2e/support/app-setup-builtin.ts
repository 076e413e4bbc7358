/** Browser tests against an app with no model server: MODEL_PROVIDER=builtin (issue: the main job works on a fresh machine). */
import type { TestProject } from "vitest/node";
import { startApp } from "./app-setup";

export default function setup(project: TestProject) {
  return startApp(project, { provider: "builtin" });
}
