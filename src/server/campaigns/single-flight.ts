/**
 * Concurrent callers asking for the same thing share one in-flight promise.
 * Nothing is cached once it settles, so nothing goes stale: the ten variants
 * of a brief, started together, read the brand profile and retrieve their
 * passages once instead of ten times.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function singleFlight<T>(key: string, work: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
