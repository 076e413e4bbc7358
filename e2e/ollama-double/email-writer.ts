/**
 * A plausible answer to Brandsmith's email prompt, for the test double: it
 * reads the brief out of the prompt (campaign, key message, products, angle)
 * and fills the email schema the way a small model obeying `format` would.
 * Deterministic: the same prompt gives the same email.
 */
export function isEmailFormat(format: unknown): boolean {
  const properties = (format as { properties?: Record<string, unknown> } | null)?.properties;
  return !!properties && "subjectAlternatives" in properties && "blocks" in properties;
}

export function writeEmail(messages: { role: string; content: string }[]): string {
  const prompt = messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
  const field = (name: string) => prompt.match(new RegExp(`^${name}: (.+)$`, "m"))?.[1]?.trim() ?? "";
  const campaign = field("Campaign").replace(/\s*\([^)]*\)$/, "") || "Our news";
  const key = field("Key message") || "Something new is here.";
  const variant = Number(prompt.match(/variant (\d+) of/)?.[1] ?? 1);
  const angle = field("Angle for this variant");
  const products = [...prompt.matchAll(/^- ([^(:\n]+?)(?: \(([^)]+)\))?(?:: (.+))?$/gm)].map((m) => ({ name: m[1]!.trim(), facts: m[3]?.trim() ?? "" }));
  const openers = [
    `${campaign} is here, and it was made with you in mind.`,
    `Ever wished your mornings started a little better? ${campaign} might be the answer.`,
    `Last week Maya tried it for the first time. She has not looked back since.`,
    `This is the moment to treat yourself: ${campaign} starts now.`,
    `Here is something you might not expect about ${campaign}.`,
  ];
  const email = {
    subject: `${campaign}: ${["made for you", "a better morning", "a small story", "starting now", "a closer look"][(variant - 1) % 5]}`.slice(0, 60),
    subjectAlternatives: [`Inside ${campaign}`.slice(0, 60), `${campaign}, explained in a minute`.slice(0, 60)],
    preheader: (key.length >= 40 ? key : `${key} Read on for the details.`).slice(0, 125),
    blocks: [
      { type: "heading", text: variant % 2 ? `Meet ${campaign}` : `${campaign}, in short` },
      { type: "paragraph", text: `${openers[(variant - 1) % openers.length]} ${key}` },
      { type: "bullets", items: ["Thoughtfully made", "Easy to start with", "Here when you need it"] },
      ...products.map((p) => ({ type: "product", product: p.name, blurb: p.facts || `${p.name} is part of ${campaign}.` })),
      { type: "paragraph", text: angle ? `We wrote this one to ${angle.charAt(0).toLowerCase()}${angle.slice(1)}` : "We hope you enjoy it." },
    ],
    ctaText: field("Button").replace(/^"|"$/g, "") || "Take a look",
    signOff: "Warm regards, the team",
  };
  return JSON.stringify(email);
}

/** The double's `answer` option for tests that want plausible emails and default answers otherwise. */
export function answerEmails({ messages, format }: { messages: { role: string; content: string }[]; format: unknown }): string | undefined {
  return isEmailFormat(format) ? writeEmail(messages) : undefined;
}
