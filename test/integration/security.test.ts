/**
 * Regression tests for an outside attack's findings (issue 16), each
 * reproduced before its fix: malformed ids in raw routes answered 500.
 */
import { expect, it } from "vitest";
import { GET as guideFile } from "@/app/api/brand/guides/[id]/route";
import { GET as importReport } from "@/app/api/catalog/imports/[id]/route";
import { POST as uploadImport } from "@/app/api/catalog/imports/route";
import { GET as jobStream } from "@/app/api/stream/jobs/[id]/route";
import { GET as jobsStream } from "@/app/api/stream/jobs/route";
import { createWorkspace, signUp } from "../support/actors";

it("answers 400 with a sentence, never 500, to malformed ids and queries in raw routes", async () => {
  const owner = await signUp("Mal Formed");
  const ws = await createWorkspace(owner);
  const request = (path: string, init: RequestInit = {}) => new Request(`http://localhost:3999${path}${path.includes("?") ? "&" : "?"}tenant=${ws.slug}`, { ...init, headers: { cookie: owner.cookie } });
  const bad = ["not-a-uuid", "1 or 1=1", "%00", "../../etc/passwd", "00000000-0000-0000-0000-00000000000Z"];
  for (const id of bad) {
    const responses = await Promise.all([
      guideFile(request(`/api/brand/guides/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) }),
      importReport(request(`/api/catalog/imports/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) }),
      jobStream(request(`/api/stream/jobs/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) }),
      jobsStream(request(`/api/stream/jobs?ids=${encodeURIComponent(id)}`)),
    ]);
    for (const response of responses) {
      expect(response.status, id).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/not valid/);
    }
  }
  const wrongKind = await uploadImport(request("/api/catalog/imports?kind=passwords", { method: "POST", body: "a,b\n1,2\n" }));
  expect(wrongKind.status).toBe(400);
  expect(((await wrongKind.json()) as { error: string }).error).toMatch(/products, customers or events/);
  // A well-formed id that is not this workspace's is simply not found.
  const unknown = crypto.randomUUID();
  expect((await guideFile(request(`/api/brand/guides/${unknown}`), { params: Promise.resolve({ id: unknown }) })).status).toBe(404);
});

it("refuses an upload posted from another site, as tRPC mutations are refused", async () => {
  const owner = await signUp("Cross Site");
  const ws = await createWorkspace(owner);
  const post = (headers: Record<string, string>) =>
    uploadImport(new Request(`http://localhost:3999/api/catalog/imports?tenant=${ws.slug}&kind=products`, { method: "POST", headers: { cookie: owner.cookie, ...headers }, body: "sku,name\nA1,Lamp\n" }));
  const foreign: Record<string, string>[] = [{ origin: "http://localhost:4000" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
  for (const headers of foreign) {
    const response = await post(headers);
    expect(response.status, JSON.stringify(headers)).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/another site/);
  }
  expect((await post({ origin: "http://localhost:3999" })).status).toBe(201);
});
