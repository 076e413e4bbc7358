/**
 * The review workflow as a pure state machine (ARCHITECTURE §7):
 *
 *   draft → in_review → (changes_requested → in_review)* → approved → exported
 *                     ↘ rejected
 *
 * Marketers (and admins, owners) edit and submit; reviewers, admins and
 * owners decide. Nobody approves a draft they asked for or ever edited; each
 * reviewer's approval counts once per round; approval can require several
 * approvals and a minimum compliance score. Every change checks the draft's
 * version, so a decision made on a stale view is refused, not applied.
 */
import type { Role } from "./membership";

/** "generating" until its job writes it; "failed" when that job ended without writing it (a retry makes it "generating" again). */
export const DRAFT_STATUSES = ["generating", "failed", "draft", "in_review", "changes_requested", "approved", "rejected", "exported"] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const REVIEW_ACTIONS = ["edit", "submit", "approve", "request_changes", "reject", "export"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ReviewPolicy {
  /** Distinct approvals needed (1–3). */
  requiredApprovals: number;
  /** Lowest compliance score that may be approved, or null for none. */
  minScore: number | null;
  /** Lowest quality-rubric score that may be approved, or null for none. */
  minQuality?: number | null;
}

export const DEFAULT_POLICY: ReviewPolicy = { requiredApprovals: 1, minScore: null, minQuality: null };

export interface ReviewState {
  status: DraftStatus;
  version: number;
  /** Who asked for the draft (generated drafts) or wrote it. */
  authorId: string | null;
  /** Everyone who ever saved a revision of the draft (empty while only the model wrote it). */
  editorIds: readonly string[];
  /** Reviewers who approved in the current round. */
  approvals: readonly string[];
  score: number | null;
  /** The quality rubric's score of the current revision (null before the rubric existed). */
  qualityScore?: number | null;
}

export interface ReviewActor {
  userId: string;
  role: Role;
}

export interface ReviewCommand {
  action: ReviewAction;
  actor: ReviewActor;
  /** The version the actor saw. */
  version: number;
  reason?: string;
}

export type Refusal = { ok: false; code: "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST"; message: string };
export type Transition = { ok: true; next: ReviewState; event: `draft.${string}` };

export const WRITERS: readonly Role[] = ["owner", "admin", "marketer"];
export const DECIDERS: readonly Role[] = ["owner", "admin", "reviewer"];
export const TERMINAL: readonly DraftStatus[] = ["rejected", "exported"];
/** Statuses in which a draft can still be edited (by a writer). */
export const EDITABLE: readonly DraftStatus[] = ["draft", "changes_requested"];

export function decide(state: ReviewState, command: ReviewCommand, policy: ReviewPolicy): Transition | Refusal {
  const { action, actor } = command;
  if (command.version !== state.version) {
    return refuse("CONFLICT", "This draft changed since you opened it. Reload to see the latest version, then decide again.");
  }
  if (state.status === "generating") return refuse("CONFLICT", "This draft is still being written.");
  if (state.status === "failed") return refuse("CONFLICT", "This draft could not be written. Try it again from its campaign page.");
  const writer = WRITERS.includes(actor.role);
  const decider = DECIDERS.includes(actor.role);
  const reason = command.reason?.trim() ?? "";
  const next = (changes: Partial<ReviewState>, event: `draft.${string}`): Transition => ({ ok: true, next: { ...state, ...changes, version: state.version + 1 }, event });

  switch (action) {
    case "edit":
      if (!writer) return refuse("FORBIDDEN", "Reviewers comment and decide; the author edits. Ask a marketer to make the change.");
      if (!EDITABLE.includes(state.status)) return refuse("CONFLICT", `This draft is ${label(state.status)} and cannot be edited now.`);
      return next({ editorIds: state.editorIds.includes(actor.userId) ? state.editorIds : [...state.editorIds, actor.userId] }, "draft.edited");
    case "submit":
      if (!writer) return refuse("FORBIDDEN", "Reviewers decide on drafts; a marketer or admin submits them.");
      if (!EDITABLE.includes(state.status)) return refuse("CONFLICT", `This draft is ${label(state.status)}; only drafts and drafts with requested changes can be submitted.`);
      return next({ status: "in_review", approvals: [] }, "draft.submitted");
    case "approve":
    case "request_changes":
    case "reject": {
      if (!decider) return refuse("FORBIDDEN", "Only reviewers, admins and owners decide on drafts.");
      if (state.status !== "in_review") return refuse("CONFLICT", `This draft is ${label(state.status)}, not in review.`);
      if (action === "request_changes") {
        if (!reason) return refuse("BAD_REQUEST", "Say what should change: the author sees your reason.");
        return next({ status: "changes_requested", approvals: [] }, "draft.changes_requested");
      }
      if (action === "reject") {
        if (!reason) return refuse("BAD_REQUEST", "Give a reason for rejecting: the author sees it.");
        return next({ status: "rejected", approvals: [] }, "draft.rejected");
      }
      if (actor.userId === state.authorId) return refuse("FORBIDDEN", "You asked for this draft, so someone else must approve it (separation of duties).");
      // Any edit, in any round, however long ago: an editor's words are in the draft.
      if (state.editorIds.includes(actor.userId)) return refuse("FORBIDDEN", "You edited this draft, so someone else must approve it (separation of duties).");
      if (state.approvals.includes(actor.userId)) return refuse("CONFLICT", "You already approved this draft; it needs another reviewer's approval.");
      if (policy.minScore !== null && (state.score ?? 0) < policy.minScore) {
        return refuse("CONFLICT", `The compliance score is ${state.score ?? 0}; this workspace approves from ${policy.minScore}. Request changes instead.`);
      }
      if (policy.minQuality != null && state.qualityScore != null && state.qualityScore < policy.minQuality) {
        return refuse("CONFLICT", `The quality score is ${state.qualityScore}; this workspace approves from ${policy.minQuality}. Request changes instead.`);
      }
      const approvals = [...state.approvals, actor.userId];
      if (approvals.length >= policy.requiredApprovals) return next({ status: "approved", approvals }, "draft.approved");
      return next({ approvals }, "draft.approval_recorded");
    }
    case "export":
      if (!writer) return refuse("FORBIDDEN", "Reviewers decide; a marketer, admin or owner exports.");
      if (state.status !== "approved" && state.status !== "exported") return refuse("CONFLICT", `Only approved drafts can be exported; this one is ${label(state.status)}.`);
      return next({ status: "exported" }, "draft.exported");
  }
}

export function label(status: DraftStatus): string {
  return status.replace("_", " ");
}

function refuse(code: Refusal["code"], message: string): Refusal {
  return { ok: false, code, message };
}

/** The policy's bounds, with the message the settings form shows. */
export function policyProblem(policy: ReviewPolicy): string | null {
  if (!Number.isInteger(policy.requiredApprovals) || policy.requiredApprovals < 1 || policy.requiredApprovals > 3) return "Require 1, 2 or 3 approvals.";
  if (policy.minScore !== null && (!Number.isInteger(policy.minScore) || policy.minScore < 0 || policy.minScore > 100)) return "The minimum score is a whole number from 0 to 100, or none.";
  if (policy.minQuality != null && (!Number.isInteger(policy.minQuality) || policy.minQuality < 0 || policy.minQuality > 100)) return "The minimum quality score is a whole number from 0 to 100, or none.";
  return null;
}
