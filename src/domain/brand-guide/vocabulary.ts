/**
 * The words brand guides use for their rules, as data: how sections are
 * headed, how table columns are labelled, how rule sentences are phrased.
 * The reader (read-rules.ts) only combines these; to teach it a new way of
 * saying "words to avoid", add a pattern here and a case to the tests.
 * All patterns run on lower-cased text with curly quotes straightened.
 */

export type SectionKind = "preferred" | "banned" | "products" | "legal" | "signoff" | "formatting" | "voice" | "audience" | "dos" | "donts";

/** Heading wording per kind, most specific first: "words we love" is checked before anything with "words". */
export const SECTION_VOCABULARY: readonly { kind: SectionKind; patterns: readonly RegExp[] }[] = [
  {
    kind: "preferred",
    patterns: [
      /\b(words?|terms?|phrases?|language) (we|i) (love|like|use|prefer|favou?r|reach for)\b/,
      /\bfavou?rite (words?|terms?|phrases?)\b/,
      /\bpreferred (words?|terms?|vocabulary|language|phrases?)\b/,
      /\bon-brand (words?|vocabulary|language)\b/,
      /^(say this|use these|words to use|do say|say)$/,
    ],
  },
  {
    kind: "banned",
    patterns: [
      /\b(words?|terms?|phrases?|language|vocabulary|expressions?)\b.*\b(avoid|never|don'?t|do not|banned|forbidden|prohibited|off[- ]limits|not use|we skip|to skip|retire[sd]?)\b/,
      /\b(avoid|banned|forbidden|prohibited|off[- ]limits|restricted|blocklist|blacklist|deny ?list)\b.*\b(words?|terms?|phrases?|language|list|vocabulary|expressions?)\b/,
      /\b(never say|never write|never use|don'?t say|do not say|don'?t write|do not write|not this|instead of|what we don'?t say|words to watch|red[- ]flag (words|terms))\b/,
      /^(avoid|banned|off[- ]limits|never|forbidden|prohibited|don'?t use|do not use)$/,
      /^(banned|forbidden|prohibited|off[- ]limits|never say|words? to avoid|(please )?avoid|steer clear|we don'?t say|don'?t say)\b/,
      /\b(word|term|phrase|language) (swaps?|substitutions?|replacements?)\b|\bswap (these|this|them)\b|\bwords? to (swap|replace)\b/,
      /\b(words?|terms?|phrases?|language|vocabulary|expressions?)\b.*\b(given up|gave up|put away|retired|outdated|dropped|steer clear|no[- ]go|left behind|stopped using|don'?t use|do not use|not on[- ]brand|off[- ]brand|watch out for|problem|trouble)\b/,
      /\b(steer clear|stay away|no[- ]go|red flags?|watch ?list|off[- ]brand|problem words|outdated)\b/,
      /\b(words?|terms?|phrases?|language|vocabulary)\b.*\b(leave (on the shelf|out|behind|at the door)|we leave|left out|we skip|we'?ve banned|banned)\b/,
    ],
  },
  {
    kind: "products",
    patterns: [
      /\bproducts?( and service)? names?\b/,
      /\btrade ?marks?\b/,
      /\bhow (we|to) (write|spell|style|name|refer to) (our|the) (names?|products?|services?|brands?|plans?|accounts?|range)\b/,
      /\bnaming( conventions?| rules?| guidelines?)?\b/,
      /\b(brand|plan|account|service|model|feature|tier|range) names?\b/,
      /\bour (products|range|line-?up|portfolio|plans|accounts|services|collections?|treatments|programmes|programs|tariffs|policies|cards|boxes|tiers|memberships|features|apps?|bikes|coffees|beers|courses|ranges)\b/,
      /\bproduct (line|range|family|portfolio|catalog(ue)?|spellings?)\b/,
      /\bspelling\b/,
      /^names$|\bnames we\b|\b(our|product|brand|the|other|these|service|plan|programme|program) names\b|\bnames (and|&) (how|styling)\b/,
      /\bnames? (we want you to|you must|to) (get right|spell|write)\b|\b(get|spell|write) (the|our|these|their) names? (right|exactly|correctly)\b/,
    ],
  },
  {
    kind: "legal",
    patterns: [
      /\blegal\b/,
      /\bdisclaimers?\b/,
      /\bdisclosures?\b/,
      /\b(required|mandatory|regulatory|compliance|statutory) (language|wording|text|lines?|copy|statements?|notices?)\b/,
      /\b(small|fine) print\b/,
      /\brisk warnings?\b/,
      /\bregulatory\b/,
    ],
  },
  { kind: "signoff", patterns: [/\b(say|saying) goodbye\b|\bgoodbyes?\b|\bfarewells?\b|\bclosing lines?\b/, /\bsign[- ]?offs?\b/, /\bsigning off\b/, /\bclosings?\b/, /\bvaledictions?\b/, /\bhow (we|to) (end|close|sign)\b/, /\bsignatures?\b/, /\bending (an|every|each|our) emails?\b/] },
  {
    kind: "formatting",
    patterns: [/\bpunctuation\b/, /\bformatting\b/, /\bmechanics\b/, /\bcapitali[sz]ation\b/, /\bemojis?\b/, /\btypography\b/, /\bstyle rules\b/, /\bgrammar\b/, /\bhouse style\b/, /\bwriting rules\b/],
  },
  { kind: "dos", patterns: [/^(do|do's|dos|do this|yes|✓|✔|✅|good|good example)$/] },
  { kind: "donts", patterns: [/^(don'?t|don'?ts|do not|not this|no|✗|✘|❌|bad|bad example)$/] },
  { kind: "voice", patterns: [/\bvoice\b/, /\btone\b/, /\bpersonality\b/, /\bhow (we|to) (sound|write|speak|talk)\b/, /\bcharacter\b/, /\bwho we are\b/] },
  { kind: "audience", patterns: [/\baudiences?\b/, /\bwho (we|to) (write|talk|speak) (to|for)\b/, /\bour (readers|customers|members|patients|guests|shoppers)\b/] },
];

/** Table column labels. A header decides what its column's cells are. */
export type ColumnRole = "banned" | "replacement" | "product" | "variant" | "preferred" | "notes" | "trait" | "status";

export const COLUMN_VOCABULARY: readonly { role: ColumnRole; patterns: readonly RegExp[] }[] = [
  { role: "status", patterns: [/^(status|verdict|allowed\??|ok\??|okay\??|use\??|use it\??|ok to use\??|can we use it\??|approved\??|ruling)$/] },
  { role: "trait", patterns: [/^(we are|we're|we sound|our voice is|we are not|we're not|we aren'?t|we don'?t sound|is|is not|isn'?t)$/] },
  { role: "notes", patterns: [/\b(why|reason|notes?|context|explanation|because|meaning|what it means|description|details?|usage|when|where|example|examples|applies to|category|type)\b/] },
  { role: "variant", patterns: [/\b(never write|not|incorrect|wrong|misspellings?|common (mistakes|errors|slips?)|slips?|mistakes?|typos?|don'?t write|avoid|variants?)\b/] },
  { role: "banned", patterns: [/\b(avoid|don'?t|do not|never|instead of|banned|off[- ]limits|forbidden|incorrect|wrong|rather than|not this|old|before|retired|outdated|legacy|obsolete|former|no[- ]go|drop)\b|^(no|✗|✘|❌|⛔|🚫|x)$|\babout to (write|say|use)\b|\bif you'?re tempted\b|\byou might (write|say)\b|\btempting\b/] },
  { role: "product", patterns: [/\b(products?|names?|how to write( it)?|write it as|how it appears|appears as|correct( form| spelling)?|spelling|trade ?marks?|styled as|styling|official|display(ed)? as)\b|\bhow (it|it's|it is|they're|they are) (written|styled|spelled|spelt)\b|\bwritten as\b/] },
  { role: "replacement", patterns: [/\b(use|say|write|try|prefer(red)?|instead|alternatives?|replacements?|better|on-brand|correct|new|after)\b|^(do|yes|this|do this|✓|✔|✅)$/] },
  { role: "preferred", patterns: [/\b(love|like|favou?rite|words we use)\b/] },
];

/**
 * Sentences that state a banned term wherever they appear, with the capture
 * groups that hold the term (possibly a list "x, y or z") and its replacement.
 */
export const BANNED_SENTENCES: readonly { pattern: RegExp; banned: number; replacement: number | null }[] = [
  { pattern: /\b(?:never|don'?t|do not|avoid|we don'?t|please don'?t)\s+(?:ever\s+)?(?:say|use|write|call (?:it|them|us|anything|something|(?:our|your|a|an|the|any)\s[\w ]{1,30}?)|describe (?:it|them|us|anything|(?:our|your|a|an|the|any)\s[\w ]{1,30}?) as|refer to (?:it|them|us|(?:our|your|a|an|the|any)\s[\w ]{1,30}?) as|use the (?:words?|terms?|phrases?)|say the (?:words?|phrases?))\s+((?:an?\s+)?["“‘'][^"”’']{2,60}["”’'](?:\s*(?:,|or|and|\/)\s*["“‘'][^"”’']{2,60}["”’'])*)(?:[^.]*?\b(?:say|use|write|try)\s+["“‘']([^"”’']{2,60})["”’'])?/, banned: 1, replacement: 2 },
  { pattern: /\b(?:never|don'?t|do not|we never|we don'?t)\s+(?:describe|call|refer to|label|market)\s+(?:our|your|the|any)?\s*[\w -]{0,40}?\s+as\s+(?:an?\s+)?["“‘']?([a-z][\w'-]*(?:\s[a-z][\w'-]*){0,2})["”’']?(?=[.;,!]|\s+(?:or|and|—|–|-|because|since|in|—))/, banned: 1, replacement: 2 },
  { pattern: /\b(?:avoid|steer clear of|stay away from|ban|banned|retire[sd]?)\s+(?:the\s+)?(?:words?|terms?|phrases?|expressions?)\s+(?:like\s+|such as\s+)?((?:["“‘'][^"”’']{2,60}["”’'](?:\s*(?:,|or|and|\/)\s*)?)+)/, banned: 1, replacement: 2 },
  { pattern: /((?:["“‘'][^"”’']{2,60}["”’'](?:\s*(?:,|or|and|\/)\s*)?)+)\s+(?:is|are)\s+(?:off[- ]limits|banned|forbidden|never (?:ok|okay|used|allowed)|not allowed|not (?:ok|okay)|out|wrong|incorrect|a no-go)\b/, banned: 1, replacement: 2 },
  { pattern: /\b(?:drop|ditch|retire|stop(?:ped)? (?:saying|using|promising|writing|calling it)|lose|avoid saying|avoid)\s+(?:(?:a|an|the)\s+)?((?:["“‘'][^"”’']{2,60}["”’'](?:\s*(?:,|or|and|\/)\s*)?)+)(?:[^.]*?\b(?:phrase|word|wording|term) (?:is|we use is)\s+["“‘']([^"”’']{2,60})["”’'])?/, banned: 1, replacement: 2 },
  { pattern: /\b(?:never|don'?t|do not)\s+(?:write|say|use|mention)\s+((?!(?:exclamation|emoji|capitals|caps|jargon|abbreviations|acronyms|numbers|the |a |an |our |your |any |it |them |words|slang|puns|one|two|three|more|less|this|that|these|those|anything|something)\b)[a-z][\w'-]*(?:\s[a-z][\w'-]*)?)\s+(?:in|on|anywhere|about)\s+(?:any|an|our|your|a|the|emails?|subject)\b/, banned: 1, replacement: null },
  { pattern: /\bthe (?:word|phrase|term|claim)\s+["“‘']([^"”’']{2,40})["”’']\s+(?:does not|doesn'?t|must not|should not|never|cannot|can'?t)\s+(?:appear|belong|be used|get used|feature|go)\b/, banned: 1, replacement: null },
  { pattern: /\binstead of\s+["“‘']([^"”’']{2,60})["”’'],?\s+(?:say|use|write)\s+["“‘']([^"”’']{2,60})["”’']/, banned: 1, replacement: 2 },
  { pattern: /\b(?:never|don'?t|do not)\s+(?:say|use|write)\s+([a-z][\w-]*(?:\s[a-z][\w-]*)??)\b[^.;]{0,80}[;,—–-]\s*(?:say|use|write)\s+([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+instead\b/, banned: 1, replacement: 2 },
  { pattern: /\b(?:never|don'?t|do not)\s+call\s+(?:(?:a|an|the|our|your|any|it|them|us)\s+)?(?:[\w-]+\s+)?([a-z][\w-]*)\s*[;,—–]\s*([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+is the (?:word|term) we use\b/, banned: 1, replacement: 2 },
  { pattern: /\b(?:say|use|write)\s+["“‘']([^"”’']{2,60})["”’']\s+(?:instead of|rather than|not)\s+["“‘']([^"”’']{2,60})["”’']/, banned: 2, replacement: 1 },
];
/** In these patterns the replacement comes first (group 1) and the banned term second (group 2). */

/** "Use X, not Y", "X → Y", "X (say Y)": one line, one banned term and its replacement. */
export const REPLACEMENT_LINES: readonly { pattern: RegExp; banned: number; replacement: number }[] = [
  { pattern: /^(?:use|say|write|prefer|try)\s+(.{2,60}?),?\s+(?:not|instead of|rather than|over|to)\s+(.{2,60}?)\.?$/i, replacement: 1, banned: 2 },
  { pattern: /^swap\s+(.{2,60}?)\s+(?:for|with)\s+(.{2,60}?)\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^replace\s+(.{2,60}?)\s+with\s+(.{2,60}?)\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^(?:instead of|not|never|avoid|don'?t say|don'?t use|don'?t write)\s+(.{2,60}?),?\s+(?:say|use|write|try)\s+(.{2,60}?)\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^(.{2,60}?)\s*(?:→|->|=>|⟶|➔|➜|›|»)\s*(.{2,60}?)\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^(.{2,60}?)\s*\((?:say|use|write|try|prefer)\s+(.{2,60}?)(?:\s+instead)?\)\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^(.{2,60}?)\s*\((?:not|never|instead of|rather than)\s+(.{2,60}?)\)\.?$/i, replacement: 1, banned: 2 },
  { pattern: /^(.{2,60}?)\s*[:—–-]\s*(?:say|use|write|try|prefer)\s+(.{2,60}?)(?:\s+instead)?\.?$/i, banned: 1, replacement: 2 },
  { pattern: /^(.{2,40}?),\s+not\s+(.{2,40}?)\.?$/i, replacement: 1, banned: 2 },
];

/** Values a list of terms can hold that are not terms ("Banned words: none"). */
export const NOT_A_TERM = /^(none|n\/a|na|nothing|null|tbd|tbc|-|—|etc|e\.g\.|i\.e\.|see below|see above|the following|as follows)$/;

/** Text that tries to instruct a reader rather than describe the brand: never read as rules. */
export const INJECTION = /\b(automated|ai) (assistants?|systems?|tools?|readers?|models?|review tools?)\b[^.]{0,40}\b(reading|parsing|processing|reviewing)\b|\breport (that|them as|it as|banned)\b[^.]{0,40}\b(no|none|withdrawn)\b|\b(ignore|disregard|forget|override)\b[^.]{0,40}\b(previous|prior|above|earlier|all|these|other)\b[^.]{0,20}\b(instructions?|rules?|prompts?|guidance)\b|\bnote to (ai|an ai|llms?|language models?|assistants?|bots?|automated|tools)\b|\b(system prompt|as an ai|you are (an|a) (ai|assistant|language model))\b/;

/** A sentence that introduces the text that follows it as required wording. */
/** Required wording quoted right after the words that require it: must include "…", end with the line: "…". */
export const REQUIRED_QUOTE = /\b(?:include|includes|including|carry|carries|contain|contains|end with|ends with|close with|add|print|state|display|show|read|reads|feature|with the (?:line|words|sentence|statement|text|disclaimer)|this (?:line|statement|text|disclaimer|wording))\b[^"“]{0,40}["“]([^"”]{12,600})["”]/;

export const REQUIRED_TEXT_CUE = /\b(?:is|are)\s+(?:mandatory|compulsory|required|obligatory)\b|\binclude (this|these|the following|it)\b|\b(go|goes|appear|appears|belong|belongs|sit|sits)\s+(on|in|at the (?:bottom|end|foot) of)\s+(every|each|all|any)\b|\b(emails?|messages?|newsletters?|mailings?|campaigns?)\b[^.]{0,40}\b(must|should)?\s*(end|ends|close|closes|finish|finishes)\s+with\b|\b(every|each|all|any)\b[^.]{0,50}\b(emails?|messages?|campaigns?|mailings?|newsletters?)\b[^.]{0,60}\b(carr(?:y|ies)|includes?|contains?|ends? with|closes? with|shows?|displays?|must)\b|\b(must|should|always|need to|needs to|has to|have to|required to|is required|are required)\b[^.]{0,80}\b(include|includ|carry|contain|end with|close with|feature|show|display|appear|add|print|state)\b|\b(the following|below|this (line|text|wording|statement|disclaimer|notice))\b[^.]{0,60}(:|$)|\b(verbatim|word for word|exactly as written|exact wording)\b|\brequires? (?:the |these |both |two |three |four )?(?:lines?|statements?|text|wording|disclaimers?|notices?)\b|\bcopy (?:them|it|these|this) (?:exactly|word for word|verbatim)\b|\b(?:copied|reproduced|pasted) (?:exactly|word for word|verbatim|in full)\b|\b(?:copy|paste|copy and paste|add|use)\b[^.]{0,30}\b(?:lines?|text|wording|statements?|disclaimers?)\b[^.]{0,20}\b(?:below|following|at the (?:bottom|foot|end) of)\b|\b(?:must|should)\s+(?:sit|go|appear|be)\s+(?:at|on|in|under|below)\b/;

/** Words that mark an explanation about legal text rather than the text itself. */
export const LEGAL_META = /\b(legal team|compliance team|our lawyers|counsel|sign[- ]off from|approved by|reviewed by|regulator requires|we are required|you must|must (include|carry|appear|be included)|every (email|message|campaign|mailing)|emails? that|campaigns? that|the (line|disclaimer|statement|notice) (below|above)|in (every|each|all) (emails?|messages?|campaigns?))\b/;

/** Style rules in prose: each pattern recognises one rule and its value. */
export const STYLE_SENTENCES = {
  noExclamation: /\b(no|never use|never|avoid|don'?t use|do not use|zero|without|skip)\b[^.]{0,30}\bexclamation (marks?|points?)\b|\bexclamation (marks?|points?)\b[^.]{0,30}\b(never|not allowed|banned|off[- ]limits|are out|none|nope|don'?t|don'?t belong|do not belong|have no place|aren'?t used|are not used)\b/,
  /** The number right before "exclamation": "one exclamation mark", "no exclamation points". */
  exclamationCount: /\b(no|zero|one|a single|single|two|three|four|five|\d)\s+exclamation (?:marks?|points?)/,
  maxExclamation: /\b(?:at most|no more than|maximum(?: of)?|max(?:imum)?\.?|never more than|only|up to|limit (?:yourself |it )?to|a single|just|one)\s+(one|two|three|four|five|single|\d)?\s*exclamation (?:marks?|points?)|\bexclamation (?:marks?|points?)[^.]{0,30}?\b(?:at most|no more than|maximum(?: of)?|max|limit(?:ed)? to|up to)\s+(one|two|three|four|five|\d)\b|\b(one|two|three|single|\d) exclamation (?:marks?|points?) (?:at most|max|maximum|per (?:email|message|piece|mail)|is (?:the|our) (?:limit|max))/,
  subject: /\bsubject(?: lines?)?\b/,
  noEmoji: /\b(no|never use|never|avoid|don'?t use|do not use|without|skip|keep)\b[^.]{0,30}\bemojis?\b(?![^.]{0,20}\b(welcome|fine|ok|okay|allowed|encouraged)\b)|\bemojis?\b[^.]{0,30}\b(never|not allowed|banned|off[- ]limits|are out|aren'?t (?:ok|okay|allowed|on-brand|used)|are not (?:used|allowed)|don'?t (?:belong|appear)|do not (?:belong|appear)|have no place|not on-brand)\b/,
  emojiNotInEmail: /\bemojis?\b.{0,80}\b(leave them out|keep them out|not in (our )?emails?)\b|\b(don'?t|do not|never|won'?t)\s+(?:use|put|add|include)\s+(?:them|it|emojis?)\b[^.]{0,20}\bemails?\b|\bnot in (?:our )?emails?\b/,
  allowEmoji: /^emojis?:\s*(yes|allowed|welcome|fine|ok)\b|\bemojis?\b[^.]{0,40}\b(welcome|fine|ok|okay|allowed|encouraged|part of our voice|part of how we (?:talk|write|sound)|sparingly|in moderation)\b|\b(use|add|love|sprinkle)\b[^.]{0,20}\bemojis?\b/,
  noAllCaps: /^(all[- ]caps|capitals|caps|upper-?case)\s*:\s*(no|nope|never|not|none)\b|\b(capitals?|caps|upper-?case)\b[^.]{0,60}\b(never|not) (for|to add) emphasis\b|\b(no|never|avoid|don'?t|do not|without)\b[^.]{0,40}\b(all[- ]caps|all capitals|all upper-?case|(?:words )?in (?:capitals|caps|upper-?case)|capital letters|capitals for emphasis|upper-?case (?:words|letters|for emphasis)|block capitals|shouting in caps|caps lock)\b|\b(all[- ]caps|caps lock|block capitals)\b[^.]{0,30}\b(never|not allowed|banned|off[- ]limits|reads as shouting|is shouting|are out)\b/,
  signOff: /\b(?:sign[- ]?off|sign off with|signing off|close (?:every|each|all|our|your)? ?(?:emails?|messages?)? ?with|end (?:every|each|all|our|your)? ?(?:emails?|messages?)? ?with|closing line|closing is|signature)\b[^"“]{0,40}["“]([^"”]{2,120})["”]/,
} as const;

/** Words that end a product-name candidate taken from the start of a line ("StormShell — our rain jacket"). */
export const NAME_SEPARATORS = /\s*(?:[—–:(]|\s-\s|,\s|;|\bis\b|\bare\b|\bnot\b|\bnever\b|\bour\b|\bthe\b)/;

/** Section headings over example copy the brand holds up ("Example email", "What good looks like", "Sounds like"). */
export const EXAMPLE_SECTION = /\b(examples?|samples?|sample copy|what good looks like|in practice|sounds like|how we sound|in action|model emails?|templates?)\b/i;
/** …unless the heading says the examples are what not to write. */
export const NOT_AN_EXAMPLE = /\b(bad|poor|wrong|don'?t|do not|avoid|never|not this|before)\b/i;
