// Create Group: the group comes back with an id and its display name; it is removed at the end of the run, even when
// the case fails.
import { expectField, removeGroupAtEnd, testGroup } from "../checks";
import { CREATE_GROUP } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";

export const createGroupCase: CertifyCase = {
  id: "create-group",
  title: "Create a group",
  contracts: [CREATE_GROUP],
  async run(session) {
    const sent = testGroup(session);
    removeGroupAtEnd(session, sent.displayName, () => session.createdGroup?.id);
    const { group } = (await session.succeed(CREATE_GROUP, { group: sent })) as { group?: Record<string, unknown> };
    const id = group?.id;
    if (typeof id !== "string" || id === "") throw new CaseFailure(`"${CREATE_GROUP}" returned no group.id.`);
    session.createdGroup = { id, displayName: sent.displayName };
    expectField(CREATE_GROUP, group, "group", "displayName", sent.displayName);
    return `created group ${sent.displayName} as ${id}`;
  },
};
