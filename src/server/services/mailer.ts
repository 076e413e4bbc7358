import nodemailer, { type Transporter } from "nodemailer";
import { getLogger } from "@/server/observability/logger";

/**
 * Outgoing email through SMTP_URL (e.g. smtp://user:pass@mail.example.com:587).
 * Without it, Brandsmith shows links to copy instead of sending mail.
 */
export function isMailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

let transport: Transporter | null = null;
let transportUrl: string | null = null;

function getTransport(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  return transport;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type MailResult = { sent: true } | { sent: false; reason: string };

/** Never throws: a failed email must not undo the change that triggered it. */
export async function sendMail(mail: OutgoingMail): Promise<MailResult> {
  if (!isMailConfigured()) return { sent: false, reason: "Email is not configured (SMTP_URL)." };
  try {
    await getTransport().sendMail({ from: process.env.SMTP_FROM ?? "Brandsmith <no-reply@brandsmith.local>", ...mail });
    return { sent: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    getLogger().warn({ err: reason, to: mail.to, subject: mail.subject }, "email not sent");
    return { sent: false, reason: `The email could not be sent (${reason}).` };
  }
}
