import { trainLanguageModel } from "@/ai/builtin/language-model";
import { writeEmail } from "@/ai/builtin/write-email";
import { detectGuide } from "@/domain/brand-guide/detect";
import { readRules } from "@/domain/brand-guide/read-rules";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { toComplianceProfile } from "@/domain/brand-profile";
import { checkCopy } from "@/domain/compliance";
import { complianceInput, contentFromModel } from "@/domain/email/content";
import { verifyExtraction } from "@/domain/profile-verification";
import { builtinRules } from "@/server/models/builtin";
import { parseGuide } from "@/server/brand/parse-guide";
import { corpusBriefs, companyName } from "../bench/support/corpus-briefs";
import { loadCorpus } from "../bench/support/guide-corpus";
import { mulberry32 } from "@/domain/random";
const random = mulberry32(13);
for (const g of loadCorpus()) {
  const d = detectGuide(g.data); if (!d.ok) throw 1;
  const chunks = chunkGuide(await parseGuide(d.kind, g.data));
  const profile = verifyExtraction(readRules(chunks), chunks.map(c => ({ guideId: "g", documentName: "x", section: c.section, page: c.page, text: c.text })));
  const model = trainLanguageModel(chunks.map(c => c.text));
  const briefs = corpusBriefs(g.key, 20, random);
  for (let i = 0; i < 20; i++) {
    const email = writeEmail({ companyName: companyName(g.key), brief: briefs[i]!, variant: 1 + (i % 5), rules: builtinRules(profile), model });
    const content = contentFromModel(email, briefs[i]!, profile.requiredDisclaimers.map(d => d.text), profile.productSpellings.map(p => p.name));
    const errs = checkCopy(complianceInput(content, "Street 1"), toComplianceProfile(profile)).findings.filter(f => f.severity === "error");
    for (const e of errs) console.log(g.key.file, e.rule, e.message.slice(0, 120));
  }
}
