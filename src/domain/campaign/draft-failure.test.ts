import { expect, it } from "vitest";
import { draftFailureReason } from "./draft-failure";

it("says in words why a variant was not written, and what to do", () => {
  expect(draftFailureReason("cancelled", null)).toMatch(/^Cancelled before it was written/);
  expect(draftFailureReason("failed", "Ollama at http://127.0.0.1:11434 answered 400: blob sha256:0a1b not found")).toMatch(/adapter file is missing.*rebuild/);
  expect(draftFailureReason("failed", 'Ollama at http://h answered 404: model "brandsmith/acme:v2" not found, try pulling it first')).toMatch(/does not have this workspace's model/);
  expect(draftFailureReason("failed", "The model's answer did not fit the expected structure, even after one correction. blocks: Required")).toMatch(/not a complete email/);
  expect(draftFailureReason("failed", "The worker running this job stopped responding; its lease expired.")).toMatch(/stopped before it finished/);
  expect(draftFailureReason("failed", "No answer from the model within 120000 ms.")).toMatch(/too long/);
  expect(draftFailureReason("failed", "Ollama at http://h answered 503: server busy, please try again.  maximum pending requests exceeded")).toMatch(/too busy/);
});

it("keeps a message already written for people, and never leaves the reason empty", () => {
  expect(draftFailureReason("failed", "No model server is configured. Set OLLAMA_HOST and restart.")).toBe("No model server is configured. Set OLLAMA_HOST and restart.");
  expect(draftFailureReason("failed", "TypeError: cannot read properties of undefined")).toMatch(/could not write this variant\. Try again/);
  expect(draftFailureReason("failed", null)).toMatch(/could not write this variant/);
});
