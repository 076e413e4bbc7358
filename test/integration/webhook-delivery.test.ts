/**
 * Webhook delivery in production mode (NODE_ENV=production, no
 * WEBHOOK_ALLOW_PRIVATE): the address is checked again when the event is
 * delivered, so an endpoint that points at a private or loopback address
 * (stored before the rule, or a name that now resolves inside) receives
 * nothing; the delivery log says why, and the job is not retried. The same
 * endpoint in development receives the event, signed.
 */
import { lookup } from "node:dns/promises";
import http from "node:http";
import os from "node:os";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isPrivateAddress } from "@/server/webhooks/address";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp } from "../support/actors";
import { jobStates, ownerQuery, startRunner, waitFor } from "../support/queue";

let received: { signature: string | undefined; body: string }[] = [];
const receiver = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString()));
  req.on("end", () => {
    received.push({ signature: req.headers["brandsmith-signature"] as string | undefined, body });
    res.writeHead(204).end();
  });
});
let port = 0;
let worker: Awaited<ReturnType<typeof startRunner>>;
const nodeEnv = process.env.NODE_ENV;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  port = (receiver.address() as { port: number }).port;
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
  await worker.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

const setEnv = (value: string) => ((process.env as Record<string, string | undefined>).NODE_ENV = value);

it("refuses private and loopback targets at delivery in production, and delivers to them in development", async () => {
  const owner = await signUp("Wes Webhook");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const urls = [`http://127.0.0.1:${port}/hook`, `http://[::ffff:127.0.0.1]:${port}/hook`, `http://localhost:${port}/hook`];
  // A host name (not an address literal) that resolves inside, as a rebinding name would: this machine's own name.
  const inside = await lookup(os.hostname()).catch(() => null);
  if (inside && isPrivateAddress(inside.address)) urls.push(`http://${os.hostname()}:${port}/hook`);

  setEnv("production");
  for (const url of urls) await expectCode(caller.webhooks.create({ url }), "BAD_REQUEST");
  // Endpoints stored anyway (created under WEBHOOK_ALLOW_PRIVATE, since removed): delivery checks again.
  const endpoints = await ownerQuery((sql) => sql<{ id: string }[]>`insert into webhook_endpoints (tenant_id, url, secret, description) select ${ws.id}, u, 'whsec_test', '' from unnest(${urls}::text[]) as u returning id`);
  received = [];
  const deliveries: string[] = [];
  for (const endpoint of endpoints) deliveries.push((await caller.webhooks.sendTest({ endpointId: endpoint.id })).deliveryId!);
  const rows = await waitFor(async () => {
    const found = await ownerQuery((sql) => sql<{ status: string; error: string | null; job_id: string }[]>`select status, error, job_id from webhook_deliveries where id = any(${deliveries}::uuid[])`);
    return found.every((d) => d.status === "failed") ? found : null;
  }, 15_000, "deliveries refused");
  expect(rows.map((d) => d.error)).toEqual(urls.map(() => expect.stringMatching(/private or loopback/)));
  expect(urls.length).toBeGreaterThanOrEqual(3);
  const jobs = await jobStates(rows.map((d) => d.job_id));
  expect(jobs.map((j) => [j.state, j.attempts])).toEqual(rows.map(() => ["failed", 1]));
  expect(received).toEqual([]);

  // In development the same endpoint is a local receiver, as a developer expects.
  setEnv("development");
  const { deliveryId } = await caller.webhooks.sendTest({ endpointId: endpoints[0]!.id });
  await waitFor(async () => received.length === 1, 15_000, "the development delivery");
  expect(received[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  expect(JSON.parse(received[0]!.body)).toMatchObject({ id: deliveryId, event: "test" });
});
