/**
 * Renders a draft as a real email: responsive HTML with inlined styles
 * (react-email components), a dark-mode stylesheet for clients that honour
 * prefers-color-scheme, and a plain-text part. Everything the model wrote is
 * text to React, so it is escaped; links are kept only when they are http(s)
 * or mailto (or the unsubscribe placeholder).
 */
import { Body, Button, Column, Container, Head, Heading, Hr, Html, Img, Link, Preview, Row, Section, Text, render } from "@react-email/components";
import type { CSSProperties } from "react";
import type { BrandKit } from "./brand-kit";
import { UNSUBSCRIBE_PLACEHOLDER, type EmailBlock, type EmailContent } from "./content";

export interface RenderedEmail {
  html: string;
  text: string;
}

export interface RenderOptions {
  /** "dark" applies the dark styles unconditionally (for previews); "auto" leaves them to the reader's client. */
  scheme?: "auto" | "dark";
}

const DARK = { background: "#0D1117", card: "#161B22", text: "#E6EDF3", muted: "#9DA7B3", border: "#30363D" };

export async function renderEmail(content: EmailContent, kit: BrandKit, options: RenderOptions = {}): Promise<RenderedEmail> {
  const html = await render(<EmailDocument content={content} kit={kit} scheme={options.scheme ?? "auto"} />, { pretty: false });
  return { html, text: plainText(content, kit) };
}

