// Edits of the event card's declared fields (inputs, outputs, options): a helper flow's interface.
import { EVENT_CARD_ID, type EventCard, type FieldSpec, type Flow } from "../flow/model";
import { invalid } from "../errors";

export type EventFieldList = "inputs" | "outputs" | "options";

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_ -]*$/;

function checkKey(event: EventCard, list: EventFieldList, key: string, except?: string) {
  if (!KEY_PATTERN.test(key))
    throw invalid(
      `"${key}" is not a valid field name: start with a letter or _, then letters, digits, _, - or spaces`,
      { field: `event.${list}` },
    );
  if (key !== except && event[list].some((field) => field.key === key))
    throw invalid(`The event already has ${list.slice(0, -1)} "${key}"`, { field: `event.${list}` });
}

const withList = (flow: Flow, list: EventFieldList, fields: FieldSpec[]): Flow => ({
  ...flow,
  event: { ...flow.event, [list]: fields },
});

export function addEventField(flow: Flow, list: EventFieldList, field: FieldSpec): Flow {
  checkKey(flow.event, list, field.key);
  return withList(flow, list, [...flow.event[list], field]);
}

export function removeEventField(flow: Flow, list: EventFieldList, key: string): Flow {
  return withList(
    flow,
    list,
    flow.event[list].filter((field) => field.key !== key),
  );
}

/**
 * Changes one declared field (name, type, required...). Renaming an event input rewrites the
 * mappings that read it, so cards keep their values.
 */
export function updateEventField(flow: Flow, list: EventFieldList, key: string, change: Partial<FieldSpec>): Flow {
  const renamed = change.key !== undefined && change.key !== key;
  if (renamed) checkKey(flow.event, list, change.key!, key);
  const next = withList(
    flow,
    list,
    flow.event[list].map((field) => (field.key === key ? { ...field, ...change } : field)),
  );
  return renamed && list === "inputs" ? renameEventReferences(next, key, change.key!) : next;
}

function renameEventReferences(flow: Flow, from: string, to: string): Flow {
  const json = JSON.stringify(flow.cards, (_name, value) =>
    value &&
    typeof value === "object" &&
    value.kind === "ref" &&
    value.card === EVENT_CARD_ID &&
    Array.isArray(value.path) &&
    value.path[0] === from
      ? { ...value, path: [to, ...value.path.slice(1)] }
      : value,
  );
  return { ...flow, cards: JSON.parse(json) };
}
