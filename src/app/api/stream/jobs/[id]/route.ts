import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { JobEvent } from "@/server/queue/channels";
import { subscribeToJob } from "@/server/queue/events";
import { createTRPCContext, TENANT_HEADER } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/router";

export const dynamic = "force-dynamic";

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

/**
 * Server-sent events for one job: a `snapshot` (state, queue position,
 * progress, output so far) on every (re)connect, then `job` events as the
 * worker publishes them. EventSource reconnects by itself; the snapshot makes
 * a reconnect lose nothing.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const headers = new Headers(req.headers);
  headers.set(TENANT_HEADER, new URL(req.url).searchParams.get("tenant") ?? "");
  const caller = createCaller(await createTRPCContext({ headers }));
  const snapshot = () => caller.jobs.get({ jobId: id });
  try {
    await snapshot();
  } catch (error) {
    const status = error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500;
    return Response.json({ error: error instanceof Error ? error.message : "error" }, { status });
  }

  const encoder = new TextEncoder();
  let cleanup = () => {};
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };
      const early: JobEvent[] = [];
      let live = false;
      const unsubscribe = await subscribeToJob(id, (event) => {
        if (!live) return void early.push(event);
        send("job", event);
        if (event.kind === "state" && TERMINAL.has(event.state)) setTimeout(close, 50);
      });
      const keepAlive = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(": keep-alive\n\n"));
      }, 15_000);
      // While the job waits, its place in line moves without events of its own.
      const positions = setInterval(async () => {
        const job = await snapshot().catch(() => null);
        if (job?.state === "pending") send("position", { position: job.position });
      }, 2_000);
      cleanup = () => {
        unsubscribe();
        clearInterval(keepAlive);
        clearInterval(positions);
      };
      req.signal.addEventListener("abort", close);

      const job = await snapshot();
      send("snapshot", {
        state: job.state,
        position: job.position,
        progress: job.progress,
        output: job.output,
        attempts: job.attempts,
        maxAttempts: job.maxAttempts,
        lastError: job.lastError,
      });
      live = true;
      for (const event of early) send("job", event);
      if (TERMINAL.has(job.state)) close();
    },
    cancel() {
      // The browser went away: stop listening and never touch the controller again.
      closed = true;
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
