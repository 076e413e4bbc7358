import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname, "src") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "workers/**/*.test.ts", "test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/database-setup.ts"],
          setupFiles: ["test/support/database-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One embedded Postgres shared by files; tests isolate by creating their own
          // tenants. Files run one at a time because the job queue is global: one
          // file's workers would otherwise claim another file's jobs.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          // Needs an app without a model server: it runs in e2e-builtin.
          exclude: ["e2e/brand-understanding.e2e.ts"],
          globalSetup: ["e2e/support/app-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The campaigns journey again, on an app with no model server: the builtin model writes; and brand understanding, read by the builtin model.
          name: "e2e-builtin",
          include: ["e2e/campaigns.e2e.ts", "e2e/brand-understanding.e2e.ts"],
          globalSetup: ["e2e/support/app-setup-builtin.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
      {
        extends: true,
        test: {
          // The models journey again, with tenant models served by a multi-LoRA engine (vLLM's protocol double) instead of Ollama.
          name: "e2e-vllm",
          include: ["e2e/models.e2e.ts"],
          globalSetup: ["e2e/support/app-setup-vllm.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
});
