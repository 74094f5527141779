// One call whose only outcome is executionStatus (lifecycle, password, removals, logout).
import type { Binding, FieldSpec, Flow } from "../../../flow/model";
import { callCard } from "../../draft-cards";
import { actionFlow, describe, urlCards } from "../../draft-flow";
import type { DraftTarget } from "../../styles/model";

export interface ExtraOutputs {
  success: Record<string, Binding>;
  failure: Record<string, Binding>;
  fields: FieldSpec[];
}

export function statusOnlyFlow(
  target: DraftTarget,
  body?: Binding,
  extraOutputs: ExtraOutputs = { success: {}, failure: {}, fields: [] },
): Flow {
  const { contract, action, operation } = target;
  const url = urlCards(contract, operation.path);
  return actionFlow(contract, describe(action), [
    ...url.cards,
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body,
      errorMessagePath: target.style.errorMessagePath(target),
      onSuccess: { cards: [], results: extraOutputs.success },
      onFailure: extraOutputs.failure,
      outputs: extraOutputs.fields,
    }),
  ]);
}
