/**
 * Errors a person can cause. Services throw these with a message that says
 * what to do; the tRPC adapter maps the kind to a status, never to a 500.
 */
export type ServiceErrorKind = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE";

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const badRequest = (message: string) => new ServiceError("BAD_REQUEST", message);
export const forbidden = (message: string) => new ServiceError("FORBIDDEN", message);
export const notFound = (message: string) => new ServiceError("NOT_FOUND", message);
export const conflict = (message: string) => new ServiceError("CONFLICT", message);
/** An upload past its size limit (HTTP 413): the message says the limit and what to do. */
export const tooLarge = (message: string) => new ServiceError("PAYLOAD_TOO_LARGE", message);
