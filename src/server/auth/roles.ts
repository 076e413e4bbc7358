import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

/**
 * The tenant roles as better-auth access-control roles, so any organization
 * endpoint better-auth still serves applies the same limits as services/.
 */
export const accessControl = createAccessControl(defaultStatements);

export const roles = {
  owner: accessControl.newRole({
    organization: ["update", "delete"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: ["create", "update", "delete"],
    ac: ["create", "read", "update", "delete"],
  }),
  admin: accessControl.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: ["create", "update", "delete"],
    ac: ["read"],
  }),
  marketer: accessControl.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
  reviewer: accessControl.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
};
