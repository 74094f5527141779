// Provisioning Get User by ID: read one user by its id (not by its login).
import { bodyEvidence, combine, scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { loginInPath, none } from "./shared/evidence";
import { userRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Get User by ID",
  recognise(facts) {
    const byLogin = loginInPath(facts);
    const idToo = facts.pathParameters.some((entry) => /id/i.test(entry.name.replace(/email/i, "")));
    return combine(
      scoreOperation(facts, { entity: "user", actions: ["read"], one: true, methods: ["get"] }),
      bodyEvidence(facts, "user", "response"),
      byLogin && !idToo ? { score: -0.2, reasons: ["it looks users up by login, not id"] } : none,
    );
  },
  draft: (target) => userRecordFlow(target, false),
});
