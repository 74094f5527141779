// Activate and Deactivate User: an explicit call (`POST /users/{id}/deactivate`), a removal standing in for a
// suspension, or an update of the user whose body sets its state the way the operation's style does.
import { scoreOperation, type Scored } from "../../score";
import type { Drafted } from "../../draft-flow";
import type { OperationFacts } from "../../facts";
import { styleOfFacts } from "../../styles";
import { looseName } from "../../words";
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
    // The contract's own verb (`lifecycle/deactivate`) wins over a synonym (`lifecycle/suspend`).
    if (explicit && facts.pathAction) {
      const nearby = facts.trailingWords.some((word) => NEARBY_LIFECYCLE.has(word));
      const own = facts.trailingWords.includes(kind);
      return { score: explicit.score + (own ? 0.02 : 0) - (nearby ? 0.05 : 0), reasons: explicit.reasons };
    }
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
    const byUpdate = base && styleOfFacts(facts).lifecycleByUpdate(facts, base, kind);
    return byUpdate ?? stateSubResource(facts, kind);
  };
}

/**
 * A sub-resource of the user whose body sets its state either way: `PUT /users/{id}/suspend` with
 * `suspended: false` reactivates, `POST /Users/{id}/Policy` with `IsDisabled` does both.
 */
function stateSubResource(facts: OperationFacts, kind: "activate" | "deactivate"): Scored | undefined {
  const { lifecycle, pathAction, trailingWords, operation } = facts;
  const opposite = kind === "activate" ? "deactivate" : "activate";
  // One word after the user and nothing after it: the user's own setting, not a collection under the user.
  const last = looseName(operation.path.split("/").pop() ?? "");
  if (!lifecycle || trailingWords.length !== 1 || last !== trailingWords[0]) return undefined;
  if (pathAction && pathAction !== opposite && pathAction !== "status") return undefined;
  const user = scoreOperation(facts, {
    entity: "user",
    actions: [pathAction ?? "update"],
    one: true,
    methods: ["put", "patch", "post"],
  });
  if (!user) return undefined;
  const value = JSON.stringify(kind === "activate" ? lifecycle.active : lifecycle.inactive);
  return {
    score: 0.6,
    reasons: [...user.reasons, `its body sets "${lifecycle.field}" to ${value}`],
  };
}

export function draftLifecycle(state: LifecycleState) {
  return (target: DraftTarget): Drafted => {
    const body = target.style.lifecycleBody(target, state);
    return typeof body === "string" ? body : statusOnlyFlow(target, body.body);
  };
}
