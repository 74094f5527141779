// Universal Logout: SUCCESS for a real user, FAILURE with errors for an unknown one.
import { createdUser } from "../checks";
import { UNIVERSAL_LOGOUT } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";
import { describeErrors } from "../session";

export const universalLogoutCase: CertifyCase = {
  id: "universal-logout",
  title: "Universal Logout: SUCCESS for a real user",
  contracts: [UNIVERSAL_LOGOUT],
  async run(session) {
    const { id, userName } = createdUser(session);
    const outputs = await session.succeed(UNIVERSAL_LOGOUT, { externalUserId: id, externalUserName: userName });
    if (outputs.logoutStatus !== "SUCCESS")
      throw new CaseFailure(
        `"${UNIVERSAL_LOGOUT}" returned logoutStatus ${JSON.stringify(outputs.logoutStatus)}; expected "SUCCESS"`,
      );
    return `logged ${id} out`;
  },
};

export const universalLogoutUnknownCase: CertifyCase = {
  id: "universal-logout-unknown",
  title: "Universal Logout: FAILURE with errors for an unknown user",
  contracts: [UNIVERSAL_LOGOUT],
  async run(session) {
    const unknown = `certify-unknown-${session.suffix}`;
    const outputs = await session.call(UNIVERSAL_LOGOUT, { externalUserId: unknown, externalUserName: unknown });
    const { status, errors = [] } = outputs.executionStatus;
    if (outputs.logoutStatus !== "FAILURE" || status !== "FAILED" || !errors.length)
      throw new CaseFailure(
        `"${UNIVERSAL_LOGOUT}" for an unknown user returned logoutStatus ${JSON.stringify(outputs.logoutStatus)}, ${status} (${describeErrors(outputs)}); expected FAILURE with executionStatus.errors`,
      );
    return "FAILURE with errors";
  },
};
