/** Tenant slugs: the `<tenant>` in /t/<tenant>/… URLs. */

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;
const RESERVED = new Set(["new", "api", "admin", "settings", "invite", "sign-in", "sign-up", "t"]);

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
}

export function slugProblem(slug: string): string | null {
  if (slug.length < 3) return "Use at least 3 characters for the workspace address.";
  if (slug.length > 40) return "Use at most 40 characters for the workspace address.";
  if (!SLUG_PATTERN.test(slug)) return "Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.";
  if (RESERVED.has(slug)) return `"${slug}" is reserved; pick another address.`;
  return null;
}
