/**
 * The security headers every response carries (server.ts sets them), with a
 * Content-Security-Policy whose script nonce is new for each request. Next.js
 * reads the nonce from the policy on the incoming request and puts it on the
 * scripts it renders, so server.ts sets the policy on the request too.
 */
import { randomBytes } from "node:crypto";

export interface SecurityHeaderOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  dev: boolean;
  /** APP_URL is https: browsers may be told to never use plain http again. */
  https: boolean;
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy({ nonce, dev, https }: SecurityHeaderOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    // Only scripts carrying this request's nonce run, and what they load ('strict-dynamic': the
    // chunks Next.js adds at runtime). 'self' is the fallback for browsers without strict-dynamic.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // The email preview is an iframe with srcdoc, which inherits this policy: the email's <style>
    // block (dark mode) and its inline style attributes must apply there, and Radix injects style
    // tags at runtime. A nonce here would switch 'unsafe-inline' off, so there is none.
    ["style-src", "'self'", "'unsafe-inline'"],
    // https: for the same preview: product images in an email are the shop's own URLs.
    ["img-src", "'self'", "data:", "blob:", "https:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Powerful features the app never uses, refused for it and anything it embeds. */
const PERMISSIONS_POLICY = ["accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"]
  .map((feature) => `${feature}=()`)
  .join(", ");

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // frame-ancestors says the same to current browsers; this is for the ones that predate it.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
