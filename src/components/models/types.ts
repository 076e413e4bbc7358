import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/router";

type ModelsOutputs = inferRouterOutputs<AppRouter>["models"];

/** One row of `models.list`: a version with its Modelfile and usage. */
export type ModelVersion = ModelsOutputs["list"][number];
export type BaseModelOption = ModelsOutputs["bases"][number];
export type ModelServerStatus = ModelsOutputs["server"];
export type ModelHost = Extract<ModelServerStatus, { configured: true }>["hosts"][number];
export type ServingEngine = ModelsOutputs["engines"]["engines"][number];
