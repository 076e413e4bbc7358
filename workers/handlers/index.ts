import type { JobHandler } from "../registry";
import { invitationEmail } from "./invitation-email";

/** Every job type the pool runs. Features add their handlers here as they land. */
export const jobHandlers: JobHandler[] = [invitationEmail];
