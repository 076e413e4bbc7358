/** The brand kit: validated settings, a logo checked by content, admins only, used by every rendered preview. */
import { expect, it } from "vitest";
import type { EmailContent } from "@/domain/email/content";
import { createWorkspace, expectCode, signUp } from "../support/actors";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4AWP4z8DwHwyBDAYGBgYGAFrTB/m5Jv5XAAAAAElFTkSuQmCC", "base64");
const content: EmailContent = {
  subject: "Hello",
  subjectAlternatives: [],
  preheader: "",
  blocks: [{ type: "paragraph", text: "Hi there." }],
  cta: { text: "Go", url: "https://shop.example/" },
  signOff: "",
  legal: [],
};

it("saves a valid kit, refuses what would break the email, and renders previews with it", async () => {
  const owner = await signUp("Kit Owner");
  const marketer = await signUp("Kit Marketer");
  const ws = await createWorkspace(owner, [{ person: marketer, role: "marketer" }]);
  const caller = await owner.caller(ws.slug);

  expect((await caller.brand.kit()).saved).toBe(false);
  const settings = { primaryColor: "#B4471F", textColor: "#222222", backgroundColor: "#FAFAFA", fontStack: "Georgia, 'Times New Roman', serif", footer: "1 Harbour Road, Leith" };
  await caller.brand.saveKit({ settings });
  expect((await caller.brand.kit()).settings).toEqual(settings);

  expect(await expectCode(caller.brand.saveKit({ settings: { ...settings, primaryColor: "red" } }), "BAD_REQUEST")).toMatch(/colour like #1F6FEB/);
  expect(await expectCode(caller.brand.saveKit({ settings: { ...settings, fontStack: "Arial;}</style><script>x()</script>" } }), "BAD_REQUEST")).toMatch(/font names, quotes, commas/);
  expect(await expectCode(caller.brand.setLogo({ base64: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>").toString("base64") }), "BAD_REQUEST")).toMatch(/not a PNG, JPEG or GIF/);
  expect(await expectCode(caller.brand.setLogo({ base64: "" }), "BAD_REQUEST")).toMatch(/empty/);
  expect(await expectCode(caller.brand.setLogo({ base64: Buffer.alloc(600 * 1024).toString("base64") }), "BAD_REQUEST")).toMatch(/at most 512 KB/);
  await caller.brand.setLogo({ base64: PNG.toString("base64") });
  expect((await caller.brand.kit()).logo).toMatchObject({ type: "image/png" });

  const preview = await caller.drafts.preview({ content });
  expect(preview.ok).toBe(true);
  if (!preview.ok) return;
  expect(preview.html).toMatch(/background-color:#B4471F/);
  expect(preview.html).toContain(`src="data:image/png;base64,${PNG.toString("base64")}"`);
  expect(preview.html).toContain("1 Harbour Road, Leith");
  expect(preview.text).toContain("1 Harbour Road, Leith");
  // The footer counts for compliance: there is an unsubscribe line, so no error for it.
  expect(preview.compliance.findings.map((f) => f.rule)).not.toContain("unsubscribe-missing");

  const asMarketer = await marketer.caller(ws.slug);
  await expectCode(asMarketer.brand.saveKit({ settings }), "FORBIDDEN");
  await caller.brand.setLogo({ base64: null });
  expect((await caller.brand.kit()).logo).toBeNull();
});
