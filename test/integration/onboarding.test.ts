/**
 * The dashboard's way to a first email: the checklist follows the workspace
 * from empty to a draft in review, and "Write your first campaign" starts
 * from a brief drawn from the workspace's own product and profile (nothing
 * invented: no offer, no price).
 */
import { expect, it } from "vitest";
import { createWorkspace, signUp } from "../support/actors";
import { ownerQuery } from "../support/queue";

it("starts the first brief from the workspace's own product, and ticks the campaign step once one exists", async () => {
  const owner = await signUp("Ona Onboard");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  delete process.env.OLLAMA_HOST;

  const empty = await caller.tenant.dashboard();
  expect(empty.setup).toMatchObject({ hasCampaign: false, hasSubmittedDraft: false, modelServer: false, builtinVersion: null });
  // With nothing to draw from, the sample says what to write instead of making something up.
  expect(await caller.campaigns.sampleBrief()).toMatchObject({ name: "Our first campaign", products: [], offer: "", keyMessage: "" });

  await ownerQuery((sql) => sql`insert into products (tenant_id, sku, name, url, description, price) values (${ws.id}, 'LL-1', 'LumaLite', 'https://shop.example/lumalite', 'A camping lantern that charges by day. It runs for 40 hours. Made of recycled aluminium.', 39) returning id`);
  const sample = await caller.campaigns.sampleBrief();
  expect(sample).toMatchObject({
    name: "Introducing LumaLite",
    offer: "",
    keyMessage: "LumaLite is here. A camping lantern that charges by day. It runs for 40 hours.",
    products: [{ name: "LumaLite", url: "https://shop.example/lumalite", price: "", facts: "A camping lantern that charges by day. It runs for 40 hours." }],
    ctaUrl: "https://shop.example/lumalite",
  });
  await caller.campaigns.create({ brief: sample });
  expect((await caller.tenant.dashboard()).setup).toMatchObject({ hasCampaign: true, hasSubmittedDraft: false });
});
