// An unknown id: Get User by ID returns FAILED with RESOURCE_NOT_FOUND.
import { GET_USER } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";
import { describeErrors } from "../session";

export const unknownUserCase: CertifyCase = {
  id: "unknown-user",
  title: "An unknown id gives RESOURCE_NOT_FOUND",
  contracts: [GET_USER],
  async run(session) {
    const outputs = await session.call(GET_USER, { userId: `certify-unknown-${session.suffix}` });
    const { status, errors = [] } = outputs.executionStatus;
    if (status !== "FAILED" || !errors.some((error) => error.type === "RESOURCE_NOT_FOUND"))
      throw new CaseFailure(
        `"${GET_USER}" returned ${status} (${describeErrors(outputs)}); expected FAILED with executionStatus.errors[].type RESOURCE_NOT_FOUND`,
      );
    return "FAILED with RESOURCE_NOT_FOUND";
  },
};
