/** Tenant model versions end to end against the Ollama test double: adapter upload, build, activate, try, usage. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as uploadAdapter } from "@/app/api/adapters/route";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

let double: OllamaDouble;
let adapterDir: string;
beforeAll(async () => {
  double = new OllamaDouble({ installed: [], ttftMs: 5, tokenIntervalMs: 1, loadMs: 5 });
  process.env.OLLAMA_HOST = `${await double.listen()}|2`;
  adapterDir = await mkdtemp(path.join(os.tmpdir(), "brandsmith-adapters-"));
  process.env.ADAPTER_DIR = adapterDir;
});
afterAll(async () => {
  delete process.env.OLLAMA_HOST;
  delete process.env.ADAPTER_DIR;
  await double.close();
  await rm(adapterDir, { recursive: true, force: true });
});

function upload(person: TestPerson, slug: string, body: Uint8Array<ArrayBuffer>, filename = "acme-lora.gguf") {
  return uploadAdapter(
    new Request(`http://localhost:3999/api/adapters?tenant=${slug}&filename=${filename}`, {
      method: "POST",
      headers: { cookie: person.cookie, "content-length": String(body.byteLength) },
      body,
    }),
  );
}

const gguf = (text: string) => new Uint8Array(Buffer.concat([Buffer.from("GGUF"), Buffer.from(text)])) as Uint8Array<ArrayBuffer>;

describe("model server", () => {
  it("reports hosts and pulls a base model with progress", async () => {
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    const before = await caller.models.server();
    expect(before).toMatchObject({ configured: true, hosts: [{ healthy: true, version: "0.12.6", slots: 2 }] });
    const worker = await startRunner(jobHandlers);
    try {
      const { jobId } = await caller.models.pullBase({ base: "llama3.2:1b" });
      const [job] = await waitFor(() => allFinished([jobId]), 10_000);
      expect(job!.state).toBe("succeeded");
      const detail = await caller.jobs.get({ jobId });
      expect(detail.progress).toMatchObject({ percent: 100, message: expect.stringMatching(/llama3.2:1b is on 1 host/) });
      const after = await caller.models.server();
      expect(after.hosts[0]!.models.map((m) => m.name)).toContain("llama3.2:1b");
    } finally {
      await worker.stop();
    }
    expect(await expectCode(caller.models.pullBase({ base: "unknown:1b" }), "BAD_REQUEST")).toMatch(/not an allowed base model/);
  });
});

describe("adapters", () => {
  it("refuses files that are not GGUF, too large, or from a non-admin", async () => {
    const owner = await signUp("Ada Owner");
    const marketer = await signUp("Mark Marketer");
    const ws = await createWorkspace(owner, [{ person: marketer, role: "marketer" }]);
    const notGguf = await upload(owner, ws.slug, new Uint8Array(Buffer.from("%PDF-1.7 not an adapter")) as Uint8Array<ArrayBuffer>);
    expect(notGguf.status).toBe(400);
    expect(((await notGguf.json()) as { error: string }).error).toMatch(/not a GGUF adapter/);
    process.env.ADAPTER_MAX_MB = "0.00001";
    const big = await upload(owner, ws.slug, gguf("x".repeat(100)));
    delete process.env.ADAPTER_MAX_MB;
    expect(big.status).toBe(413);
    expect((await upload(marketer, ws.slug, gguf("weights"))).status).toBe(403);
  });
});

describe("versions", () => {
  it("builds a version with an adapter, activates it, tries it and counts its usage", async () => {
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    const worker = await startRunner(jobHandlers, { concurrency: 2 });
    try {
      const plain = await caller.models.create({});
      const uploaded = (await (await upload(owner, ws.slug, gguf("lora weights"))).json()) as { digest: string; filename: string };
      expect(uploaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const withAdapter = await caller.models.create({ adapter: uploaded, temperature: 0.3 });
      expect(withAdapter.model).toMatchObject({ version: 2, ollamaName: `brandsmith/${ws.slug}:v2`, runnerKey: `qwen2.5:1.5b|${uploaded.digest}` });
      await waitFor(() => allFinished([plain.jobId, withAdapter.jobId]), 15_000);

      const versions = await caller.models.list();
      expect(versions.map((v) => [v.version, v.status])).toEqual([
        [2, "ready"],
        [1, "ready"],
      ]);
      expect(versions[0]!.modelfile).toContain(`ADAPTER ./acme-lora.gguf  # ${uploaded.digest}`);
      expect(Object.values(versions[0]!.hostStatus)).toEqual(["ready"]);

      await expectCode(caller.models.try({ prompt: "Hello" }), "NOT_FOUND");
      await caller.models.activate({ tenantModelId: versions[0]!.id });
      const tried = await caller.models.try({ prompt: "Write a subject line for the spring sale" });
      const [job] = await waitFor(() => allFinished([tried.jobId]), 10_000);
      expect(job!.state).toBe("succeeded");
      await caller.models.try({ prompt: "Another one", tenantModelId: versions[1]!.id }).then((t) => waitFor(() => allFinished([t.jobId])));

      const usage = await caller.models.list();
      expect(usage[0]!.usage).toMatchObject({ generations: 1 });
      expect(usage[0]!.usage.tokens).toBeGreaterThan(0);
      expect(usage[0]!.usage.medianMs).toBeGreaterThan(0);
      // The adapter model needs a runner of its own; v1 shares the base's.
      expect(double.stats.loads).toBe(2);

      await caller.models.activate({ tenantModelId: versions[1]!.id });
      expect((await caller.models.list()).find((v) => v.active)?.version).toBe(1);
      expect(await expectCode(caller.models.delete({ tenantModelId: versions[1]!.id }), "CONFLICT")).toMatch(/active version/);
    } finally {
      await worker.stop();
    }
  });

  it("refuses a base that is not allowed and an adapter from elsewhere", async () => {
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    expect(await expectCode(caller.models.create({ base: "mystery:70b" }), "BAD_REQUEST")).toMatch(/not an allowed base model/);
    const foreign = { digest: `sha256:${"a".repeat(64)}`, filename: "x.gguf" };
    expect(await expectCode(caller.models.create({ adapter: foreign }), "BAD_REQUEST")).toMatch(/Upload the adapter file again/);
  });
});
