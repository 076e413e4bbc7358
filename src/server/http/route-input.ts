/**
 * Raw routes validate what they are given with zod, as procedures do, and
 * answer 400 with a sentence instead of letting a malformed id reach the
 * database (where it would be a 500).
 */
import { z } from "zod";

export const routeId = (what: string) => z.uuid({ message: `That ${what} id is not valid. Reload the page and try again.` });

export type RouteInput<T> = { ok: true; value: T } | { ok: false; response: Response };

export function parseRouteInput<T>(schema: z.ZodType<T>, value: unknown): RouteInput<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: Response.json({ error: parsed.error.issues[0]?.message ?? "Check the request." }, { status: 400 }) };
}
