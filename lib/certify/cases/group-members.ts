// Group membership: add the created user to the created group, see it listed, remove it, see it gone.
import { createdGroup, createdUser, walkPages } from "../checks";
import { ADD_MEMBERS, LIST_MEMBERS, REMOVE_MEMBERS } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";
import type { CertifySession } from "../session";

async function memberIds(session: CertifySession, groupId: string): Promise<string[]> {
  const { records } = await walkPages(session, LIST_MEMBERS, { groupId }, 100);
  return records.map((member) => String(member.value));
}

export const groupMembersCase: CertifyCase = {
  id: "group-members",
  title: "Add, list and remove group members",
  contracts: [ADD_MEMBERS, LIST_MEMBERS, REMOVE_MEMBERS],
  async run(session) {
    const user = createdUser(session);
    const group = createdGroup(session);
    const members = [{ value: user.id, display: user.userName }];
    await session.succeed(ADD_MEMBERS, { groupId: group.id, groupMembers: members });
    if (!(await memberIds(session, group.id)).includes(user.id))
      throw new CaseFailure(`"${LIST_MEMBERS}" did not list ${user.id} after "${ADD_MEMBERS}".`);
    await session.succeed(REMOVE_MEMBERS, { groupId: group.id, groupMembers: members });
    if ((await memberIds(session, group.id)).includes(user.id))
      throw new CaseFailure(`"${LIST_MEMBERS}" still listed ${user.id} after "${REMOVE_MEMBERS}".`);
    return `added, listed and removed ${user.id} in ${group.id}`;
  },
};
