/**
 * The builtin model end to end, with no model server at all: a guide is read
 * and the builtin model trains on it; the profile is extracted from the
 * guide's structure with sources; a brief becomes variants written by the
 * builtin model (no banned term, every disclaimer, labelled as builtin in
 * the draft and the export); a block rewrite works; approval retrains.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as upload } from "@/app/api/brand/guides/route";
import { termPattern } from "@/domain/compliance/text";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";

let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  delete process.env.OLLAMA_HOST;
  process.env.BUILTIN_TOKEN_MS = "0";
  worker = await startRunner(jobHandlers, { concurrency: 4 });
});
afterAll(async () => {
  await worker.stop();
  delete process.env.BUILTIN_TOKEN_MS;
});

const GUIDE = [
  "# Our voice",
  "- Warm",
  "- Direct",
  "",
  "# Words we avoid",
  "- cheap (say affordable)",
  "- amazing",
  "",
  "# Legal",
  "Every promotional email must include “Offer valid while stocks last.”",
  "",
  "# Writing rules",
  "Use at most one exclamation mark per email. Sign off with “The Northwind team”.",
].join("\n");

it("writes, labels and learns with no model server configured", async () => {
  const owner = await signUp("Bea Builtin");
  const rita = await signUp("Rory Reviewer");
  const ws = await createWorkspace(owner, [{ person: rita, role: "reviewer" }]);
  const caller = await owner.caller(ws.slug);

  const res = await upload(new Request(`http://localhost:3999/api/brand/guides?tenant=${ws.slug}&filename=guide.md`, { method: "POST", headers: { cookie: owner.cookie }, body: GUIDE }));
  const { jobId } = (await res.json()) as { jobId: string };
  await waitFor(() => allFinished([jobId]), 10_000);
  const [trained] = await waitFor(async () => {
    const rows = await ownerQuery((sql) => sql<{ version: number; documents: number }[]>`select version, documents from builtin_models where tenant_id = ${ws.id}`);
    return rows.length ? rows : null;
  }, 10_000, "builtin model trained on the guide");
  expect(trained!.documents).toBeGreaterThan(0);

  const extraction = await caller.brand.extractProfile();
  await waitFor(() => allFinished([extraction.jobId]), 10_000);
  const { profile } = await caller.brand.profile();
  expect(profile).toMatchObject({ origin: "extracted", extractedBy: "builtin" });
  expect(profile!.profile.bannedTerms).toEqual(
    expect.arrayContaining([expect.objectContaining({ term: "cheap", replacement: "affordable", source: expect.objectContaining({ documentName: "guide.md", section: "Words we avoid" }) })]),
  );
  expect(profile!.profile.requiredDisclaimers.map((d) => d.text)).toEqual(["Offer valid while stocks last."]);
  expect(profile!.profile.formatting).toMatchObject({ maxExclamations: 1, signOff: "The Northwind team" });

  const { campaignId } = await caller.campaigns.create({
    brief: {
      name: "Spring sale",
      type: "promotion",
      goal: "Sell the spring roast.",
      audience: "Home brewers",
      offer: "15% off until Sunday",
      keyMessage: "Our cheap spring roast is bright and floral! It is roasted in small batches every Tuesday.",
      products: [{ name: "Spring Roast", url: "https://shop.example/spring", price: "€14.90", facts: "Washed Ethiopian beans; notes of jasmine" }],
      ctaText: "Shop the spring roast",
      ctaUrl: "https://shop.example/spring",
      variants: 3,
    },
  });
  const campaign = await caller.campaigns.get({ campaignId });
  expect(campaign.writer).toMatchObject({ active: "builtin", ollamaConfigured: false });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  const jobs = await waitFor(() => allFinished(jobIds), 15_000);
  expect(jobs.map((j) => j.state)).toEqual(["succeeded", "succeeded", "succeeded"]);

  const subjects = new Set<string>();
  for (const draftId of draftIds) {
    const { draft, current } = await caller.drafts.get({ draftId });
    expect(draft.generation).toMatchObject({ provider: "builtin", model: "builtin", host: "in-process" });
    const content = current!.content;
    const text = JSON.stringify(content);
    expect(termPattern("cheap").test(text)).toBe(false);
    expect(content.legal).toEqual(["Offer valid while stocks last."]);
    expect(content.signOff).toBe("The Northwind team");
    expect((text.match(/!/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(current!.compliance.findings.filter((f) => f.severity === "error")).toEqual([]);
    subjects.add(content.subject);
  }
  expect(subjects.size).toBe(3);

  // Rewrites work without a model server too.
  const first = await caller.drafts.get({ draftId: draftIds[0]! });
  // A block in a casual register, so "more formal" has something to change.
  const casual = { type: "paragraph" as const, text: "We're glad you're here! Thanks for reading, and don't miss the spring roast." };
  const rewrite = await caller.drafts.rewriteBlock({ draftId: draftIds[0]!, block: casual, style: "more_formal" });
  const [rewritten] = await waitFor(() => allFinished([rewrite.jobId]), 10_000);
  expect(rewritten!.state).toBe("succeeded");
  const job = await caller.jobs.get({ jobId: rewrite.jobId });
  expect(job.result).toMatchObject({ provider: "builtin", block: { type: "paragraph", text: "We are glad you are here. Thank you for reading, and do not miss the spring roast." } });

  // Approval: the export says who wrote it, and the builtin model retrains on the approved copy.
  await caller.drafts.submit({ draftId: draftIds[0]!, version: first.draft.version });
  const asRita = await rita.caller(ws.slug);
  const inReview = (await asRita.drafts.get({ draftId: draftIds[0]! })).draft;
  await asRita.review.decide({ draftId: draftIds[0]!, action: "approve", version: inReview.version });
  const approved = (await caller.drafts.get({ draftId: draftIds[0]! })).draft;
  const exported = JSON.parse((await caller.review.export({ draftId: draftIds[0]!, format: "json", version: approved.version })).body);
  expect(exported).toMatchObject({ writtenBy: expect.stringMatching(/^the builtin model \(v\d+\)$/), model: { provider: "builtin" } });
  // The retrain passes the evaluation gate (services/builtin-model.ts) and goes live.
  await waitFor(async () => {
    const [row] = await ownerQuery((sql) => sql<{ version: number }[]>`select version from builtin_models where tenant_id = ${ws.id}`);
    return (row?.version ?? 0) > trained!.version;
  }, 10_000, "retrained after approval");
  expect(await caller.models.builtin()).toMatchObject({ previous: { version: trained!.version }, evaluation: { outcome: "activated", summary: { verdict: "not_worse" } } });
});
