import { z } from "zod";
import { isMailConfigured, sendMailOrThrow } from "@/server/services/mailer";
import { NonRetryableError } from "@/server/queue/errors";
import { defineHandler } from "../registry";

/**
 * Sends the link that confirms a person owns the address an invitation was
 * sent to (services/invitations.ts queues it in the invitation's workspace,
 * so a mail outage delays it and never loses it). Until it is clicked, the
 * invitation cannot be accepted.
 */
export const verificationEmail = defineHandler({
  type: "email.verification",
  payload: z.object({ to: z.email(), tenantName: z.string(), link: z.url() }),
  async run(payload, { jobId }) {
    if (!isMailConfigured()) throw new NonRetryableError("Email is not configured on this worker (SMTP_URL).");
    try {
      await sendMailOrThrow({
        to: payload.to,
        subject: `Confirm your email to join ${payload.tenantName} on Brandsmith`,
        text: `Someone (we hope you) asked to join ${payload.tenantName} on Brandsmith with this address.\n\nConfirm it: ${payload.link}\n\nIf it was not you, ignore this email: nothing happens without the click.`,
        html: `<p>Someone (we hope you) asked to join <strong>${escapeHtml(payload.tenantName)}</strong> on Brandsmith with this address.</p><p><a href="${escapeHtml(payload.link)}">Confirm your email</a></p><p>If it was not you, ignore this email: nothing happens without the click.</p>`,
        messageId: `<${jobId}@brandsmith>`,
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code && code >= 500) throw new NonRetryableError(`The mail server refused the message (${(error as Error).message}).`, { cause: error });
      throw error;
    }
    return { sentTo: payload.to };
  },
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
