import { expect, it } from "vitest";
import { ModelError } from "@/ai/errors";
import { DeferJobError, NonRetryableError } from "@/server/queue/errors";
import { endsTheJob } from "./registry";

const attempt = (attempt: number, aborted = false) => {
  const controller = new AbortController();
  if (aborted) controller.abort();
  return { attempt, maxAttempts: 4, signal: controller.signal };
};

it("ends the job as the runner does: a non-retryable error, or an error on the last attempt", () => {
  expect(endsTheJob(new NonRetryableError("bad input"), attempt(1))).toBe(true);
  expect(endsTheJob(new ModelError("bad_request", "blob not found"), attempt(1))).toBe(true);
  expect(endsTheJob(new ModelError("busy", "server busy"), attempt(1))).toBe(false);
  expect(endsTheJob(new ModelError("busy", "server busy"), attempt(4))).toBe(true);
  expect(endsTheJob(new Error("anything"), attempt(3))).toBe(false);
});

it("leaves deferrals, cancellations and stopping workers to the queue", () => {
  expect(endsTheJob(new DeferJobError("model server down", 1_000), attempt(4))).toBe(false);
  expect(endsTheJob(new ModelError("aborted", "cancelled"), attempt(4, true))).toBe(false);
});
