// Pushing empty optional values gives no error: an update of the created user (or, without Update User, a second
// user created) whose optional fields are empty strings.
import { createdUser, deactivateAtEnd, testUser } from "../checks";
import { CREATE_USER, UPDATE_USER } from "../contracts";
import { CaseNotApplicable, type CertifyCase } from "../model";

const EMPTY_OPTIONALS = { displayName: "", title: "", nickName: "" };

export const emptyValuesCase: CertifyCase = {
  id: "empty-optional-values",
  title: "Pushing empty optional values gives no error",
  contracts: [],
  async run(session) {
    // Without a user of its own the run cannot tell a broken Create User from a refusal of empty values.
    const { id: createdId } = createdUser(session);
    if (session.has(UPDATE_USER)) {
      await session.succeed(UPDATE_USER, { user: { ...testUser(session), id: createdId, ...EMPTY_OPTIONALS } });
      return `updated ${createdId} with empty optional values`;
    }
    if (!session.has(CREATE_USER)) throw new CaseNotApplicable("The project has neither Update User nor Create User.");
    const user = { ...testUser(session, "e"), ...EMPTY_OPTIONALS };
    let id: string | undefined;
    deactivateAtEnd(session, user.userName, () => id);
    const outputs = await session.succeed(CREATE_USER, { user });
    id = (outputs.user as { id?: string } | undefined)?.id;
    return `created ${user.userName} with empty optional values`;
  },
};
