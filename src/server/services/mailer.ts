import nodemailer, { type Transporter } from "nodemailer";

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
  messageId?: string;
}

/** Sends through SMTP; throws when the server refuses or is unreachable (the queue retries). */
export async function sendMailOrThrow(mail: OutgoingMail): Promise<void> {
  await getTransport().sendMail({ from: process.env.SMTP_FROM ?? "Brandsmith <no-reply@brandsmith.local>", ...mail });
}
