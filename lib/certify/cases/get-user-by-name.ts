// Get User by UserName: found by its userName, and by the same name in another letter case.
import { createdUser, expectField } from "../checks";
import { GET_USER_BY_NAME } from "../contracts";
import type { CertifyCase } from "../model";

export const getUserByNameCase: CertifyCase = {
  id: "get-user-by-username",
  title: "Read the user back by userName, also in another letter case",
  contracts: [GET_USER_BY_NAME],
  async run(session) {
    const { id, userName } = createdUser(session);
    for (const asked of [userName, userName.toUpperCase()]) {
      const outputs = await session.succeed(GET_USER_BY_NAME, { userName: asked });
      expectField(`${GET_USER_BY_NAME}" asked for "${asked}`, outputs.user, "user", "id", id);
    }
    return `found ${userName} as ${id}, in upper case too`;
  },
};
