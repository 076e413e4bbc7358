/**
 * `npm run bench:ingest`: a generated 50-page PDF brand guide parsed, chunked
 * and indexed (as the brand.ingest job does, embeddings excluded) into an
 * embedded PostgreSQL, and compliance checks of typical 300-word emails on
 * one core. The last line of stdout is one JSON object.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import postgres from "postgres";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { checkCopy, EMPTY_PROFILE, type ComplianceProfile } from "@/domain/compliance";
import { parseGuide } from "@/server/brand/parse-guide";
import { createDatabase } from "@/server/db/client";
import { brandChunks } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { startBenchDatabase } from "./support/database";
import { median, round } from "./queue/stats";

const PAGES = 50;
const RUNS = 3;
const out = (line = "") => process.stdout.write(`${line}\n`);

const SENTENCES = [
  "We write the way a good barista talks: warm, direct and never in a hurry.",
  "Say what the coffee tastes like before you say what it costs.",
  "Never call our coffee cheap; say affordable, or better, say nothing about price.",
  "Every offer email ends with the line: Offer valid while stocks last.",
  "Use the product names exactly as written: PowerBrew X2, Northwind House Blend.",
  "One exclamation mark per email is plenty, and none in subject lines.",
];

async function guidePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < PAGES; p++) {
    const page = doc.addPage();
    page.drawText(`SECTION ${p + 1}: ${["VOICE", "WORDS WE AVOID", "PRODUCTS", "LEGAL", "FORMATTING"][p % 5]}`, { x: 50, y: 760, size: 14, font });
    for (let line = 0; line < 34; line++) page.drawText(SENTENCES[(p + line) % SENTENCES.length]!, { x: 50, y: 730 - line * 20, size: 10, font });
  }
  return doc.save();
}

function email(): string {
  const words = "Our spring roasts arrive this week with bright citrus notes and a sweet finish that pairs well with milk or black on a slow morning".split(" ");
  return `${Array.from({ length: 300 }, (_, i) => words[i % words.length]).join(" ")}. Order at https://shop.example.com/spring\n\n{{unsubscribe}}`;
}

async function main() {
  const database = await startBenchDatabase("ingest");
  try {
    const { ownerUrl, appUrl } = database;
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    const [tenant] = await owner<{ id: string }[]>`insert into organization (name, slug) values ('Bench', 'bench-ingest') returning id`;
    const { db, sql } = createDatabase(appUrl, { max: 2 });
    const pdf = await guidePdf();
    out(`# Ingest benchmark: ${PAGES}-page PDF (${Math.round(pdf.length / 1024)} KB), ${RUNS} runs`);

    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const [guide] = await owner<{ id: string }[]>`
        insert into brand_guides (tenant_id, filename, kind, size, sha256) values (${tenant!.id}, 'guide.pdf', 'pdf', ${pdf.length}, ${`run-${run}`}) returning id`;
      const started = performance.now();
      const pages = await parseGuide("pdf", pdf);
      const chunks = chunkGuide(pages);
      await withTenant(db, tenant!.id, async (tx) => {
        for (let i = 0; i < chunks.length; i += 500) {
          await tx.insert(brandChunks).values(chunks.slice(i, i + 500).map((c) => ({ ...c, tenantId: tenant!.id, guideId: guide!.id })));
        }
      });
      const seconds = (performance.now() - started) / 1000;
      times.push(seconds);
      out(`run ${run}: ${pages.length} pages → ${chunks.length} passages indexed in ${round(seconds, 3)} s`);
    }

    const profile: ComplianceProfile = {
      ...EMPTY_PROFILE,
      bannedTerms: ["cheap", "deal", "bargain", "discount", "sale", "hurry", "guru", "rockstar", "synergy", "leverage"].map((term) => ({ term })),
      productSpellings: [{ canonical: "PowerBrew X2" }, { canonical: "Northwind House Blend" }],
      disclaimers: [{ text: "Offer valid while stocks last." }],
      formatting: { maxExclamations: 1, allowEmoji: false },
    };
    const input = { subject: "Spring roasts are here", preheader: "Three new single origins, roasted this week in small batches.", body: email() };
    for (let i = 0; i < 300; i++) checkCopy(input, profile);
    const rates: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const n = 3000;
      const started = performance.now();
      for (let i = 0; i < n; i++) checkCopy(input, profile);
      rates.push(n / ((performance.now() - started) / 1000));
    }
    out(`compliance: ${rates.map((r) => Math.round(r)).join(", ")} checks/s (300-word email, 10 banned terms, 2 product names, 1 disclaimer, formatting rules; one core)`);
    out(JSON.stringify({ pdf_pages: PAGES, ingest_s: round(median(times), 3), compliance_checks_per_s: Math.round(median(rates)) }));
    await owner.end();
    await sql.end();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
