// Provisioning Update User Password: its own call (`PUT /users/{id}/password`) or an update that sets it.
import { fromCard } from "../../generate/bindings";
import { scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { defineContractAction } from "./shared/define";
import { WRITE } from "./shared/evidence";
import { statusOnlyFlow } from "./shared/status-flow";

export default defineContractAction({
  contract: "Provisioning Update User Password",
  recognise(facts) {
    const explicit = scoreOperation(facts, {
      entity: "user",
      actions: ["password"],
      one: true,
      methods: WRITE.slice(),
    });
    return explicit ?? styleOfFacts(facts).passwordByUpdate(facts);
  },
  draft(target) {
    const cards = target.style.passwordBody(target);
    if (typeof cards === "string") return cards;
    const flow = statusOnlyFlow(target, fromCard("body", "output"));
    return { ...flow, cards: [...cards, ...flow.cards] };
  },
});
