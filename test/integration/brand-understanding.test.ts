/**
 * Brand understanding with real guide files from the corpus (a PDF with
 * tables and a legal footer, a DOCX without rules, an HTML page with a
 * footer), no model server: every upload is read by the builtin reader at
 * once, items carry their page, removing a guide drops its rules but keeps
 * people's decisions, and drafts follow the rules the guide states.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as upload } from "@/app/api/brand/guides/route";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

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

const corpus = (file: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/guides", file));

async function uploadGuide(person: TestPerson, slug: string, file: string) {
  const res = await upload(new Request(`http://localhost:3999/api/brand/guides?tenant=${slug}&filename=${file}`, { method: "POST", headers: { cookie: person.cookie }, body: corpus(file) }));
  const { jobId, guide } = (await res.json()) as { jobId: string; guide: { id: string } };
  await waitFor(() => allFinished([jobId]), 15_000);
  return guide.id;
}

it("reads real guides on upload, keeps people's decisions when guides change, and holds drafts to the rules", async () => {
  const owner = await signUp("Una Understanding");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const settled = async (minimumVersion: number) => {
    const view = await waitFor(async () => {
      const v = await caller.brand.profile();
      return v.profile && v.profile.version >= minimumVersion ? v : null;
    }, 15_000, `profile v${minimumVersion}`);
    // Let any reading still queued finish too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (await caller.brand.profile()) ?? view;
  };

  const bank = await uploadGuide(owner, ws.slug, "kestrel-bank.pdf");
  let view = await settled(1);
  const profile = view.profile!.profile;
  expect(profile.bannedTerms.map((b) => [b.term, b.replacement])).toEqual(expect.arrayContaining([["cheap", "low-cost"], ["instant approval", "a decision in minutes"], ["risk-free", null]]));
  expect(profile.bannedTerms.find((b) => b.term === "cheap")!.source).toMatchObject({ documentName: "kestrel-bank.pdf", page: 2, verified: true });
  expect(profile.productSpellings.map((p) => p.name)).toEqual(["Anchor", "Cobalt Saver", "eZ Pay"]);
  expect(profile.requiredDisclaimers).toHaveLength(2);
  expect(profile.requiredDisclaimers[0]!.source).toMatchObject({ page: 4 });
  expect(profile.formatting).toMatchObject({ maxExclamations: 0, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true, signOff: "Kind regards, The Kestrel Bank team" });
  expect(view.guidesWithoutRules).toEqual([]);

  // A guide with no rules says so; a second guide's footer lines are read where its text points at them.
  const hotel = await uploadGuide(owner, ws.slug, "aldergrove-hotels.docx");
  view = await settled(view.profile!.version + 1);
  expect(view.guidesWithoutRules).toEqual([{ id: hotel, filename: "aldergrove-hotels.docx" }]);
  await uploadGuide(owner, ws.slug, "greenleaf-market.html");
  view = await settled(view.profile!.version + 1);
  expect(view.profile!.profile.requiredDisclaimers.map((d) => d.text)).toEqual(expect.arrayContaining(["Offers valid while supplies last, at participating stores only."]));
  // Both guides ban "cheap": one rule, no conflict.
  expect(view.conflicts).toEqual([]);

  // A person removes a rule read from the guide and adds one of their own.
  const current = view.profile!.profile;
  const saved = await caller.brand.saveProfile({
    profile: { ...current, bannedTerms: [...current.bannedTerms.filter((b) => b.term !== "no-brainer"), { term: "synergy", replacement: null, source: null }] },
  });
  // Removing the bank's guide drops its rules, keeps the person's, and does not bring back what they removed.
  await caller.brand.deleteGuide({ guideId: bank });
  view = await settled(saved.profile.version + 1);
  const terms = view.profile!.profile.bannedTerms.map((b) => b.term);
  expect(terms).toContain("synergy");
  expect(terms).not.toContain("instant approval");
  expect(terms).not.toContain("no-brainer");
  expect(view.profile!.profile.productSpellings.map((p) => p.name)).not.toContain("Cobalt Saver");
});

it("writes drafts with every required line and product names in their exact form", async () => {
  const owner = await signUp("Wes Writer");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  await uploadGuide(owner, ws.slug, "kestrel-bank.pdf");
  await waitFor(async () => (await caller.brand.profile()).profile, 15_000, "the automatic reading");
  const { campaignId } = await caller.campaigns.create({
    brief: {
      name: "Saver launch",
      type: "launch",
      goal: "Open more savings accounts.",
      audience: "Current account customers",
      offer: "",
      keyMessage: "The cobalt saver pays interest monthly and you can take money out when you need it. It is cheap to run!",
      products: [{ name: "cobalt saver", url: "https://bank.example/saver", price: "", facts: "Easy access; interest paid monthly" }],
      ctaText: "Open a cobalt saver",
      ctaUrl: "https://bank.example/saver",
      variants: 2,
    },
  });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  await waitFor(() => allFinished(jobIds), 15_000);
  for (const draftId of draftIds) {
    const { current, draft } = await caller.drafts.get({ draftId });
    // Every revision carries its quality report beside compliance: no internal names, nothing repeated.
    expect(current!.quality).toMatchObject({ score: draft.qualityScore });
    expect(current!.quality!.findings.filter((f) => f.severity === "error")).toEqual([]);
    const content = current!.content;
    const text = JSON.stringify(content);
    // The brief typed "cobalt saver"; the guide writes "Cobalt Saver".
    expect([...new Set(text.match(/cobalt\s*saver/gi))]).toEqual(["Cobalt Saver"]);
    expect(text).not.toMatch(/\bcheap\b/i);
    expect(content.legal).toHaveLength(2);
    expect(content.signOff).toBe("Kind regards, The Kestrel Bank team");
    expect(current!.compliance.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.span?.field, f.span?.text])).toEqual([]);
  }
});
