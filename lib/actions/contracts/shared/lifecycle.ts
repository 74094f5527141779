// Activate and Deactivate User: an explicit call (`POST /users/{id}/deactivate`), a removal standing in for a
// suspension, or an update of the user whose body sets its state the way the operation's style does.
import { scoreOperation, type Scored } from "../../score";
import type { Drafted } from "../../draft-flow";
import type { OperationFacts } from "../../facts";
import { styleOfFacts } from "../../styles";
import type { DraftTarget, LifecycleState } from "../../styles/model";
import { WRITE } from "./evidence";
import { statusOnlyFlow } from "./status-flow";

const NEARBY_LIFECYCLE = new Set(["lock", "unlock", "block", "unblock", "archive", "unarchive", "restore", "resume"]);

export function recogniseLifecycle(kind: "activate" | "deactivate") {
  return (facts: OperationFacts): Scored | undefined => {
    const explicit = scoreOperation(facts, {
      entity: "user",
      actions: [kind, "status"],
      one: true,
      methods: [...WRITE, "delete"],
    });
    // `unlock`, `unblock`, `restore`: nearby meanings that lose to `activate` / `deactivate` where both exist.
    if (explicit && facts.pathAction)
      return facts.trailingWords.some((word) => NEARBY_LIFECYCLE.has(word))
        ? { score: explicit.score - 0.05, reasons: explicit.reasons }
        : explicit;
    if (kind === "deactivate") {
      // Without a suspend, removing the user is the deactivation the API offers; its summary may say so.
      const removal = scoreOperation(facts, { entity: "user", actions: ["delete"], one: true });
      if (removal) {
        const said = facts.textActions.has("deactivate");
        const score = removal.score - (said ? 0.1 : 0.35);
        return {
          score,
          reasons: [...removal.reasons, said ? "its summary says deactivate" : "removal, not suspension"],
        };
      }
    }
    if (facts.operation.method === "delete") return undefined;
    const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["put", "patch"] });
    return base && styleOfFacts(facts).lifecycleByUpdate(facts, base, kind);
  };
}

export function draftLifecycle(state: LifecycleState) {
  return (target: DraftTarget): Drafted => {
    const body = target.style.lifecycleBody(target, state);
    return typeof body === "string" ? body : statusOnlyFlow(target, body.body);
  };
}
