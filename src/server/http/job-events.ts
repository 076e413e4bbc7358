/**
 * Server-sent events for one or more jobs: a `snapshot` per job (state,
 * queue position, progress, output so far) on every (re)connect, then `job`
 * events as workers publish them, and `position` while a job waits. The
 * stream ends once every job is finished. EventSource reconnects by itself;
 * the snapshots make a reconnect lose nothing.
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { JobEvent } from "@/server/queue/channels";
import { subscribeToJob } from "@/server/queue/events";
import { createTRPCContext, TENANT_HEADER } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/router";

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);
export const MAX_STREAMED_JOBS = 20;

export async function jobEventStream(req: Request, jobIds: readonly string[]): Promise<Response> {
  const headers = new Headers(req.headers);
  headers.set(TENANT_HEADER, new URL(req.url).searchParams.get("tenant") ?? "");
  const caller = createCaller(await createTRPCContext({ headers }));
  const snapshot = (id: string) => caller.jobs.get({ jobId: id });
  try {
    // Access check up front: every job must be this tenant's and visible to this member.
    await Promise.all(jobIds.map(snapshot));
  } catch (error) {
    const status = error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500;
    return Response.json({ error: error instanceof Error ? error.message : "error" }, { status });
  }

  const encoder = new TextEncoder();
  const settled = new Set<string>();
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
      let finished = 0;
      const settle = (jobId: string) => {
        settled.add(jobId);
        finished += 1;
        if (finished === jobIds.length) setTimeout(close, 50);
      };
      const early: JobEvent[] = [];
      let live = false;
      const sendSnapshot = (job: Awaited<ReturnType<typeof snapshot>>, id: string) =>
        send("snapshot", {
          jobId: id,
          state: job.state,
          position: job.position,
          progress: job.progress,
          output: job.output,
          attempts: job.attempts,
          maxAttempts: job.maxAttempts,
          lastError: job.lastError,
        });
      const onEvent = (event: JobEvent) => {
        if (!live) return void early.push(event);
        if (event.kind === "state" && TERMINAL.has(event.state)) {
          if (settled.has(event.jobId)) return;
          settled.add(event.jobId);
          // The last word on a finished job is its stored record, whole output included.
          void snapshot(event.jobId)
            .then((job) => sendSnapshot(job, event.jobId), () => send("job", event))
            .finally(() => settle(event.jobId));
          return;
        }
        send("job", event);
      };
      const unsubscribes = await Promise.all(jobIds.map((id) => subscribeToJob(id, onEvent)));
      const keepAlive = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(": keep-alive\n\n"));
      }, 15_000);
      // While a job waits, its place in line moves without events of its own.
      const positions = setInterval(async () => {
        for (const id of jobIds) {
          if (settled.has(id)) continue;
          const job = await snapshot(id).catch(() => null);
          if (job?.state === "pending") send("position", { jobId: id, position: job.position, progress: job.progress });
        }
      }, 2_000);
      cleanup = () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
        clearInterval(keepAlive);
        clearInterval(positions);
      };
      req.signal.addEventListener("abort", close);

      for (const id of jobIds) {
        const job = await snapshot(id);
        sendSnapshot(job, id);
        if (TERMINAL.has(job.state)) settle(id);
      }
      live = true;
      for (const event of early) onEvent(event);
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
