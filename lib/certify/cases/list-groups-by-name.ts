// List Groups by Display Name: asking for the created group's name finds it.
import { createdGroup, walkPages } from "../checks";
import { LIST_GROUPS_BY_NAME } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";

export const listGroupsByNameCase: CertifyCase = {
  id: "list-groups-by-display-name",
  title: "List groups by display name finds the created group",
  contracts: [LIST_GROUPS_BY_NAME],
  async run(session) {
    const { id, displayName } = createdGroup(session);
    const { records } = await walkPages(session, LIST_GROUPS_BY_NAME, { displayName }, 100);
    if (!records.some((group) => group.id === id))
      throw new CaseFailure(`"${LIST_GROUPS_BY_NAME}" for "${displayName}" did not return the group ${id}.`);
    return `found ${displayName}`;
  },
};