export function safeHref(url: string): string | null {
  const value = url.trim();
  if (!value) return null;
  if (value === UNSUBSCRIBE_PLACEHOLDER) return value;
  try {
    const parsed = new URL(value);
    return ["https:", "http:", "mailto:"].includes(parsed.protocol) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

function EmailDocument({ content, kit, scheme }: { content: EmailContent; kit: BrandKit; scheme: "auto" | "dark" }) {
  const s = styles(kit);
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{content.subject}</title>
        <style dangerouslySetInnerHTML={{ __html: darkCss(scheme) }} />
      </Head>
      {content.preheader ? <Preview>{content.preheader}</Preview> : null}
      <Body className="bs-body" style={s.body}>
        <Container className="bs-card" style={s.card}>
          <Section style={s.header}>
            {kit.logoSrc ? (
              <Img src={kit.logoSrc} alt={kit.companyName} height="40" style={{ height: 40, width: "auto", border: 0 }} />
            ) : (
              <Text className="bs-text" style={s.wordmark}>
                {kit.companyName}
              </Text>
            )}
          </Section>
          <Section style={s.content}>
            {content.blocks.map((block, index) => (
              <BlockView key={index} block={block} kit={kit} />
            ))}
            <CallToAction text={content.cta.text} url={content.cta.url} kit={kit} />
            {content.signOff ? (
              <Text className="bs-text" style={s.paragraph}>
                {content.signOff}
              </Text>
            ) : null}
          </Section>
          <Hr className="bs-rule" style={s.rule} />
          <Section style={s.footer}>
            {content.legal.map((line, index) => (
              <Text key={index} className="bs-muted" style={s.small}>
                {line}
              </Text>
            ))}
            {kit.footer ? (
              <Text className="bs-muted" style={s.small}>
                {kit.footer}
              </Text>
            ) : null}
            <Text className="bs-muted" style={s.small}>
              You are receiving this because you subscribed to {kit.companyName} emails.{" "}
              <Link href={UNSUBSCRIBE_PLACEHOLDER} style={s.footerLink}>
                Unsubscribe
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

function BlockView({ block, kit }: { block: EmailBlock; kit: BrandKit }) {
  const s = styles(kit);
  switch (block.type) {
    case "heading":
      return (
        <Heading as="h2" className="bs-text" style={s.heading}>
          {block.text}
        </Heading>
      );
    case "paragraph":
      return (
        <Text className="bs-text" style={s.paragraph}>
          {block.text}
        </Text>
      );
    case "bullets":
      return (
        <Section>
          {block.items.map((item, index) => (
            <Row key={index}>
              <Column style={{ width: 20, verticalAlign: "top" }}>
                <Text className="bs-text" style={{ ...s.paragraph, margin: "0 0 8px" }}>
                  •
                </Text>
              </Column>
              <Column>
                <Text className="bs-text" style={{ ...s.paragraph, margin: "0 0 8px" }}>
                  {item}
                </Text>
              </Column>
            </Row>
          ))}
        </Section>
      );
    case "product": {
      const href = safeHref(block.url);
      const image = safeHref(block.imageUrl);
      return (
        <Section className="bs-product" style={s.product}>
          {image ? <Img src={image} alt={block.name} width="100%" style={{ maxWidth: "100%", borderRadius: 6, marginBottom: 12 }} /> : null}
          <Text className="bs-text" style={{ ...s.paragraph, fontWeight: 700, margin: "0 0 4px" }}>
            {href ? (
              <Link href={href} style={{ color: kit.primaryColor, textDecoration: "none" }}>
                {block.name}
              </Link>
            ) : (
              block.name
            )}
            {block.price ? <span style={{ fontWeight: 400 }}> · {block.price}</span> : null}
          </Text>
          <Text className="bs-text" style={{ ...s.paragraph, margin: 0 }}>
            {block.blurb}
          </Text>
        </Section>
      );
    }
    case "button":
      return <CallToAction text={block.text} url={block.url} kit={kit} />;
  }
}

function CallToAction({ text, url, kit }: { text: string; url: string; kit: BrandKit }) {
  const href = safeHref(url);
  const s = styles(kit);
  return (
    <Section style={{ padding: "8px 0 16px" }}>
      {href ? (
        <Button href={href} style={s.button}>
          {text}
        </Button>
      ) : (
        <Text style={{ ...s.button, display: "inline-block" }}>{text}</Text>
      )}
    </Section>
  );
}

function styles(kit: BrandKit) {
  const font = kit.fontStack;
  return {
    body: { backgroundColor: kit.backgroundColor, margin: 0, padding: "24px 0", fontFamily: font } satisfies CSSProperties,
    card: { backgroundColor: "#FFFFFF", maxWidth: 600, width: "100%", borderRadius: 8, overflow: "hidden" } satisfies CSSProperties,
    header: { padding: "24px 32px 0" } satisfies CSSProperties,
    wordmark: { fontSize: 20, fontWeight: 700, color: kit.textColor, margin: 0 } satisfies CSSProperties,
    content: { padding: "8px 32px 8px" } satisfies CSSProperties,
    heading: { fontSize: 22, lineHeight: "30px", color: kit.textColor, margin: "16px 0 8px", fontFamily: font } satisfies CSSProperties,
    paragraph: { fontSize: 16, lineHeight: "26px", color: kit.textColor, margin: "0 0 16px", fontFamily: font } satisfies CSSProperties,
    product: { border: "1px solid #D0D7DE", borderRadius: 8, padding: 16, margin: "0 0 16px" } satisfies CSSProperties,
    button: {
      backgroundColor: kit.primaryColor,
      color: "#FFFFFF",
      borderRadius: 6,
      padding: "12px 24px",
      fontSize: 16,
      fontWeight: 700,
      textDecoration: "none",
      fontFamily: font,
    } satisfies CSSProperties,
    rule: { borderColor: "#D0D7DE", margin: "8px 32px" } satisfies CSSProperties,
    footer: { padding: "0 32px 24px" } satisfies CSSProperties,
    small: { fontSize: 12, lineHeight: "18px", color: "#57606A", margin: "0 0 8px", fontFamily: font } satisfies CSSProperties,
    footerLink: { color: "#57606A", textDecoration: "underline" } satisfies CSSProperties,
  };
}

/** Dark styles override the inline ones (hence !important); a forced-dark preview applies them without the media query. */
function darkCss(scheme: "auto" | "dark"): string {
  const rules = [
    `.bs-body{background-color:${DARK.background}!important}`,
    `.bs-card{background-color:${DARK.card}!important}`,
    `.bs-text{color:${DARK.text}!important}`,
    `.bs-muted,.bs-muted a{color:${DARK.muted}!important}`,
    `.bs-product{border-color:${DARK.border}!important}`,
    `.bs-rule{border-color:${DARK.border}!important}`,
  ].join("");
  const responsive = "@media only screen and (max-width:620px){.bs-card{border-radius:0!important}}";
  return scheme === "dark" ? `:root{color-scheme:dark}${rules}${responsive}` : `:root{color-scheme:light dark}@media (prefers-color-scheme:dark){${rules}}${responsive}`;
}

/** The plain-text part: the same words in reading order, links written out. */
export function plainText(content: EmailContent, kit: Pick<BrandKit, "companyName" | "footer">): string {
  const parts: string[] = [];
  if (content.preheader) parts.push(content.preheader);
  for (const block of content.blocks) {
    switch (block.type) {
      case "heading":
        parts.push(block.text.toUpperCase());
        break;
      case "paragraph":
        parts.push(block.text);
        break;
      case "bullets":
        parts.push(block.items.map((item) => `- ${item}`).join("\n"));
        break;
      case "product":
        parts.push([`${block.name}${block.price ? ` · ${block.price}` : ""}`, block.blurb, safeHref(block.url)].filter(Boolean).join("\n"));
        break;
      case "button":
        parts.push(linkLine(block.text, block.url));
        break;
    }
  }
  parts.push(linkLine(content.cta.text, content.cta.url));
  if (content.signOff) parts.push(content.signOff);
  parts.push("--");
  parts.push(...content.legal);
  if (kit.footer) parts.push(kit.footer);
  parts.push(`You are receiving this because you subscribed to ${kit.companyName} emails. Unsubscribe: ${UNSUBSCRIBE_PLACEHOLDER}`);
  return `${parts.join("\n\n")}\n`;
}

function linkLine(text: string, url: string): string {
  const href = safeHref(url);
  return href ? `${text}: ${href}` : text;
}
