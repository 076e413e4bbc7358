/**
 * Live job events in the web process: one LISTEN connection per process
 * (postgres.js re-listens after a reconnect), fanned out to the SSE streams
 * that watch each job.
 */
import { getConnection } from "@/server/db/client";
import { CHANNEL_JOB_EVENTS, type JobEvent } from "./channels";

type Listener = (event: JobEvent) => void;
interface Hub {
  listeners: Map<string, Set<Listener>>;
  listening: Promise<unknown> | null;
}

const globalKey = Symbol.for("brandsmith.jobEvents");
type GlobalWithHub = typeof globalThis & { [globalKey]?: Hub };

function hub(): Hub {
  const g = globalThis as GlobalWithHub;
  g[globalKey] ??= { listeners: new Map(), listening: null };
  return g[globalKey];
}

function dispatch(payload: string) {
  let event: JobEvent;
  try {
    event = JSON.parse(payload) as JobEvent;
  } catch {
    return;
  }
  for (const listener of hub().listeners.get(event.jobId) ?? []) listener(event);
}

/** Calls `listener` for every event of the job until the returned function is called. */
export async function subscribeToJob(jobId: string, listener: Listener): Promise<() => void> {
  const h = hub();
  h.listening ??= getConnection().sql.listen(CHANNEL_JOB_EVENTS, dispatch);
  await h.listening;
  const set = h.listeners.get(jobId) ?? new Set<Listener>();
  set.add(listener);
  h.listeners.set(jobId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) h.listeners.delete(jobId);
  };
}
