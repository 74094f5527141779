// `ib role ...`: project roles and their holders (lib/access). Local `ib` acts as the machine's owner.
import { grantProjectRole, listProjectRoles, revokeProjectRole } from "../../access/grants";
import type { ProjectRoleView } from "../../access/model";
import { defineCommand, listText } from "../command";

function roleLine(role: ProjectRoleView): string {
  const holders = role.holders.map((holder) => holder.email).join(", ") || "nobody";
  return `${role.name}  [project ${role.project.id}${role.inUse ? "" : ", no longer used"}]  held by: ${holders}`;
}

export const roleList = defineCommand({
  name: "role list",
  usage: "[--project PROJECT_ID]",
  options: { project: { type: "string" } },
  positionals: 0,
  async run({ values }) {
    const roles = await listProjectRoles(values.project);
    return { result: { roles }, text: listText(roles.map(roleLine), "No projects, so no roles yet.") };
  },
});

const GRANT_OPTIONS = { user: { type: "string" }, project: { type: "string" } } as const;
const GRANT_USAGE = 'ROLE --user EMAIL [--project PROJECT_ID]   (ROLE: "Acme POST", or POST with --project)';

export const roleGrant = defineCommand({
  name: "role grant",
  usage: GRANT_USAGE,
  options: GRANT_OPTIONS,
  positionals: 1,
  async run({ values, positionals: [role] }) {
    const granted = await grantProjectRole({ role, email: values.user, projectId: values.project });
    return {
      result: { role: granted },
      text: `Granted ${granted.name} to ${values.user?.trim().toLowerCase()}\n${roleLine(granted)}`,
    };
  },
});

export const roleRevoke = defineCommand({
  name: "role revoke",
  usage: GRANT_USAGE,
  options: GRANT_OPTIONS,
  positionals: 1,
  async run({ values, positionals: [role] }) {
    const revoked = await revokeProjectRole({ role, email: values.user, projectId: values.project });
    return {
      result: { role: revoked },
      text: `Revoked ${revoked.name} from ${values.user?.trim().toLowerCase()}\n${roleLine(revoked)}`,
    };
  },
});
