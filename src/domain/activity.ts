/** Audit events in the words the dashboard shows. */

export interface ActivityEvent {
  action: string;
  details: Record<string, unknown>;
  actorName: string | null;
}

const str = (value: unknown) => (typeof value === "string" ? value : "");

export function describeActivity(event: ActivityEvent): string {
  const who = event.actorName ?? "Someone";
  const d = event.details;
  switch (event.action) {
    case "tenant.created":
      return `${who} created the workspace ${str(d.name)}`.trim();
    case "invitation.created":
      return `${who} invited ${str(d.email)} as ${str(d.role)}`;
    case "invitation.revoked":
      return `${who} withdrew the invitation for ${str(d.email)}`;
    case "invitation.accepted":
      return `${who} joined as ${str(d.role)}`;
    case "member.role_changed":
      return `${who} changed a member's role from ${str(d.from)} to ${str(d.to)}`;
    case "member.removed":
      return `${who} removed a ${str(d.role)} from the workspace`;
    case "member.left":
      return `${who} left the workspace`;
    case "brand_guide.uploaded":
      return `${who} uploaded the brand guide ${str(d.filename)}`;
    case "brand_guide.deleted":
      return `${who} deleted the brand guide ${str(d.filename)}`;
    case "brand_profile.extracted":
      return `${who} extracted brand profile v${String(d.version ?? "")} from the guides`;
    case "brand_profile.edited":
      return `${who} saved brand profile v${String(d.version ?? "")}`;
    case "model.version_created":
      return `${who} started building model v${String(d.version ?? "")} on ${str(d.base)}`;
    case "model.activated":
      return `${who} activated model v${String(d.version ?? "")}`;
    case "model.rolled_back":
      return `${who} rolled the model back to v${String(d.version ?? "")}`;
    case "model.version_deleted":
      return `${who} deleted model v${String(d.version ?? "")}`;
    case "model.base_pull":
      return `${who} pulled the base model ${str(d.base)}`;
    case "brand_kit.saved":
      return `${who} saved the brand kit`;
    case "brand_kit.logo_set":
      return `${who} uploaded a new logo`;
    case "brand_kit.logo_removed":
      return `${who} removed the logo`;
    case "campaign.created":
      return `${who} created the campaign ${str(d.name)}`;
    case "campaign.brief_updated":
      return `${who} changed the brief of ${str(d.name)}`;
    case "campaign.archived":
      return `${who} archived a campaign`;
    case "campaign.restored":
      return `${who} restored a campaign`;
    case "campaign.generation_requested":
      return `${who} asked for ${String(d.variants ?? "")} email variant${d.variants === 1 ? "" : "s"}`;
    case "draft.generated":
      return `The model wrote variant ${String(d.variant ?? "")} (compliance ${String(d.score ?? "")}/100)`;
    case "draft.generation_retried":
      return `${who} retried writing a variant`;
    case "draft.edited":
      return `${who} saved revision ${String(d.revision ?? "")} of a draft`;
    case "draft.submitted":
      return `${who} submitted a draft for review`;
    case "draft.changes_requested":
      return `${who} requested changes`;
    case "draft.approval_recorded":
      return `${who} approved (more approvals needed)`;
    case "draft.approved":
      return `${who} approved a draft`;
    case "draft.rejected":
      return `${who} rejected a draft`;
    case "draft.exported":
      return `${who} exported a draft as ${str(d.format)}`;
    case "draft.commented":
      return `${who} commented on a draft`;
    case "review_policy.saved":
      return `${who} changed the review policy`;
    case "webhook.created":
      return `${who} added a webhook to ${str(d.url)}`;
    case "webhook.deleted":
      return `${who} removed a webhook`;
    case "job.cancelled":
      return `${who} cancelled a ${str(d.type)} job`;
    case "job.retried":
      return `${who} retried a ${str(d.type)} job`;
    case "job.redriven":
      return `${who} retried ${String(d.count ?? "")} failed jobs`;
    default:
      return `${who}: ${event.action}`;
  }
}
