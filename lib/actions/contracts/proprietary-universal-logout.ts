// Proprietary Universal Logout: end a user's sessions (`DELETE /users/{id}/sessions`, `POST /users/{id}/logout`).
import { literal } from "../../generate/bindings";
import { queryIdOf, scoreOperation } from "../score";
import { ID_PARAMETERS } from "../words";
import { defineContractAction } from "./shared/define";
import { statusOnlyFlow } from "./shared/status-flow";

export default defineContractAction({
  contract: "Proprietary Universal Logout",
  recognise(facts) {
    const onSessions = scoreOperation(facts, {
      entity: "session",
      actions: ["logout", "delete"],
      one: false,
      under: "user",
      methods: ["post", "delete", "put"],
    });
    const identified =
      facts.parentHasId ||
      facts.subjectHasId ||
      queryIdOf(facts, "user") !== undefined ||
      [...facts.requestFields].some((name) => ID_PARAMETERS.user.has(name) || name === "userids" || name === "users");
    if (onSessions && identified && facts.parent === "user") return onSessions;
    const onUser = scoreOperation(facts, {
      entity: "user",
      actions: ["logout"],
      one: true,
      methods: ["post", "delete", "put"],
    });
    return onUser && { score: onUser.score + 0.05, reasons: onUser.reasons };
  },
  draft: (target) =>
    statusOnlyFlow(target, undefined, {
      success: { logoutStatus: literal("SUCCESS") },
      failure: { logoutStatus: literal("FAILURE") },
      fields: [{ key: "logoutStatus", type: { type: "text" } }],
    }),
});
