import { z } from "zod";
import { checkCopy, EMPTY_PROFILE } from "@/domain/compliance";
import { createTRPCRouter, tenantProcedure } from "../init";

export const brandRouter = createTRPCRouter({
  /**
   * Checks any copy against the compliance rules. Pure and fast (thousands of
   * checks a second), so it runs inline rather than as a job. The tenant's
   * brand-profile rules join here once the brand profile exists.
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
    .mutation(({ input }) => checkCopy(input, EMPTY_PROFILE)),
});
