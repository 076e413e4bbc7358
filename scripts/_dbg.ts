import { readRules } from "@/domain/brand-guide/read-rules";
const r = readRules([{ section: "Email Copy Standards › 5. Product and add-on names", text: "| Product | Correct form | Don't write |\n| Entry-level comprehensive policy | Tarnbrook Essentials | Tarnbrook Essential, T-Essentials |\n| Breakdown add-on | RoadRescue | Road Rescue, Roadrescue |" }]);
console.log(r.productSpellings.map(p => p.name), r.bannedTerms.map(b => b.term));
