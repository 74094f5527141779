// Update User Password: setting a password succeeds.
import { randomBytes } from "node:crypto";
import { createdUser } from "../checks";
import { UPDATE_PASSWORD } from "../contracts";
import type { CertifyCase } from "../model";

export const updatePasswordCase: CertifyCase = {
  id: "update-password",
  title: "Set the user's password",
  contracts: [UPDATE_PASSWORD],
  async run(session) {
    const { id } = createdUser(session);
    await session.succeed(UPDATE_PASSWORD, { userId: id, password: `Cert-${randomBytes(9).toString("base64url")}1` });
    return `set a password for ${id}`;
  },
};
