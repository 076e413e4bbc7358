/**
 * The SSE route: snapshot with queue position, live progress and tokens, a
 * final snapshot with the whole output; replay on reconnect; a stream opened
 * mid-job misses nothing; tenant walls.
 */
import { expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/stream/jobs/[id]/route";
import { GET as GET_MANY } from "@/app/api/stream/jobs/route";
import { mergeStreamedOutput } from "@/domain/streamed-output";
import { MAX_EVENT_TEXT } from "@/server/queue/channels";
import { defineHandler } from "../../workers/registry";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { enqueue, startRunner } from "../support/queue";

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

const finished = (state: string) => (all: SseEvent[]) => all.some((e) => e.event === "snapshot" && e.data.state === state);

/** The output a page shows: the snapshots' output with the token events merged in. */
function assembled(events: SseEvent[]): string {
  let output = "";
  for (const { event, data } of events) {
    if (event === "snapshot") output = data.output as string;
    else if (event === "job" && data.kind === "token") output = mergeStreamedOutput(output, data.offset as number, data.text as string);
  }
  return output;
}

async function openStream(person: TestPerson, slug: string, jobId: string) {
  const request = new Request(`http://localhost:3999/api/stream/jobs/${jobId}?tenant=${slug}`, { headers: { cookie: person.cookie } });
  return GET(request, { params: Promise.resolve({ id: jobId }) });
}

/** Reads events until `until` says stop or the stream ends. */
async function readEvents(response: Response, until: (events: SseEvent[]) => boolean): Promise<SseEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary: number;
    while ((boundary = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
    }
    if (until(events)) {
      await reader.cancel();
      break;
    }
  }
  return events;
}

it("streams queue position, progress, tokens and the final state, and replays on reconnect", async () => {
  const owner = await signUp("Stream Owner");
  const ws = await createWorkspace(owner);
  const writer = defineHandler({
    type: "test.writer",
    payload: z.object({ words: z.array(z.string()) }),
    async run(payload, { emit, progress }) {
      await progress({ percent: 10, message: "Writing" });
      // Words further apart than the runner's 40 ms token window: each goes out in an event of its own.
      for (const word of payload.words) {
        emit(word);
        await new Promise((resolve) => setTimeout(resolve, 80));
      }
      return { words: payload.words.length };
    },
  });
  const [job] = await enqueue(ws.id, [{ type: "test.writer", payload: { words: ["Fresh", " roast,", " fair", " price."] }, priority: "interactive" }]);

  const response = await openStream(owner, ws.slug, job!.id);
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const worker = await startRunner([writer]);
  const events = await readEvents(response, finished("succeeded"));
  await worker.stop();

  expect(events[0]).toMatchObject({ event: "snapshot", data: { state: "pending", position: 1, output: "" } });
  const live = events.filter((e) => e.event === "job").map((e) => e.data);
  expect(live.find((e) => e.kind === "state" && e.state === "running")).toBeTruthy();
  expect(live.find((e) => e.kind === "progress")).toMatchObject({ percent: 10, message: "Writing" });
  const tokens = live.filter((e) => e.kind === "token") as unknown as { offset: number; text: string }[];
  expect(tokens.map((t) => t.text).join("")).toBe("Fresh roast, fair price.");
  // Several events whose offsets run on from 0 without a gap.
  expect(tokens.length).toBeGreaterThanOrEqual(3);
  expect(tokens.map((t) => t.offset)).toEqual(tokens.map((_, i) => tokens.slice(0, i).reduce((n, t) => n + t.text.length, 0)));
  // The job ends with its stored record.
  expect(events.at(-1)).toMatchObject({ event: "snapshot", data: { state: "succeeded", output: "Fresh roast, fair price." } });

  // A reconnect after the fact gets everything in the snapshot, then the stream ends.
  const again = await readEvents(await openStream(owner, ws.slug, job!.id), () => false);
  expect(again).toEqual([{ event: "snapshot", data: expect.objectContaining({ state: "succeeded", output: "Fresh roast, fair price." }) }]);
});

it("refuses another tenant's member and an anonymous caller", async () => {
  const owner = await signUp("Stream Owner");
  const outsider = await signUp("Stream Outsider");
  const ws = await createWorkspace(owner);
  const theirs = await createWorkspace(outsider);
  const [job] = await enqueue(ws.id, [{ type: "test.writer", payload: { words: [] }, runAt: new Date(Date.now() + 3_600_000) }]);
  expect((await openStream(outsider, ws.slug, job!.id)).status).toBe(404);
  expect((await openStream(outsider, theirs.slug, job!.id)).status).toBe(404);
  const anonymous = await GET(new Request(`http://localhost:3999/api/stream/jobs/${job!.id}?tenant=${ws.slug}`), {
    params: Promise.resolve({ id: job!.id }),
  });
  expect(anonymous.status).toBe(401);
});

