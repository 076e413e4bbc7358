"use client";

import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();

const FRIENDLY: Record<string, string> = {
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead.",
  INVALID_EMAIL_OR_PASSWORD: "That email and password don't match an account. Check both and try again.",
  INVALID_EMAIL: "That is not an email address. Check for typos.",
  PASSWORD_TOO_SHORT: "Use at least 10 characters for your password.",
  PASSWORD_TOO_LONG: "Use at most 128 characters for your password.",
};

/** better-auth's error, in words a person can act on. */
export function authErrorMessage(error: { code?: string; message?: string; status?: number } | null | undefined): string {
  if (!error) return "Something went wrong. Try again.";
  if (error.code && FRIENDLY[error.code]) return FRIENDLY[error.code]!;
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  return error.message || "Something went wrong. Try again.";
}
