/**
 * A fence for a handler's final write: inside the tenant transaction that
 * saves the result, this checks that the worker still holds the job's lease
 * and keeps the row share-locked until commit, so a worker that froze and
 * lost its job to another (its lease expired and it was taken back) cannot
 * write the result a second time when it wakes, and the take-back waits for
 * a write already under way.
 */
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/server/db/client";
import { jobs } from "@/server/db/schema";

export async function holdsJob(tx: Transaction, jobId: string, workerId: string): Promise<boolean> {
  const [held] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.lockedBy, workerId), eq(jobs.state, "running")))
    .for("share");
  return held !== undefined;
}
