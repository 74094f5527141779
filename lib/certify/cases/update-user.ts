// Update User: the changed fields come back changed, under the same id.
import { createdUser, expectField, testUser } from "../checks";
import { UPDATE_USER } from "../contracts";
import type { CertifyCase } from "../model";

export const updateUserCase: CertifyCase = {
  id: "update-user",
  title: "Update the user",
  contracts: [UPDATE_USER],
  async run(session) {
    const { id } = createdUser(session);
    const changed = {
      ...testUser(session),
      id,
      title: "Certified",
      name: { givenName: "Certify", familyName: "Changed" },
    };
    const outputs = await session.succeed(UPDATE_USER, { user: changed });
    expectField(UPDATE_USER, outputs.user, "user", "id", id);
    expectField(UPDATE_USER, outputs.user, "user", "name.familyName", "Changed");
    return `updated ${id}`;
  },
};
