import type { JobHandler } from "../registry";
import { ingestBrandGuide } from "./brand-guides";
import { extractBrandProfile } from "./brand-profile";
import { trainBuiltin } from "./builtin";
import { importCatalog } from "./catalog-import";
import { trainRecommenderJob } from "./recommender";
import { generateVariant, rewriteBlock } from "./campaigns";
import { invitationEmail } from "./invitation-email";
import { verificationEmail } from "./verification-email";
import { testEmail } from "./test-email";
import { notificationEmail } from "./notification-email";
import { deliverWebhook } from "./webhooks";
import { createTenantModel, deleteTenantModelFromHosts, pullBaseModel, tryTenantModel } from "./models";
import { evaluateModel } from "./evaluations";
import { judgeVoice } from "./voice-score";

/** Every job type the pool runs. Features add their handlers here as they land. */
export const jobHandlers: JobHandler[] = [invitationEmail, verificationEmail, testEmail, ingestBrandGuide, extractBrandProfile, createTenantModel, evaluateModel, tryTenantModel, pullBaseModel, deleteTenantModelFromHosts, judgeVoice, generateVariant, rewriteBlock, notificationEmail, deliverWebhook, trainBuiltin, importCatalog, trainRecommenderJob];
