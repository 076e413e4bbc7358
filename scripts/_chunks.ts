import { readFileSync } from "node:fs";
import { detectGuide } from "@/domain/brand-guide/detect";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { parseGuide } from "@/server/brand/parse-guide";
const data = new Uint8Array(readFileSync(process.argv[2]!));
const d = detectGuide(data); if (!d.ok) throw new Error(d.reason);
for (const c of chunkGuide(await parseGuide(d.kind, data))) console.log(`--- [${c.section}] p${c.page}\n${c.text}`);
