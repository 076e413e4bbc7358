import { z } from "zod";
import { checkCopy } from "@/domain/compliance";
import { deleteGuide, listGuides, searchGuides } from "@/server/services/brand-guides";
import { complianceProfileFor, decideProfileItem, extractProfile, judgeVoice, ProfileDecision, profileView, saveProfile } from "@/server/services/brand-profile";
import { getBrandKit, LOGO_MAX_BYTES, saveBrandKit, setLogo } from "@/server/services/brand-kit";
import { createTRPCRouter, tenantProcedure } from "../init";

const guideId = z.uuid({ message: "That guide id is not valid. Reload the page." });

export const brandRouter = createTRPCRouter({
  guides: tenantProcedure().query(({ ctx }) => listGuides(ctx.service)),
  searchGuides: tenantProcedure()
    .input(z.object({ query: z.string().max(200, "Search with fewer words.") }))
    .query(({ ctx, input }) => searchGuides(ctx.service, input.query)),
  deleteGuide: tenantProcedure("owner", "admin")
    .input(z.object({ guideId }))
    .mutation(({ ctx, input }) => deleteGuide(ctx.service, input.guideId)),

  /**
   * Checks any copy against the compliance rules. Pure and fast (thousands of
   * checks a second), so it runs inline rather than as a job. The current
   * brand profile's rules apply on top of the universal ones.
   */
  checkCopy: tenantProcedure()
    .input(
      z.object({
        subject: z.string().max(500).optional(),
        preheader: z.string().max(1000).optional(),
        body: z.string().min(1, "Paste some copy to check.").max(100_000, "Check at most 100,000 characters at a time."),
        kind: z.enum(["email", "text"]).default("email"),
      }),
    )
    .mutation(async ({ ctx, input }) => checkCopy(input, await complianceProfileFor(ctx.service))),
  /** A model-judged voice score, separate from the deterministic one; runs as a job the page follows. */
  judgeVoice: tenantProcedure()
    .input(z.object({ subject: z.string().max(500).optional(), preheader: z.string().max(1000).optional(), body: z.string().min(1, "Paste some copy to judge.").max(20_000) }))
    .mutation(({ ctx, input }) => judgeVoice(ctx.service, input)),
  /** The current profile with what the guides say that it does not cover, conflicts, and guides without rules. */
  profile: tenantProcedure().query(({ ctx }) => profileView(ctx.service)),
  /** Accept or reject an unverified item, add an uncovered passage's rule, or dismiss it. */
  decideProfileItem: tenantProcedure("owner", "admin")
    .input(ProfileDecision)
    .mutation(({ ctx, input }) => decideProfileItem(ctx.service, input)),
  extractProfile: tenantProcedure("owner", "admin").mutation(({ ctx }) => extractProfile(ctx.service)),
  saveProfile: tenantProcedure("owner", "admin")
    .input(z.object({ profile: z.unknown() }))
    .mutation(({ ctx, input }) => saveProfile(ctx.service, input.profile)),
  kit: tenantProcedure().query(({ ctx }) => getBrandKit(ctx.service)),
  saveKit: tenantProcedure("owner", "admin")
    .input(z.object({ settings: z.unknown() }))
    .mutation(({ ctx, input }) => saveBrandKit(ctx.service, input.settings)),
  /** The logo as base64 (at most 512 KB, so JSON is fine); null removes it. */
  setLogo: tenantProcedure("owner", "admin")
    .input(z.object({ base64: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 8, "Logos are at most 512 KB.").nullable() }))
    .mutation(({ ctx, input }) => setLogo(ctx.service, input.base64 === null ? null : Buffer.from(input.base64, "base64"))),
});
