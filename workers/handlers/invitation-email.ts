import { z } from "zod";
import { ROLE_LABELS, ROLES } from "@/domain/membership";
import { isMailConfigured, sendMailOrThrow } from "@/server/services/mailer";
import { NonRetryableError } from "@/server/queue/errors";
import { defineHandler } from "../registry";

/**
 * Sends an invitation email. Queued by services/invitations.ts in the same
 * transaction as the invitation, so a mail server outage only delays the
 * email (retries with backoff) and never loses the invitation. The Message-ID
 * is derived from the job id, so a retried send is recognisable as the same message.
 */
export const invitationEmail = defineHandler({
  type: "email.invitation",
  payload: z.object({
    to: z.email(),
    inviterName: z.string(),
    inviterEmail: z.string(),
    tenantName: z.string(),
    role: z.enum(ROLES),
    link: z.url(),
  }),
  async run(payload, { jobId }) {
    if (!isMailConfigured()) throw new NonRetryableError("Email is not configured on this worker (SMTP_URL). Share the invitation link instead.");
    const role = ROLE_LABELS[payload.role].toLowerCase();
    try {
      await sendMailOrThrow({
      to: payload.to,
      subject: `${payload.inviterName} invited you to ${payload.tenantName} on Brandsmith`,
      text: `${payload.inviterName} (${payload.inviterEmail}) invited you to join ${payload.tenantName} on Brandsmith as ${role}.\n\nAccept the invitation: ${payload.link}\n\nThe link works for 7 days.`,
      html: `<p>${escapeHtml(payload.inviterName)} invited you to join <strong>${escapeHtml(payload.tenantName)}</strong> on Brandsmith as ${role}.</p><p><a href="${escapeHtml(payload.link)}">Accept the invitation</a></p><p>The link works for 7 days.</p>`,
        messageId: `<${jobId}@brandsmith>`,
      });
    } catch (error) {
      // 5xx is the mail server's final answer (no such mailbox, policy): retrying cannot help.
      const code = (error as { responseCode?: number }).responseCode;
      if (code && code >= 500) {
        throw new NonRetryableError(`The mail server refused the message (${(error as Error).message}). Check the address, then invite again.`, { cause: error });
      }
      throw error;
    }
    return { sentTo: payload.to };
  },
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
