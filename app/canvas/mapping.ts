"use client";
// Mapping a value onto a card input: what is in scope at the card (lib/cards/scope.ts) plus the project's tenant
// variables and connection parameters; a dropped or picked value of the wrong type is refused at once.
import { useCallback } from "react";
import { EVENT_CARD_ID, type Binding, type FieldSpec, type Flow, type ValueType } from "@/lib/flow/model";
import { scopeAt } from "@/lib/cards/scope";
import { typeAtPath } from "@/lib/flow/value-types";
import { CARD_CATALOG, cardTitle, typeAccepts, typeLabel } from "./cards";
import { setBlockInput, setBlockResult, setInput } from "@/lib/flow-edit";
import { useEditor } from "./store";
import { useNotice } from "./notice";
import type { DraggedOutput } from "./mapping-drag";
import type { AuthParameterRow } from "./action-auth";

export interface ProjectValues {
  tenantVariables: { name: string; label: string }[];
  connectionParameters: { key: string; label: string }[];
  /** Each connection parameter and the tenant variable it maps to (an action flow's event card shows them). */
  authParameters?: AuthParameterRow[];
}

export interface MappingChoice {
  group: string;
  label: string;
  binding: Binding;
  type: ValueType;
}

/** What can feed an input of `cardId` or, with `resultsOf`, one of the results of that block of the container `cardId`. */
export function mappingChoices(
  flow: Flow,
  cardId: string,
  project: ProjectValues,
  resultsOf?: string,
): MappingChoice[] {
  const cards = useEditor.getState().cards;
  const scoped: MappingChoice[] = scopeAt(flow, cardId, CARD_CATALOG, resultsOf).map((field) => {
    const owner =
      field.card === EVENT_CARD_ID ? "Event" : cards.get(field.card) ? cardTitle(cards.get(field.card)!) : field.card;
    return {
      group: field.source === "block" ? `${owner} (this block)` : owner,
      label: field.label ?? field.key,
      binding: { kind: "ref", card: field.card, path: [field.key, ...(field.path ?? [])] },
      type: field.type,
    };
  });
  const tenant: MappingChoice[] = project.tenantVariables.map((variable) => ({
    group: "Tenant variables",
    label: variable.label || variable.name,
    binding: { kind: "tenantVar", name: variable.name },
    type: { type: "text" },
  }));
  const connection: MappingChoice[] = project.connectionParameters.map((parameter) => ({
    group: "Connection parameters",
    label: parameter.label || parameter.key,
    binding: { kind: "connectionParam", name: parameter.key },
    type: { type: "text" },
  }));
  return [...scoped, ...tenant, ...connection];
}

/** Why a value can't feed this input, or undefined when it can. */
export function refusal(
  flow: Flow,
  cardId: string,
  field: FieldSpec,
  binding: Binding,
  type: ValueType,
  resultsOf?: string,
): string | undefined {
  if (binding.kind === "ref") {
    const [key, ...rest] = binding.path;
    const inScope = scopeAt(flow, cardId, CARD_CATALOG, resultsOf).find(
      (entry) => entry.card === binding.card && entry.key === key,
    );
    if (!inScope)
      return `"${[binding.card, ...binding.path].join(".")}" is not in scope here: it may not have run when this card runs`;
    type = typeAtPath(inScope.type, rest);
  }
  if (!typeAccepts(field.type, type))
    return `${typeLabel(type)} can't feed "${field.label ?? field.key}", which takes ${typeLabel(field.type)}`;
  return undefined;
}

/**
 * Sets a card input (or a block input, `blockId` given, or with `results` one of that block's results)
 * to a binding, through the undo stack.
 */
export function mapInput(cardId: string, key: string, binding: Binding | undefined, blockId?: string, results = false) {
  useEditor.getState().apply((flow) => {
    if (blockId && results) return setBlockResult(flow, cardId, blockId, key, binding);
    return blockId ? setBlockInput(flow, cardId, blockId, key, binding) : setInput(flow, cardId, key, binding);
  });
}

export function useMapDropped() {
  return useCallback((cardId: string, field: FieldSpec, dragged: DraggedOutput, blockId?: string, results = false) => {
    const reason = refusal(
      useEditor.getState().flow,
      cardId,
      field,
      dragged.binding,
      dragged.type,
      results ? blockId : undefined,
    );
    if (reason) {
      useNotice.getState().show(reason, "error");
      return;
    }
    mapInput(cardId, field.key, dragged.binding, blockId, results);
    useNotice.getState().show(`Mapped ${dragged.label} → ${field.label ?? field.key}`);
  }, []);
}
