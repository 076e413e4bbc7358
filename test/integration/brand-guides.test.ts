/** Brand guides: upload (real PDF, DOCX, Markdown), parse, chunk, index, search; bad files refused with a reason. */
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/brand/guides/[id]/route";
import { POST as upload } from "@/app/api/brand/guides/route";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(() => worker.stop());

function post(person: TestPerson, slug: string, body: Uint8Array, filename: string, readAsDetected = false) {
  return upload(
    new Request(`http://localhost:3999/api/brand/guides?tenant=${slug}&filename=${filename}${readAsDetected ? "&readAsDetected=1" : ""}`, {
      method: "POST",
      headers: { cookie: person.cookie },
      body: body as Uint8Array<ArrayBuffer>,
    }),
  );
}

async function guidePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [
    ["OUR VOICE", "We are warm, direct and a little playful.", "We write like a barista talks to a regular."],
    ["WORDS WE NEVER USE", "Never call our coffee cheap; say affordable.", "Avoid deal and bargain."],
    ["LEGAL", "Every offer email ends with: Offer valid while stocks last."],
  ];
  for (const lines of pages) {
    const page = doc.addPage();
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 720 - i * 24, size: 12, font }));
  }
  return doc.save();
}

async function guideDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tone</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>Speak plainly about where the beans come from.</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("brand guides", () => {
  it("ingests a PDF with page references, a DOCX and Markdown, and finds passages", async () => {
    const owner = await signUp("Gia Guides");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    // pdf-lib stamps creation time: keep one copy so the duplicate below is byte-identical.
    const pdfBytes = await guidePdf();
    const pdf = await post(owner, ws.slug, pdfBytes, "guide.pdf");
    expect(pdf.status).toBe(201);
    const { guide, jobId } = (await pdf.json()) as { guide: { id: string; kind: string }; jobId: string };
    expect(guide.kind).toBe("pdf");
    const docx = (await (await post(owner, ws.slug, await guideDocx(), "tone.docx")).json()) as { jobId: string };
    // Named .pdf but Markdown: read by its content once the person has said "read it as Markdown" (see the refusal below).
    const md = (await (await post(owner, ws.slug, new Uint8Array(Buffer.from("# Sign-off\n\nEnd every email with: The Northwind team")), "misnamed.pdf", true)).json()) as {
      guide: { kind: string };
      jobId: string;
    };
    expect(md.guide.kind).toBe("markdown");
    const finished = await waitFor(() => allFinished([jobId, docx.jobId, md.jobId]), 20_000);
    expect(finished.map((j) => j.state)).toEqual(["succeeded", "succeeded", "succeeded"]);

    const guides = await caller.brand.guides();
    expect(guides.find((g) => g.id === guide.id)).toMatchObject({ status: "ready", pages: 3 });
    const hits = await caller.brand.searchGuides({ query: "never cheap" });
    expect(hits[0]).toMatchObject({ filename: "guide.pdf", page: 2, section: "Words We Never Use" });
    expect(hits[0]!.snippet).toContain("«cheap»");
    expect((await caller.brand.searchGuides({ query: "beans come from" }))[0]).toMatchObject({ filename: "tone.docx", section: "Tone", page: null });

    const again = await post(owner, ws.slug, pdfBytes, "copy.pdf");
    expect(again.status).toBe(200);
    expect(((await again.json()) as { duplicate: boolean }).duplicate).toBe(true);

    const file = await download(new Request(`http://localhost:3999/api/brand/guides/${guide.id}?tenant=${ws.slug}`, { headers: { cookie: owner.cookie } }), {
      params: Promise.resolve({ id: guide.id }),
    });
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("keeps uploads to owners and admins, and guides inside their workspace", async () => {
    const owner = await signUp("Gia Guides");
    const marketer = await signUp("Mo Marketer");
    const outsider = await signUp("Otto Outsider");
    const ws = await createWorkspace(owner, [{ person: marketer, role: "marketer" }]);
    await createWorkspace(outsider);
    const refused = await post(marketer, ws.slug, new Uint8Array(Buffer.from("# Voice\nWarm.")), "voice.md");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe("Only owners and admins can do this; you are a marketer here.");
    const anonymous = await upload(new Request(`http://localhost:3999/api/brand/guides?tenant=${ws.slug}&filename=x.md`, { method: "POST", body: "# x" }));
    expect(anonymous.status).toBe(401);

    const { guide } = (await (await post(owner, ws.slug, new Uint8Array(Buffer.from("# Voice\nWarm.")), "voice.md")).json()) as { guide: { id: string } };
    const fetchAs = (person: TestPerson, slug: string) =>
      download(new Request(`http://localhost:3999/api/brand/guides/${guide.id}?tenant=${slug}`, { headers: { cookie: person.cookie } }), {
        params: Promise.resolve({ id: guide.id }),
      });
    expect((await fetchAs(marketer, ws.slug)).status).toBe(200);
    expect((await fetchAs(outsider, ws.slug)).status).toBe(404);
    const ownSlug = (await (await outsider.caller()).tenant.mine())[0]!.slug;
    expect((await fetchAs(outsider, ownSlug)).status).toBe(404);
  });

  it("refuses wrong, empty, oversized, damaged and image-only files with what to do", async () => {
    const owner = await signUp("Gia Guides");
    const ws = await createWorkspace(owner);
    const error = async (response: Response) => ({ status: response.status, ...((await response.json()) as { error?: string; readAs?: string }) });
    expect(await error(await post(owner, ws.slug, new Uint8Array(), "empty.pdf"))).toMatchObject({ status: 400, error: expect.stringMatching(/empty/) });
    expect(await error(await post(owner, ws.slug, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "logo.pdf"))).toMatchObject({
      status: 400,
      error: expect.stringMatching(/not supported.*PDF/),
    });
    // A text file named .pdf: said plainly, and read as text only when the person asks.
    const renamed = new Uint8Array(Buffer.from("# Voice\nWarm and direct.\n"));
    expect(await error(await post(owner, ws.slug, renamed, "guide.pdf"))).toMatchObject({ status: 400, readAs: "markdown", error: expect.stringMatching(/guide\.pdf is text \(Markdown\), not a PDF/) });
    expect((await post(owner, ws.slug, renamed, "guide.pdf", true)).status).toBe(201);
    process.env.GUIDE_MAX_MB = "0.00001";
    expect((await post(owner, ws.slug, new Uint8Array(Buffer.from("x".repeat(200))), "big.txt")).status).toBe(413);
    delete process.env.GUIDE_MAX_MB;

    const damaged = (await (await post(owner, ws.slug, new Uint8Array(Buffer.from("%PDF-1.7\nthis is not really a pdf")), "bad.pdf")).json()) as { jobId: string; guide: { id: string } };
    // A DOCX that expands far beyond its size (limit lowered for the test; the worker runs in this process).
    const bomb = new JSZip();
    bomb.file("[Content_Types].xml", "<Types/>");
    bomb.file("word/document.xml", "<w:document/>");
    bomb.file("word/media/padding.bin", new Uint8Array(3 * 1024 * 1024));
    process.env.GUIDE_DOCX_MAX_MB = "1";
    const bombed = (await (await post(owner, ws.slug, await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "bomb.docx")).json()) as { jobId: string; guide: { id: string } };
    await waitFor(() => allFinished([bombed.jobId]), 20_000);
    delete process.env.GUIDE_DOCX_MAX_MB;
    const blank = await PDFDocument.create();
    blank.addPage();
    const imageOnly = (await (await post(owner, ws.slug, await blank.save(), "scan.pdf")).json()) as { jobId: string; guide: { id: string } };
    await waitFor(() => allFinished([damaged.jobId, imageOnly.jobId]), 20_000);
    const guides = await (await owner.caller(ws.slug)).brand.guides();
    expect(guides.find((g) => g.id === damaged.guide.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/could not be read/) });
    expect(guides.find((g) => g.id === imageOnly.guide.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/OCR isn't supported/) });
    expect(guides.find((g) => g.id === bombed.guide.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/expands to more than 1 MB/) });
  });
});
