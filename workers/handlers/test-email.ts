import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { renderEmail } from "@/domain/email/render";
import { getDb } from "@/server/db/client";
import { draftRevisions } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { brandKitForRender } from "@/server/services/brand-kit";
import { TEST_EMAIL_JOB } from "@/server/services/draft-test-email";
import { isMailConfigured, sendMailOrThrow } from "@/server/services/mailer";
import { NonRetryableError } from "@/server/queue/errors";
import { defineHandler } from "../registry";

/**
 * Mails a draft's revision as a test, rendered exactly as the export renders
 * it. One message per address; the Message-ID comes from the job, so a
 * retried send is recognisably the same message.
 */
export const testEmail = defineHandler({
  type: TEST_EMAIL_JOB,
  payload: z.object({ draftId: z.uuid(), revision: z.number().int().min(1), to: z.array(z.email()).min(1).max(5), sentBy: z.string() }),
  async run(payload, { jobId, tenantId }) {
    if (!isMailConfigured()) throw new NonRetryableError("Email is not configured on this worker (SMTP_URL).");
    const { revision, kit } = await withTenant(getDb(), tenantId, async (tx) => {
      const [row] = await tx
        .select({ content: draftRevisions.content })
        .from(draftRevisions)
        .where(and(eq(draftRevisions.tenantId, tenantId), eq(draftRevisions.draftId, payload.draftId), eq(draftRevisions.number, payload.revision)));
      return { revision: row, kit: await brandKitForRender(tx, tenantId) };
    });
    if (!revision) throw new NonRetryableError("That draft revision no longer exists.");
    const { html, text } = await renderEmail(revision.content, kit);
    for (const [i, to] of payload.to.entries()) {
      await sendMailOrThrow({ to, subject: `[Test] ${revision.content.subject}`, text, html, messageId: `<${jobId}.${i}@brandsmith>` });
    }
    return { sentTo: payload.to, revision: payload.revision };
  },
});
