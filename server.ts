/**
 * The web process: Next.js behind a small Node HTTP server that gives every
 * request an id, the security headers, a structured log line and a latency
 * observation labelled with the route that served it.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { stampPeerAddress } from "@/server/auth/client-address";
import { getConnection } from "@/server/db/client";
import { assertRlsEnforced } from "@/server/db/roles";
import { appUrl, assertEnv } from "@/server/env";
import { appRoutePatterns } from "@/server/http/route-table";
import { newNonce, securityHeaders } from "@/server/http/security-headers";
import { onParentExit } from "@/server/lifecycle";
import { getLogger } from "@/server/observability/logger";
import { createRouteLabeller, getMetrics, methodLabel } from "@/server/observability/metrics";

process.env.BRANDSMITH_PROCESS ??= "web";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const log = getLogger();

async function main() {
  if (!dev) assertEnv("web");
  await assertRlsEnforced(getConnection().sql);

  const createNext = next as unknown as (options: { dev: boolean; port: number; hostname: string }) => ReturnType<typeof next>;
  const app = createNext({ dev, port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const { httpDuration } = getMetrics();
  // Next.js serves the routes under src/app (the image ships src/ too); one label per route, "unmatched" for the rest.
  const routeLabel = createRouteLabeller(appRoutePatterns(path.join(process.cwd(), "src", "app")));
  const https = appUrl().startsWith("https://");

  const server = http.createServer((req, res) => {
    // The socket address is the one client fact nobody can forge; sign-in limits key on it.
    stampPeerAddress(req);
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const headers = securityHeaders({ nonce: newNonce(), dev, https });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Next.js takes the nonce for the scripts it renders from the request's policy; a client's own is replaced.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel((req.url ?? "/").split("?")[0] ?? "/");
      httpDuration.observe({ method: methodLabel(req.method), route, status: String(res.statusCode) }, seconds);
      if (!route.startsWith("/_next/")) {
        log.info({ requestId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request");
      }
    });
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) res.writeHead(500).end("Internal error");
    });
  });

  server.listen(port, hostname, () => log.info({ url: `http://localhost:${port}`, dev }, "web server listening"));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "web server shutting down");
    server.close(() => {
      void getConnection()
        .sql.end({ timeout: 5 })
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  // Under `npm start` the launcher is our parent; in a container it is PID 1's init.
  if (process.env.BRANDSMITH_SUPERVISED === "1") onParentExit(() => shutdown("parent exited"));
}

main().catch((error: unknown) => {
  log.fatal({ err: error instanceof Error ? error.message : error }, "web server failed to start");
  process.exit(1);
});
