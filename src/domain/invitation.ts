/** Invitations to join a tenant, and when one can be accepted. */

export const INVITATION_TTL_DAYS = 7;
export type InvitationStatus = "pending" | "accepted" | "canceled" | "rejected";

export interface InvitationState {
  status: string;
  email: string;
  expiresAt: Date;
}

export function invitationExpiry(now: Date, days = INVITATION_TTL_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type Acceptance = { ok: true } | { ok: false; reason: string; code: "used" | "canceled" | "expired" | "wrong_account" };

export function checkAcceptance(invitation: InvitationState, signedInEmail: string, now: Date): Acceptance {
  if (invitation.status === "accepted") {
    return { ok: false, code: "used", reason: "This invitation has already been used. Ask an admin of the workspace for a new link." };
  }
  if (invitation.status === "canceled" || invitation.status === "rejected") {
    return { ok: false, code: "canceled", reason: "This invitation was withdrawn. Ask an admin of the workspace for a new link." };
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    return { ok: false, code: "expired", reason: "This invitation has expired. Ask an admin of the workspace to invite you again." };
  }
  if (normalizeEmail(invitation.email) !== normalizeEmail(signedInEmail)) {
    return {
      ok: false,
      code: "wrong_account",
      // Not which address: whoever holds the link learns nothing about the person it was meant for.
      reason: `This invitation was sent to another email address, and you are signed in as ${signedInEmail}. Sign in with the address it was sent to, then open the link again.`,
    };
  }
  return { ok: true };
}
