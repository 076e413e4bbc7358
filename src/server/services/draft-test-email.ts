/**
 * "Send a test": the draft's current revision, rendered exactly as it is
 * exported (the brand kit, HTML and plain text), mailed to the sender or up
 * to five addresses by the workers through SMTP, and recorded in the
 * draft's history (its audit trail).
 */
import { and, eq } from "drizzle-orm";
import { emailProblem } from "@/domain/password";
import { normalizeEmail } from "@/domain/invitation";
import { drafts } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, conflict, notFound } from "./errors";
import { isMailConfigured } from "./mailer";

export const TEST_EMAIL_JOB = "email.test";
export const MAX_TEST_RECIPIENTS = 5;

export async function sendTestEmail(ctx: ServiceContext, draftId: string, input: { to: string[] }) {
  if (!isMailConfigured()) {
    throw badRequest("Email is not set up on this server, so a test cannot be sent. An admin sets SMTP_URL for the web server and the workers (README → Configuration); until then, export the draft as .eml and open it in your mail app.");
  }
  const to = [...new Set((input.to.length ? input.to : [ctx.actor.email]).map((address) => address.trim()).filter(Boolean).map(normalizeEmail))];
  if (to.length > MAX_TEST_RECIPIENTS) throw badRequest(`Send a test to at most ${MAX_TEST_RECIPIENTS} addresses at a time.`);
  for (const address of to) {
    const problem = emailProblem(address);
    if (problem) throw badRequest(`${address}: ${problem}`);
  }
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [draft] = await tx.select({ revision: drafts.revision, status: drafts.status }).from(drafts).where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    if (!draft) throw notFound("That draft does not exist in this workspace.");
    if (draft.status === "generating" || draft.revision === 0) throw conflict("This draft is still being written; send a test once it is.");
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      { type: TEST_EMAIL_JOB, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 4, payload: { draftId, revision: draft.revision, to, sentBy: ctx.actor.name } },
    ]);
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "draft.test_sent", objectType: "draft", objectId: draftId, details: { to, revision: draft.revision } });
    return { jobId: job!.id, to, revision: draft.revision };
  });
}
