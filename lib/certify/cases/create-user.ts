// Create User: the user comes back with an id in the app and the fields sent. Its removal at the end of the run is
// registered before the call, so a user the app made is removed even when the case fails.
import { deactivateAtEnd, expectField, testUser } from "../checks";
import { CREATE_USER } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";

export const createUserCase: CertifyCase = {
  id: "create-user",
  title: "Create a user",
  contracts: [CREATE_USER],
  async run(session) {
    const sent = testUser(session);
    deactivateAtEnd(session, sent.userName, () => session.createdUser?.id);
    const { user } = (await session.succeed(CREATE_USER, { user: sent })) as { user?: Record<string, unknown> };
    const id = user?.id;
    if (typeof id !== "string" || id === "") throw new CaseFailure(`"${CREATE_USER}" returned no user.id.`);
    session.createdUser = { id, userName: sent.userName };
    expectField(CREATE_USER, user, "user", "userName", sent.userName);
    expectField(CREATE_USER, user, "user", "name.givenName", sent.name.givenName);
    expectField(CREATE_USER, user, "user", "name.familyName", sent.name.familyName);
    return `created ${sent.userName} as ${id}`;
  },
};