it("coalesces a fast model's tokens into a few events, none longer than a NOTIFY may carry", async () => {
  const owner = await signUp("Fast Owner");
  const ws = await createWorkspace(owner);
  const words = Array.from({ length: 400 }, (_, i) => `w${i} `);
  const long = "x".repeat(MAX_EVENT_TEXT * 2 + 17);
  const fast = defineHandler({
    type: "test.fast",
    payload: z.object({}),
    async run(_payload, { emit }) {
      // 400 tokens in one burst, then one text longer than an event may carry.
      for (const word of words) emit(word);
      await new Promise((resolve) => setTimeout(resolve, 100));
      emit(long);
      return {};
    },
  });
  const [job] = await enqueue(ws.id, [{ type: "test.fast", payload: {}, priority: "interactive" }]);
  const response = await openStream(owner, ws.slug, job!.id);
  const worker = await startRunner([fast]);
  const events = await readEvents(response, finished("succeeded"));
  await worker.stop();
  const tokens = events.filter((e) => e.event === "job" && e.data.kind === "token").map((e) => e.data as unknown as { offset: number; text: string });
  expect(tokens.map((t) => t.text).join("")).toBe(words.join("") + long);
  // One event for the first token, one for the rest of the burst, three for the long text: not one per token.
  expect(tokens.length).toBeLessThanOrEqual(8);
  expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_EVENT_TEXT);
  expect(tokens.map((t) => t.offset)).toEqual(tokens.map((_, i) => tokens.slice(0, i).reduce((n, t) => n + t.text.length, 0)));
});

it("follows several jobs on one connection, each event naming its job, and ends when all are done", async () => {
  const owner = await signUp("Many Owner");
  const outsider = await signUp("Many Outsider");
  const ws = await createWorkspace(owner);
  await createWorkspace(outsider);
  const writer = defineHandler({
    type: "test.many",
    payload: z.object({ text: z.string() }),
    async run(payload, { emit }) {
      emit(payload.text);
      return {};
    },
  });
  const jobs = await enqueue(ws.id, [
    { type: "test.many", payload: { text: "first" }, priority: "interactive" },
    { type: "test.many", payload: { text: "second" }, priority: "interactive" },
  ]);
  const open = (person: TestPerson, query: string) => GET_MANY(new Request(`http://localhost:3999/api/stream/jobs?tenant=${ws.slug}&${query}`, { headers: { cookie: person.cookie } }));
  const ids = jobs.map((j) => j.id);

  expect((await open(owner, "")).status).toBe(400);
  // Repeated ids count once; more than 20 distinct jobs is too many for one stream.
  const repeated = await open(owner, `ids=${Array.from({ length: 21 }, (_, i) => ids[i % 2]).join(",")}`);
  expect(repeated.status).toBe(200);
  await repeated.body!.cancel();
  expect((await open(owner, `ids=${[...ids, ...Array.from({ length: 20 }, () => crypto.randomUUID())].join(",")}`)).status).toBe(400);
  // Another workspace's member learns nothing, not even that the jobs exist.
  expect((await open(outsider, `ids=${ids.join(",")}`)).status).toBe(404);

  const response = await open(owner, `ids=${ids.join(",")}`);
  const worker = await startRunner([writer]);
  // Read to the end: the stream closes by itself once both jobs are done.
  const events = await readEvents(response, () => false);
  await worker.stop();
  // A snapshot of each on connecting, then one as each finishes.
  expect(events.filter((e) => e.event === "snapshot").slice(0, 2).map((e) => e.data.jobId)).toEqual(ids);
  for (const [i, id] of ids.entries()) {
    const own = events.filter((e) => e.event === "job" && e.data.jobId === id).map((e) => e.data);
    expect(own.filter((e) => e.kind === "token").map((e) => e.text).join("")).toBe(["first", "second"][i]);
    expect(events.filter((e) => e.event === "snapshot" && e.data.jobId === id).at(-1)).toMatchObject({ data: { state: "succeeded", output: ["first", "second"][i] } });
  }
});

it("gives a stream opened while the job is writing everything written before it, and all that follows", async () => {
  const owner = await signUp("Late Owner");
  const ws = await createWorkspace(owner);
  let started!: () => void;
  const writing = new Promise<void>((resolve) => (started = resolve));
  let proceed!: () => void;
  const opened = new Promise<void>((resolve) => (proceed = resolve));
  const writer = defineHandler({
    type: "test.late",
    payload: z.object({}),
    async run(_payload, { emit }) {
      // A fast model: the first words are out before anyone watches.
      for (const word of ["Spring ", "is ", "here: "]) emit(word);
      await new Promise((resolve) => setTimeout(resolve, 60));
      started();
      await opened;
      for (const word of ["20% ", "off ", "all ", "beans."]) emit(word);
      return {};
    },
  });
  const [job] = await enqueue(ws.id, [{ type: "test.late", payload: {}, priority: "interactive" }]);
  const worker = await startRunner([writer]);
  await writing;
  const response = await openStream(owner, ws.slug, job!.id);
  // The rest is written once the page has its first snapshot.
  const events = await readEvents(response, (all) => {
    if (all.length > 0) proceed();
    return finished("succeeded")(all);
  });
  await worker.stop();

  expect(events[0]).toMatchObject({ event: "snapshot", data: { state: "running", output: "Spring is here: " } });
  expect(assembled(events)).toBe("Spring is here: 20% off all beans.");
  // Every step of the way the page showed a prefix of the answer, never a gap.
  const shown: string[] = [];
  for (let i = 1; i <= events.length; i++) shown.push(assembled(events.slice(0, i)));
  for (const text of shown) expect("Spring is here: 20% off all beans.".startsWith(text)).toBe(true);
});
