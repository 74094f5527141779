// IB2001: every required input of a card that runs is filled (its options and block conditions too).
import type { Binding, FieldSpec } from "../../flow/model";
import { blockInputsOf, inputsOf } from "../../cards/card-fields";
import type { Finding, FlowRule } from "../model";
import { fieldPointer, placedCards } from "../walk";

const empty = (binding: Binding | undefined) =>
  !binding ||
  (binding.kind === "literal" && (binding.value === undefined || binding.value === null || binding.value === ""));

const unfilled = (specs: FieldSpec[], bindings: Record<string, Binding> | undefined) =>
  specs.filter((spec) => spec.required && empty(bindings?.[spec.key]));

export const requiredInputs: FlowRule = {
  code: "IB2001",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Required input is not filled",
  fix: "Map a value to the input, or type one in.",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer, skipped } of placedCards(flow.cards)) {
      if (skipped) continue;
      for (const spec of unfilled(inputsOf(card, context.cards), card.inputs))
        findings.push({
          card: card.id,
          field: spec.key,
          pointer: fieldPointer(pointer, "inputs", spec.key),
          message: `Input "${spec.key}" of card "${card.id}" is required: map or type a value.`,
        });
      const definition = Object.hasOwn(context.cards, card.type) ? context.cards[card.type] : undefined;
      // The flow to call has its own rule (IB2004).
      for (const spec of (definition?.options ?? []).filter((option) => option.key !== "flow")) {
        const value = card.options?.[spec.key];
        if (spec.required && (value === undefined || value === null || value === ""))
          findings.push({
            card: card.id,
            field: spec.key,
            pointer: fieldPointer(pointer, "options", spec.key),
            message: `Option "${spec.key}" of card "${card.id}" is required: choose a value.`,
          });
      }
      (card.blocks ?? []).forEach((block, index) => {
        for (const spec of unfilled(blockInputsOf(card, block.id, context.cards), block.inputs))
          findings.push({
            card: card.id,
            field: `${block.id}.${spec.key}`,
            pointer: fieldPointer(`${pointer}/blocks/${index}`, "inputs", spec.key),
            message: `Input "${spec.key}" of block "${block.id}" of card "${card.id}" is required: map or type a value.`,
          });
      });
    }
    return findings;
  },
};
