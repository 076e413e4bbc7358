/** The brand kit: how the tenant's emails look (logo, colours, font stack, footer). */
import { z } from "zod";

const hex = (what: string) => z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, `${what} must be a colour like #1F6FEB.`);

export const BrandKitSettings = z.object({
  primaryColor: hex("The primary colour"),
  textColor: hex("The text colour"),
  backgroundColor: hex("The background colour"),
  // Only characters a font stack needs: a kit value must never break out of the CSS it is written into.
  fontStack: z
    .string()
    .trim()
    .min(1, "Give a font stack, e.g. Helvetica, Arial, sans-serif.")
    .max(200, "Keep the font stack under 200 characters.")
    .regex(/^[\w\s,'"-]+$/, "A font stack holds font names, quotes, commas and hyphens only."),
  footer: z.string().trim().max(500, "Keep the footer under 500 characters.").default(""),
});
export type BrandKitSettings = z.infer<typeof BrandKitSettings>;

export const DEFAULT_BRAND_KIT: BrandKitSettings = {
  primaryColor: "#1F6FEB",
  textColor: "#1F2328",
  backgroundColor: "#F6F8FA",
  fontStack: "Helvetica, Arial, sans-serif",
  footer: "",
};

/** What the renderer needs: the settings plus where the logo is (a data: URI for previews, a public URL for exports). */
export interface BrandKit extends BrandKitSettings {
  companyName: string;
  logoSrc: string | null;
}
