// A wrong credential: List Users through a copy of the connection whose secret is altered returns FAILED with
// INVALID_CREDENTIALS.
import { LIST_USERS } from "../contracts";
import { CaseFailure, CaseNotApplicable, type CertifyCase } from "../model";
import { describeErrors } from "../session";

export const wrongCredentialCase: CertifyCase = {
  id: "wrong-credential",
  title: "A wrong credential gives INVALID_CREDENTIALS",
  contracts: [LIST_USERS],
  async run(session) {
    if (!session.hasSecret()) throw new CaseNotApplicable("The connection has no secret to alter.");
    const outputs = await session.call(LIST_USERS, { pagination: { limit: 1 } }, { wrongSecret: true });
    const { status, errors = [] } = outputs.executionStatus;
    if (status !== "FAILED" || !errors.some((error) => error.type === "INVALID_CREDENTIALS"))
      throw new CaseFailure(
        `"${LIST_USERS}" with a wrong secret returned ${status} (${describeErrors(outputs)}); expected FAILED with executionStatus.errors[].type INVALID_CREDENTIALS`,
      );
    return "FAILED with INVALID_CREDENTIALS";
  },
};
