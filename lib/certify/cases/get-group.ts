// Get Group by ID: the created group reads back with the same id and display name.
import { createdGroup, expectField } from "../checks";
import { GET_GROUP } from "../contracts";
import type { CertifyCase } from "../model";

export const getGroupCase: CertifyCase = {
  id: "get-group-by-id",
  title: "Read the group back by id",
  contracts: [GET_GROUP],
  async run(session) {
    const { id, displayName } = createdGroup(session);
    const outputs = await session.succeed(GET_GROUP, { groupId: id });
    expectField(GET_GROUP, outputs.group, "group", "id", id);
    expectField(GET_GROUP, outputs.group, "group", "displayName", displayName);
    return `read group ${id} back`;
  },
};
