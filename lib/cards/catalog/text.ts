// Text: building and inspecting text. Browser-safe (no Buffer).
import type { ValueType } from "../../flow/model";
import { field, OUTPUT, required, T } from "../fields";
import type { CardContext, CardDefinition } from "../types";
import { asNumber, asText, dynamicValues } from "../values";

const textCard = (
  type: string,
  title: string,
  help: string,
  transform: (text: string) => unknown,
  output: ValueType = T.text,
): CardDefinition => ({
  type: `text.${type}`,
  title,
  category: "Text",
  help,
  inputs: [required("text", T.text)],
  outputs: OUTPUT(output),
  execute: (inputs, ctx) => ({ output: transform(asText(inputs.text, "text", ctx)) }),
});

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function compose(template: string, values: Record<string, unknown>, ctx: CardContext): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    if (!Object.hasOwn(values, name))
      ctx.fail(`Template uses {{${name}}} but the card has no input "${name}"`, { code: "INVALID_INPUT" });
    const value = values[name];
    return typeof value === "object" && value !== null ? JSON.stringify(value) : asText(value, name, ctx);
  });
}

function base64Encode(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64Decode(text: string, ctx: CardContext): string {
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, "+").replace(/_/g, "/").replace(/\s/g, ""));
  } catch {
    return ctx.fail(`Input "text" is not valid Base64`, { code: "INVALID_INPUT" });
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

const concatenate: CardDefinition = {
  type: "text.concatenate",
  title: "Concatenate",
  category: "Text",
  help: "Joins the texts you add, in order.",
  inputs: [],
  outputs: OUTPUT(T.text),
  dynamicInputs: { label: "texts", type: T.text },
  execute(inputs, ctx) {
    let output = "";
    for (const [key, value] of Object.entries(dynamicValues(inputs, ctx))) output += asText(value, key, ctx);
    return { output };
  },
};

const composeCard: CardDefinition = {
  type: "text.compose",
  title: "Compose",
  category: "Text",
  help: "Fills `{{name}}` placeholders of the template with the inputs you add.",
  inputs: [required("template", T.text)],
  outputs: OUTPUT(T.text),
  dynamicInputs: { label: "placeholders" },
  execute: (inputs, ctx) => ({
    output: compose(asText(inputs.template, "template", ctx), dynamicValues(inputs, ctx), ctx),
  }),
};

const at: CardDefinition = {
  type: "text.at",
  title: "Text At",
  category: "Text",
  help: "The character at a position (0 = first; negative counts from the end).",
  inputs: [required("text", T.text), required("position", T.number)],
  outputs: [field("output", T.text, { label: "character" })],
  execute: (inputs, ctx) => ({
    output: asText(inputs.text, "text", ctx).at(asNumber(inputs.position, "position", ctx)) ?? "",
  }),
};

const split: CardDefinition = {
  type: "text.split",
  title: "Split",
  category: "Text",
  help: "Splits the text at each delimiter.",
  inputs: [required("text", T.text), required("delimiter", T.text)],
  outputs: OUTPUT(T.list(T.text)),
  execute: (inputs, ctx) => ({
    output: asText(inputs.text, "text", ctx).split(asText(inputs.delimiter, "delimiter", ctx)),
  }),
};

const replace: CardDefinition = {
  type: "text.replace",
  title: "Replace",
  category: "Text",
  help: "Replaces every occurrence of `search` with `replacement`.",
  inputs: [required("text", T.text), required("search", T.text), field("replacement", T.text)],
  outputs: OUTPUT(T.text),
  execute: (inputs, ctx) => ({
    output: asText(inputs.text, "text", ctx).replaceAll(
      asText(inputs.search, "search", ctx),
      asText(inputs.replacement, "replacement", ctx),
    ),
  }),
};

const find: CardDefinition = {
  type: "text.find",
  title: "Find",
  category: "Text",
  help: "Position of the first occurrence of `search`, or -1.",
  inputs: [required("text", T.text), required("search", T.text)],
  outputs: OUTPUT(T.number, "position"),
  execute: (inputs, ctx) => ({
    output: asText(inputs.text, "text", ctx).indexOf(asText(inputs.search, "search", ctx)),
  }),
};

const base64DecodeCard: CardDefinition = {
  ...textCard("base64Decode", "Base64 Decode", "Decodes Base64 (standard or URL-safe) to UTF-8 text.", () => ""),
  execute: (inputs, ctx) => ({ output: base64Decode(asText(inputs.text, "text", ctx), ctx) }),
};

export const TEXT_CARDS = [
  concatenate,
  composeCard,
  at,
  split,
  replace,
  textCard("length", "Length", "Number of characters.", (text) => text.length, T.number),
  find,
  textCard("lowercase", "Lowercase", "The text in lower case.", (text) => text.toLowerCase()),
  textCard("uppercase", "Uppercase", "The text in upper case.", (text) => text.toUpperCase()),
  textCard("trim", "Trim", "The text without leading and trailing white space.", (text) => text.trim()),
  textCard("base64Encode", "Base64 Encode", "Encodes the text's UTF-8 bytes as Base64.", base64Encode),
  base64DecodeCard,
];
