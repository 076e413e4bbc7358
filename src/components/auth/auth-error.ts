import { authErrorMessage } from "@/lib/auth-client";

/**
 * Sign-in and sign-up limits answer 429 with a sentence that says when to
 * try again ("… Try again after 14:05 UTC."); show it as written. Every
 * other error goes through the usual wording.
 */
export function credentialErrorMessage(error: { code?: string; message?: string; status?: number } | null | undefined): string {
  if (error?.status === 429 && error.message) return error.message;
  return authErrorMessage(error);
}
