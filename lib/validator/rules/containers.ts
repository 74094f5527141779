// IB1003: containers have exactly their blocks (If/Else: then, else; If Error: try, catch; If/ElseIf: branches
// and one else); other cards have none.
import type { CardDefinition } from "../../cards/types";
import type { Card } from "../../flow/model";
import type { Finding, FlowRule } from "../model";
import { placedCards } from "../walk";

function blockProblems(card: Card, definition: CardDefinition): string[] {
  const ids = (card.blocks ?? []).map((block) => block.id);
  const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  const problems = repeated.map((id) => `has block "${id}" more than once`);
  if (definition.blocks) {
    const expected = definition.blocks.map((block) => block.id);
    for (const id of expected) if (!ids.includes(id)) problems.push(`lacks its "${id}" block`);
    for (const id of ids) if (!expected.includes(id)) problems.push(`has a block "${id}" it does not know`);
  } else if (definition.conditionalBlocks) {
    const otherwise = definition.conditionalBlocks.otherwise.id;
    if (!ids.some((id) => /^branch\d+$/.test(id))) problems.push("has no condition branch");
    if (!ids.includes(otherwise)) problems.push(`lacks its "${otherwise}" block`);
    for (const id of ids)
      if (id !== otherwise && !/^branch\d+$/.test(id)) problems.push(`has a block "${id}" it does not know`);
  } else if (ids.length) problems.push("is not a container but has blocks");
  return problems;
}

export const containers: FlowRule = {
  code: "IB1003",
  severity: "error",
  area: "structure",
  scope: "flow",
  title: "Container is not well formed",
  fix: "Give the container exactly its blocks (delete and re-insert it from the palette if unsure).",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer } of placedCards(flow.cards)) {
      const definition = Object.hasOwn(context.cards, card.type) ? context.cards[card.type] : undefined;
      if (!definition) continue;
      for (const problem of blockProblems(card, definition))
        findings.push({ card: card.id, pointer: `${pointer}/blocks`, message: `Card "${card.id}" ${problem}.` });
    }
    return findings;
  },
};
