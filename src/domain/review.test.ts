import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Role } from "./membership";
import { DEFAULT_POLICY, REVIEW_ACTIONS, TERMINAL, decide, policyProblem, type ReviewCommand, type ReviewState } from "./review";

const people: { userId: string; role: Role }[] = [
  { userId: "owner", role: "owner" },
  { userId: "admin", role: "admin" },
  { userId: "mara", role: "marketer" },
  { userId: "milo", role: "marketer" },
  { userId: "rita", role: "reviewer" },
  { userId: "remy", role: "reviewer" },
];
const fresh = (overrides: Partial<ReviewState> = {}): ReviewState => ({ status: "draft", version: 1, authorId: "mara", editorIds: [], approvals: [], score: 90, ...overrides });
const as = (userId: string, action: ReviewCommand["action"], state: ReviewState, reason?: string): ReviewCommand => ({
  action,
  actor: people.find((p) => p.userId === userId)!,
  version: state.version,
  reason,
});

describe("review state machine", () => {
  it("walks the happy path with requested changes", () => {
    let s = fresh();
    const step = (cmd: ReviewCommand) => {
      const result = decide(s, cmd, DEFAULT_POLICY);
      if (!result.ok) throw new Error(result.message);
      s = result.next;
      return result.event;
    };
    expect(step(as("mara", "submit", s))).toBe("draft.submitted");
    expect(step(as("rita", "request_changes", s, "Shorter subject"))).toBe("draft.changes_requested");
    expect(step(as("mara", "edit", s))).toBe("draft.edited");
    expect(step(as("mara", "submit", s))).toBe("draft.submitted");
    expect(step(as("rita", "approve", s))).toBe("draft.approved");
    expect(step(as("admin", "export", s))).toBe("draft.exported");
    expect(s).toMatchObject({ status: "exported", version: 7, approvals: ["rita"] });
  });

  it("refuses every action on a draft that could not be written, pointing at the retry", () => {
    const failed = fresh({ status: "failed" });
    for (const action of REVIEW_ACTIONS) {
      const result = decide(failed, as(action === "approve" || action === "reject" ? "rita" : "mara", action, failed, "Because"), DEFAULT_POLICY);
      expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/could not be written. Try it again/) });
    }
  });

  it("refuses self-approval, stale versions, empty reasons and the wrong roles with clear messages", () => {
    const inReview = fresh({ status: "in_review", editorIds: ["milo"] });
    expect(decide(inReview, as("mara", "approve", inReview), DEFAULT_POLICY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decide({ ...inReview, authorId: "owner" }, as("owner", "approve", inReview), DEFAULT_POLICY)).toMatchObject({ ok: false, message: /separation of duties/ });
    expect(decide(inReview, as("admin", "approve", inReview), DEFAULT_POLICY)).toMatchObject({ ok: true });
    expect(decide({ ...inReview, editorIds: ["admin", "milo"] }, as("admin", "approve", inReview), DEFAULT_POLICY)).toMatchObject({ ok: false, message: /You edited this draft/ });
    expect(decide(inReview, { ...as("rita", "approve", inReview), version: 0 }, DEFAULT_POLICY)).toMatchObject({ ok: false, code: "CONFLICT", message: /changed since you opened it/ });
    expect(decide(inReview, as("rita", "reject", inReview, "  "), DEFAULT_POLICY)).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(decide(inReview, as("mara", "reject", inReview, "no"), DEFAULT_POLICY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decide(fresh(), as("rita", "edit", fresh()), DEFAULT_POLICY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("needs the required number of distinct approvals and the minimum score", () => {
    const policy = { requiredApprovals: 2, minScore: 80 };
    const s0 = fresh({ status: "in_review" });
    const one = decide(s0, as("rita", "approve", s0), policy);
    expect(one).toMatchObject({ ok: true, event: "draft.approval_recorded", next: { status: "in_review", approvals: ["rita"] } });
    if (!one.ok) return;
    expect(decide(one.next, as("rita", "approve", one.next), policy)).toMatchObject({ ok: false, message: /already approved/ });
    expect(decide(one.next, as("remy", "approve", one.next), policy)).toMatchObject({ ok: true, next: { status: "approved" } });
    const low = fresh({ status: "in_review", score: 60 });
    expect(decide(low, as("rita", "approve", low), policy)).toMatchObject({ ok: false, message: /score is 60; this workspace approves from 80/ });
    expect(policyProblem({ requiredApprovals: 4, minScore: null })).toMatch(/1, 2 or 3/);
    expect(policyProblem({ requiredApprovals: 2, minScore: 101 })).toMatch(/0 to 100/);
  });

  it("excludes every editor of every round, however long ago they edited", () => {
    // Three people edit across two rounds; the last edit is milo's, but mara and admin edited earlier.
    let s = fresh({ authorId: "owner" });
    const run = (command: ReviewCommand) => {
      const result = decide(s, command, DEFAULT_POLICY);
      if (!result.ok) throw new Error(result.message);
      s = result.next;
    };
    run(as("mara", "edit", s));
    run(as("admin", "edit", s));
    run(as("admin", "submit", s));
    run(as("rita", "request_changes", s, "Shorter subject"));
    run(as("milo", "edit", s));
    run(as("milo", "submit", s));
    expect(s.editorIds).toEqual(["mara", "admin", "milo"]);
    for (const editor of ["mara", "admin", "milo"]) expect(decide(s, as(editor, "approve", s), DEFAULT_POLICY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decide(s, as("rita", "approve", s), DEFAULT_POLICY)).toMatchObject({ ok: true });
  });

  it("holds a minimum quality score too", () => {
    const s = fresh({ status: "in_review", qualityScore: 55 });
    const policy = { requiredApprovals: 1, minScore: null, minQuality: 70 };
    expect(decide(s, as("rita", "approve", s), policy)).toMatchObject({ ok: false, message: expect.stringMatching(/quality score is 55/) });
    const better = { ...s, qualityScore: 80 };
    expect(decide(better, as("rita", "approve", better), policy).ok).toBe(true);
    expect(policyProblem({ requiredApprovals: 1, minScore: null, minQuality: 120 })).toMatch(/quality score/);
  });

  it("never breaks its invariants under random actions by random people", () => {
    const command = fc.record({
      person: fc.constantFrom(...people),
      action: fc.constantFrom(...REVIEW_ACTIONS),
      stale: fc.boolean(),
      reason: fc.constantFrom("", "Needs a shorter subject", "   "),
    });
    const policy = fc.record({ requiredApprovals: fc.integer({ min: 1, max: 3 }), minScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), policy, fc.integer({ min: 0, max: 100 }), (commands, rules, score) => {
        let state = fresh({ score });
        const audit: string[] = [];
        for (const c of commands) {
          const before = state;
          const result = decide(state, { action: c.action, actor: c.person, version: c.stale ? state.version - 1 : state.version, reason: c.reason }, rules);
          if (!result.ok) continue;
          state = result.next;
          audit.push(result.event);
          // Every change is an event and a new version.
          expect(state.version).toBe(before.version + 1);
          // Terminal states are final (exporting again keeps an exported draft exported).
          if (TERMINAL.includes(before.status)) expect(state.status).toBe(before.status);
          if (c.action === "approve") {
            // Nobody approves what they asked for or ever edited; approvals count once and need the score.
            expect(c.person.userId).not.toBe(before.authorId);
            expect(before.editorIds).not.toContain(c.person.userId);
            expect(new Set(state.approvals).size).toBe(state.approvals.length);
            if (rules.minScore !== null) expect(score).toBeGreaterThanOrEqual(rules.minScore);
          }
          if (state.status === "approved" && before.status !== "approved") expect(state.approvals.length).toBeGreaterThanOrEqual(rules.requiredApprovals);
          if (c.action === "reject" || c.action === "request_changes") expect(c.reason.trim()).not.toBe("");
        }
        expect(audit.length).toBe(state.version - 1);
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });
});
