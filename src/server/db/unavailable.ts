/**
 * Whether an error means the database could not be reached (down,
 * restarting, failing over, the network in between), as opposed to a query
 * that was wrong or another service that is down. Such errors are not the
 * job's or the request's fault: the work waits and tries again instead of
 * spending an attempt or showing a stack trace.
 */

/** What people read while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable right now, usually because it is restarting. Retrying; nothing you saved is lost.";

/** postgres.js's own codes for a connection that went away: only the database driver raises them. */
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01–57P03 (the server is
 * shutting down, crashed, or not yet accepting connections), 53300 (too many
 * connections, during a failover's reconnect storm).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** Socket errors: from the database driver, but just as well from a model server or a webhook endpoint. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

function codes(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") found.push(code);
    // AggregateError (one per address tried) and wrapped causes.
    current = (current as { errors?: unknown[] }).errors?.[0] ?? (current as { cause?: unknown }).cause;
  }
  return found;
}

/** Certainly the database: a driver or server code that nothing else raises. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return codes(error).some((code) => DRIVER_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code));
}

/**
 * For an error from a call that only talked to the database (the queue's
 * own statements, a session lookup): a socket error there is the database too.
 */
export function isConnectionError(error: unknown): boolean {
  return isDatabaseUnavailable(error) || codes(error).some((code) => SOCKET_CODES.has(code));
}

/**
 * For an error from code that talks to the database and to other services
 * (a job handler, a procedure): a socket error counts only if the database
 * does not answer `probe` either, so a dead model server or webhook endpoint
 * is never mistaken for a database outage.
 */
export async function databaseUnreachable(error: unknown, probe: () => Promise<unknown>): Promise<boolean> {
  if (isDatabaseUnavailable(error)) return true;
  if (!isConnectionError(error)) return false;
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error("the database probe timed out")), 3_000).unref())]);
    return false;
  } catch {
    return true;
  }
}
