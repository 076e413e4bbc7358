import pino from "pino";

const globalKey = Symbol.for("brandsmith.logger");
type GlobalWithLogger = typeof globalThis & { [globalKey]?: pino.Logger };

/** Structured JSON logs on stdout; one logger per process. */
export function getLogger(): pino.Logger {
  const g = globalThis as GlobalWithLogger;
  g[globalKey] ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: process.env.BRANDSMITH_PROCESS ?? "web", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["password", "*.password", "headers.cookie", "cookie"], remove: true },
  });
  return g[globalKey];
}
