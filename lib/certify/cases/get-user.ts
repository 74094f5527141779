// Get User by ID: the created user reads back with the same id and userName.
import { createdUser, expectField } from "../checks";
import { GET_USER } from "../contracts";
import type { CertifyCase } from "../model";

export const getUserCase: CertifyCase = {
  id: "get-user-by-id",
  title: "Read the user back by id",
  contracts: [GET_USER],
  async run(session) {
    const { id, userName } = createdUser(session);
    const outputs = await session.succeed(GET_USER, { userId: id });
    expectField(GET_USER, outputs.user, "user", "id", id);
    expectField(GET_USER, outputs.user, "user", "userName", userName);
    return `read ${id} back`;
  },
};
