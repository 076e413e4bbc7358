/**
 * The pages the web benchmark opens and, for each, what shows that its main
 * data arrived: text that only the seeded data puts there (a campaign's
 * name, a draft's subject, a product's name), never a skeleton or a
 * heading. The expected text is read from the database (owner login) with
 * the order the page's own query uses.
 */
import type { Sql } from "postgres";
import type { PageTarget } from "./page-timing";
import type { SeededCampaigns } from "./web-drafts";
import type { SeededWorkspace } from "./web-seed";

export async function pageTargets(owner: Sql, ws: SeededWorkspace, seeded: SeededCampaigns): Promise<PageTarget[]> {
  const tenantId = ws.tenantId;
  const base = `/t/${ws.slug}`;
  const one = async <T>(rows: Promise<T[]>, what: string): Promise<T> => {
    const [row] = await rows;
    if (!row) throw new Error(`the seeded workspace has no ${what}`);
    return row;
  };
  const subjectOf = (draftId: string) =>
    one(owner<{ subject: string }[]>`select r.content->>'subject' as subject from drafts d join draft_revisions r on r.draft_id = d.id and r.number = d.revision where d.id = ${draftId}`, "subject").then((r) => r.subject);

  const newest = await one(owner<{ name: string }[]>`select name from campaigns where tenant_id = ${tenantId} and status = 'active' order by updated_at desc limit 1`, "campaign");
  const tenth = seeded.generatedDraftIds[9];
  if (!tenth) throw new Error("the generated campaign has fewer than 10 variants");
  const variantSubject = await subjectOf(tenth);
  const editorDraft = seeded.generatedDraftIds[0]!;
  const editorSubject = await subjectOf(editorDraft);
  // The review page opens on "in review, mine, oldest first"; the owner neither wrote nor decided any of these.
  const oldest = await one(
    owner<{ subject: string }[]>`
      select r.content->>'subject' as subject from drafts d join draft_revisions r on r.draft_id = d.id and r.number = d.revision
      where d.tenant_id = ${tenantId} and d.status = 'in_review' order by d.updated_at asc limit 1`,
    "draft in review",
  );
  const product = await one(owner<{ name: string }[]>`select name from products where tenant_id = ${tenantId} order by name asc limit 1`, "product");
  const profile = await one(owner<{ version: number; origin: string }[]>`select version, origin from brand_profiles where tenant_id = ${tenantId} order by version desc limit 1`, "brand profile");
  const profileBadge = `v${profile.version} · ${profile.origin}`;
  const segment = ws.segments[0]!;

  return [
    { name: "dashboard", route: "/t/[tenant]", path: base, waitsFor: "the member count (3)", mainData: (p) => [p.getByTestId("member-count").filter({ hasText: /^3$/ })] },
    { name: "campaigns", route: "/t/[tenant]/campaigns", path: `${base}/campaigns`, waitsFor: `"${newest.name}" in the list`, mainData: (p) => [p.getByRole("list", { name: "Campaigns" }).getByText(newest.name, { exact: true })] },
    {
      name: "campaign",
      route: "/t/[tenant]/campaigns/[id]",
      path: `${base}/campaigns/${seeded.generatedCampaignId}`,
      waitsFor: "variant 10's subject",
      mainData: (p) => [p.getByTestId("variant-10").getByText(variantSubject, { exact: true })],
    },
    {
      name: "draft_editor",
      route: "/t/[tenant]/drafts/[id]",
      path: `${base}/drafts/${editorDraft}`,
      waitsFor: "the subject in its field",
      // React keeps a controlled input's value attribute in step with its value.
      mainData: (p) => [p.locator(`#draft-subject[value=${JSON.stringify(editorSubject)}]`)],
    },
    {
      name: "review_queue",
      route: "/t/[tenant]/review",
      path: `${base}/review`,
      waitsFor: "the oldest draft in review's subject in a row",
      mainData: (p) => [p.getByTestId("review-row").getByRole("link", { name: oldest.subject, exact: true }).first()],
    },
    { name: "queue", route: "/t/[tenant]/queue", path: `${base}/queue`, waitsFor: "the first job row's link", mainData: (p) => [p.locator(`a[href^="${base}/queue/"]`).first()] },
    {
      name: "brand",
      route: "/t/[tenant]/brand",
      path: `${base}/brand`,
      waitsFor: `the guide's name and the profile's "${profileBadge}"`,
      mainData: (p) => [p.getByRole("link", { name: ws.guide.file, exact: true }), p.getByText(profileBadge, { exact: true })],
    },
    {
      name: "products",
      route: "/t/[tenant]/products",
      path: `${base}/products`,
      waitsFor: "the first product's name in the table",
      mainData: (p) => [p.getByRole("table", { name: "Products" }).getByText(product.name, { exact: true }).first()],
    },
    { name: "audiences", route: "/t/[tenant]/audiences", path: `${base}/audiences`, waitsFor: `segment "${segment}" in the list`, mainData: (p) => [p.getByRole("list", { name: "Segments" }).getByText(segment, { exact: true })] },
  ];
}
