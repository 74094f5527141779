// Object: building and reading objects.
import { isEmpty } from "../compare";
import { field, OUTPUT, required, T } from "../fields";
import { getPath, parsePath, setPath } from "../path";
import type { CardDefinition } from "../types";
import { asObject, asText, dynamicValues } from "../values";

const construct: CardDefinition = {
  type: "object.construct",
  title: "Construct",
  category: "Object",
  help:
    "Builds an object from the inputs you add (key = input name). With `omitEmpty`, keys whose value is null, " +
    "absent, an empty text, list or object are left out (an API's `null` never becomes a wrongly typed field).",
  options: [field("omitEmpty", T.boolean, { label: "leave out empty values" })],
  inputs: [],
  outputs: OUTPUT(T.object),
  dynamicInputs: { label: "keys" },
  execute(inputs, ctx) {
    const values = dynamicValues(inputs, ctx);
    if (ctx.options.omitEmpty !== true) return { output: values };
    return { output: Object.fromEntries(Object.entries(values).filter(([, value]) => !isEmpty(value))) };
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
