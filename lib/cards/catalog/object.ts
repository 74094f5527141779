// Object: building and reading objects.
import { isEmpty } from "../compare";
import { field, OUTPUT, required, T } from "../fields";
import { getPath, parsePath, setPath } from "../path";
import type { CardDefinition } from "../types";
import { asObject, asText, dynamicValues } from "../values";

/** A copy without empty values, at any depth (a value emptied by that is left out too). */
function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((entry) => !isEmpty(entry)) as T;
  if (value === null || typeof value !== "object") return value;
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const compact = withoutEmpty(entry);
    if (!isEmpty(compact)) kept[key] = compact;
  }
  return kept as T;
}

const construct: CardDefinition = {
  type: "object.construct",
  title: "Construct",
  category: "Object",
  help:
    "Builds an object from the inputs you add (key = input name). With `omitEmpty`, values that are null, absent, " +
    "an empty text, list or object are left out, inside objects and lists too (an API's `null` never becomes a " +
    "wrongly typed field, a cleared value is not sent as an empty text).",
  options: [field("omitEmpty", T.boolean, { label: "leave out empty values" })],
  inputs: [],
  outputs: OUTPUT(T.object),
  dynamicInputs: { label: "keys" },
  execute(inputs, ctx) {
    const values = dynamicValues(inputs, ctx);
    return { output: ctx.options.omitEmpty === true ? withoutEmpty(values) : values };
  },
};

const get: CardDefinition = {
  type: "object.get",
  title: "Get",
  category: "Object",
  help: "Reads the value at a dotted path (`user.emails.0.value`).",
  inputs: [required("object", T.object), required("path", T.text)],
  outputs: OUTPUT(T.any),
  execute: (inputs, ctx) => ({
    output: getPath(asObject(inputs.object, "object", ctx), parsePath(asText(inputs.path, "path", ctx))),
  }),
};

const getMultiple: CardDefinition = {
  type: "object.getMultiple",
  title: "Get Multiple",
  category: "Object",
  help: "Reads several values: each output you declare is read at the dotted path of its name.",
  inputs: [required("object", T.object)],
  outputs: [],
  dynamicOutputs: { label: "paths" },
  execute(inputs, ctx) {
    const object = asObject(inputs.object, "object", ctx);
    const outputs: Record<string, unknown> = {};
    for (const spec of ctx.card.dynamicOutputs ?? []) outputs[spec.key] = getPath(object, parsePath(spec.key));
    return outputs;
  },
};

const set: CardDefinition = {
  type: "object.set",
  title: "Set",
  category: "Object",
  help: "Returns a copy of the object with `value` at the dotted path.",
  inputs: [required("object", T.object), required("path", T.text), field("value", T.any)],
  outputs: OUTPUT(T.object),
  execute: (inputs, ctx) => ({
    output: setPath(asObject(inputs.object, "object", ctx), parsePath(asText(inputs.path, "path", ctx)), inputs.value),
  }),
};

const merge: CardDefinition = {
  type: "object.merge",
  title: "Merge",
  category: "Object",
  help: "Combines two objects; keys of `object2` win.",
  inputs: [required("object1", T.object), required("object2", T.object)],
  outputs: OUTPUT(T.object),
  execute: (inputs, ctx) => ({
    output: { ...asObject(inputs.object1, "object1", ctx), ...asObject(inputs.object2, "object2", ctx) },
  }),
};

const keys: CardDefinition = {
  type: "object.keys",
  title: "Keys",
  category: "Object",
  help: "Lists the object's keys.",
  inputs: [required("object", T.object)],
  outputs: OUTPUT(T.list(T.text)),
  execute: (inputs, ctx) => ({ output: Object.keys(asObject(inputs.object, "object", ctx)) }),
};

export const OBJECT_CARDS = [construct, get, getMultiple, set, merge, keys];
