/**
 * DOCX renderer: hand-built OOXML zipped with JSZip. Headings use Heading1/Heading2
 * styles, lists are paragraphs with w:numPr (word/numbering.xml), tables are w:tbl,
 * callouts are bordered shaded paragraphs, two-column blocks a borderless two-cell table.
 */
import JSZip from "jszip";
import { FIXED_DATE, richRuns, type Block, type Column, type Guide } from "./types";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const TEXT_WIDTH = 9360; // twips between 1" margins on Letter

export function esc(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function run(text: string, opts: { bold?: boolean; size?: number; color?: string } = {}): string {
  const props = [opts.bold ? "<w:b/>" : "", opts.color ? `<w:color w:val="${opts.color}"/>` : "", opts.size ? `<w:sz w:val="${opts.size}"/>` : ""].join("");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function runs(text: string, opts: { size?: number; color?: string } = {}): string {
  return richRuns(text).map((r) => run(r.text, { ...opts, bold: r.bold })).join("");
}

function para(content: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
}

class Numbering {
  private nums: string[] = [];
  /** A new w:num; ordered lists each get their own so numbering restarts. */
  add(ordered: boolean): number {
    const id = this.nums.length + 1;
    this.nums.push(
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${ordered ? 1 : 0}"/>${ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ""}</w:num>`,
    );
    return id;
  }
  xml(): string {
    const lvl = (fmt: string, text: string, font: string) =>
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>${font}</w:lvl>`;
    const abstract = [
      `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${lvl("bullet", "\u2022", "")}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${lvl("decimal", "%1.", "")}</w:abstractNum>`,
    ];
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${abstract.join("")}${this.nums.join("")}</w:numbering>`;
  }
}

function table(header: string[] | null, rows: string[][], widths: number[] | undefined, borders: boolean): string {
  const cols = (header ?? rows[0] ?? []).length;
  const fr = widths ?? Array.from({ length: cols }, () => 1 / cols);
  const tw = fr.map((f) => Math.round(f * TEXT_WIDTH));
  const cell = (text: string, i: number, head: boolean) => {
    const shd = head ? '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' : "";
    const paras = text.split("\n").map((t) => para(head ? run(t, { bold: true }) : runs(t), '<w:spacing w:before="40" w:after="40"/>'));
    return `<w:tc><w:tcPr><w:tcW w:w="${tw[i] ?? 0}" w:type="dxa"/>${shd}</w:tcPr>${paras.join("")}</w:tc>`;
  };
  const tblBorders = borders
    ? ""
    : '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  const out = [
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${tblBorders}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`,
    `<w:tblGrid>${tw.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
  ];
  if (header) out.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h, i, true)).join("")}</w:tr>`);
  for (const row of rows) out.push(`<w:tr>${row.map((c, i) => cell(c, i, false)).join("")}</w:tr>`);
  out.push("</w:tbl>", para("")); // Word wants a paragraph between adjacent tables
  return out.join("");
}

function columnCell(col: Column): string {
  const parts: string[] = [];
  if (col.heading) parts.push(`**${col.heading}**`);
  for (const line of col.lines) parts.push(col.bullets ? `\u2022 ${line}` : line);
  return parts.join("\n");
}

function body(guide: Guide, numbering: Numbering): string {
  const out: string[] = [para(run(guide.title), '<w:pStyle w:val="Title"/>')];
  if (guide.subtitle) out.push(para(run(guide.subtitle), '<w:pStyle w:val="Subtitle"/>'));
  if (guide.meta) out.push(para(run(guide.meta, { color: "595959", size: 18 })));
  for (const b of guide.blocks) out.push(block(b, numbering));
  out.push(
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>',
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W} ${R}><w:body>${out.join("\n")}</w:body></w:document>`;
}

function block(b: Block, numbering: Numbering): string {
  switch (b.kind) {
    case "heading":
      return para(run(b.text), `<w:pStyle w:val="Heading${b.level ?? 1}"/>`);
    case "paragraph":
      return para(runs(b.text));
    case "list": {
      const id = numbering.add(b.ordered ?? false);
      return b.items.map((item) => para(runs(item), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`)).join("");
    }
    case "table":
      return table(b.header, b.rows, b.widths, true);
    case "callout":
      return para(
        runs(`**${b.title}** ${b.text}`),
        '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="C55A11"/><w:left w:val="single" w:sz="24" w:space="4" w:color="C55A11"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="C55A11"/><w:right w:val="single" w:sz="6" w:space="4" w:color="C55A11"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBF3E6"/><w:spacing w:before="120" w:after="120"/>',
      );
    case "quote":
      return [
        ...(b.label ? [para(run(b.label, { bold: true }))] : []),
        ...b.lines.map((l) => para(runs(l), '<w:pStyle w:val="Quote"/>')),
      ].join("");
    case "footer":
      return b.lines.map((l) => para(runs(l), '<w:pStyle w:val="SmallPrint"/>')).join("");
    case "twoColumns":
      return table(null, [[columnCell(b.left), columnCell(b.right)]], [0.5, 0.5], false);
    case "pageBreak":
      return para('<w:r><w:br w:type="page"/></w:r>');
  }
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:sz w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="864" w:right="864"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SmallPrint"><w:name w:val="Small Print"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

export async function renderDocx(guide: Guide): Promise<Uint8Array> {
  const numbering = new Numbering();
  const documentXml = body(guide, numbering);
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, "Z");
  const files: [string, string][] = [
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      "docProps/core.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(guide.title)}</dc:title><dc:creator>${esc(guide.author)}</dc:creator><cp:lastModifiedBy>${esc(guide.author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      "docProps/app.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>${esc(guide.brand)}</Company></Properties>`,
    ],
    ["word/document.xml", documentXml],
    ["word/styles.xml", STYLES],
    ["word/numbering.xml", numbering.xml()],
    [
      "word/_rels/document.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    ],
  ];
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
