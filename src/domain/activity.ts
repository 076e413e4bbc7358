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
    default:
      return `${who}: ${event.action}`;
  }
}
