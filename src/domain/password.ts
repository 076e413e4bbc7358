/** What we accept as a password at sign-up. */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set([
  "password", "password1", "password12", "password123", "1234567890", "0123456789", "qwertyuiop",
  "letmein123", "iloveyou12", "welcome123", "admin12345", "abcdefghij", "passw0rd12",
]);

export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "That password is too common. Pick something only you would use.";
  if (new Set(lower).size < 4) return "That password repeats too few characters. Mix in more letters, digits or words.";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "Don't put your email address in your password.";
  return null;
}

export function emailProblem(email: string): string | null {
  const trimmed = email.trim();
  if (!trimmed) return "Enter your email address.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(trimmed)) return `"${trimmed}" is not an email address. Check for typos.`;
  return null;
}
