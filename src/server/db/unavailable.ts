/**
 * Whether an error means the database could not be reached (down,
 * restarting, failing over, the network in between), as opposed to a query
 * that was wrong. Such errors are not the job's or the request's fault: the
 * work waits and tries again instead of spending an attempt or showing a
 * stack trace.
 */

/** What people read while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable right now, usually because it is restarting. Retrying; nothing you saved is lost.";

/** Socket errors Node reports, and postgres.js's own for a connection that went away. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01–57P03 (the server is
 * shutting down, crashed, or not yet accepting connections), 53300 (too many
 * connections, during a failover's reconnect storm).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    // AggregateError (one per address tried) and wrapped causes.
    const inner = (current as { errors?: unknown[] }).errors?.[0] ?? (current as { cause?: unknown }).cause;
    current = inner;
  }
  return false;
}
