/** A real worker process for the crash test: runs the crashable handler until killed. */
import pino from "pino";
import { createQueuePool } from "@/server/queue/store";
import { QueueRunner } from "../../workers/queue/runner";
import { crashableHandler } from "./crashable-handler";

const url = process.env.DATABASE_URL!;
const sql = createQueuePool(url, 4);
// This process is the one the test kills mid-job.
const { handler } = crashableHandler(url, { hang: true });
const runner = new QueueRunner({ sql, handlers: [handler], log: pino({ level: "silent" }), leaseMs: 1_500, pollMs: 200 });
await runner.start();
process.stdout.write(`ready ${runner.workerId}\n`);
