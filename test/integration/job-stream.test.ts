/** The SSE route: snapshot with queue position, live progress and tokens, final state; replay on reconnect; tenant walls. */
import { expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/stream/jobs/[id]/route";
import { defineHandler } from "../../workers/registry";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { enqueue, startRunner } from "../support/queue";

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
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
      for (const word of payload.words) {
        emit(word);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { words: payload.words.length };
    },
  });
  const [job] = await enqueue(ws.id, [{ type: "test.writer", payload: { words: ["Fresh", " roast,", " fair", " price."] }, priority: "interactive" }]);

  const response = await openStream(owner, ws.slug, job!.id);
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const worker = await startRunner([writer]);
  const events = await readEvents(response, (all) => all.some((e) => e.event === "job" && e.data.kind === "state" && e.data.state === "succeeded"));
  await worker.stop();

  expect(events[0]).toMatchObject({ event: "snapshot", data: { state: "pending", position: 1, output: "" } });
  const live = events.filter((e) => e.event === "job").map((e) => e.data);
  expect(live.find((e) => e.kind === "state" && e.state === "running")).toBeTruthy();
  expect(live.find((e) => e.kind === "progress")).toMatchObject({ percent: 10, message: "Writing" });
  const tokens = live.filter((e) => e.kind === "token") as unknown as { offset: number; text: string }[];
  expect(tokens.map((t) => t.text).join("")).toBe("Fresh roast, fair price.");
  // Tokens emitted close together may share an event; offsets stay contiguous from 0.
  expect(tokens[0]!.offset).toBe(0);
  tokens.slice(1).forEach((t, i) => expect(t.offset).toBe(tokens[i]!.offset + tokens[i]!.text.length));

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
