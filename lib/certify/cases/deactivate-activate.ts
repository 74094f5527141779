// Deactivate then Activate: both succeed and the user keeps its id (and its active flag follows, when readable).
import { createdUser, expectField } from "../checks";
import { ACTIVATE_USER, DEACTIVATE_USER, GET_USER } from "../contracts";
import type { CertifyCase } from "../model";
import type { CertifySession } from "../session";

async function expectState(session: CertifySession, id: string, active: boolean) {
  if (!session.has(GET_USER)) return;
  const outputs = await session.succeed(GET_USER, { userId: id });
  expectField(GET_USER, outputs.user, "user", "id", id);
  expectField(GET_USER, outputs.user, "user", "active", active);
}

export const deactivateActivateCase: CertifyCase = {
  id: "deactivate-activate",
  title: "Deactivate then activate the user; it keeps the same id",
  contracts: [DEACTIVATE_USER, ACTIVATE_USER],
  async run(session) {
    const { id } = createdUser(session);
    await session.succeed(DEACTIVATE_USER, { userId: id });
    await expectState(session, id, false);
    await session.succeed(ACTIVATE_USER, { userId: id });
    await expectState(session, id, true);
    return `deactivated and activated ${id}`;
  },
};
