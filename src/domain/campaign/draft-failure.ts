/**
 * Why a variant could not be written, in words a marketer reads on the
 * campaign page (the job keeps the server's own words for the details).
 * Every reason ends with what to do; the page offers "Try this variant again".
 */

export type GenerationEnd = "failed" | "cancelled";

const REASONS: readonly { test: RegExp; reason: string }[] = [
  {
    test: /blob \S+ not found|adapter file/i,
    reason: "This workspace's model could not be put on the model server: its adapter file is missing. Try again; if it fails again, an admin can rebuild the model version under Models.",
  },
  {
    test: /\bmodel\b.*\bnot found\b/i,
    reason: "The model server does not have this workspace's model, and it could not be put back. Try again; if it fails again, an admin can check Models.",
  },
  {
    test: /did not fit the expected structure/i,
    reason: "The model's answer was not a complete email, even after one correction. Try again: each attempt is written afresh.",
  },
  {
    test: /did not finish within|No answer from the model within|timed? ?out/i,
    reason: "The model took too long to answer. Try again, ideally when fewer drafts are being written.",
  },
  {
    test: /server busy|maximum pending requests/i,
    reason: "The model server was too busy to take this variant. Try again in a moment.",
  },
  {
    test: /Cannot reach Ollama|unreachable|ECONNREFUSED/i,
    reason: "The model server could not be reached. Try again once it is back.",
  },
  {
    test: /lease expired|stopped responding|process running this job exited|lost the job/i,
    reason: "The worker writing this variant stopped before it finished, on every attempt. Try again; if it keeps happening, tell your admin.",
  },
  {
    test: /ended without its final chunk|failed while answering|unexpected EOF/i,
    reason: "The model stopped in the middle of its answer, on every attempt. Try again.",
  },
];

export function draftFailureReason(end: GenerationEnd, error: string | null): string {
  if (end === "cancelled") return "Cancelled before it was written. Try it again whenever you like.";
  const known = error ? REASONS.find((r) => r.test.test(error)) : undefined;
  if (known) return known.reason;
  // Messages written for people (a deleted draft, a missing model server) read well as they are.
  if (error && /^(The|This|No) /.test(error) && error.length <= 300) return error;
  return "The model could not write this variant. Try again; the details below say what went wrong.";
}
