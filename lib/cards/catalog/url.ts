// URL: encoding components and query strings.
import { OUTPUT, required, T } from "../fields";
import type { CardDefinition } from "../types";
import { asObject, asText } from "../values";

const encode: CardDefinition = {
  type: "url.encode",
  title: "Encode",
  category: "URL",
  help: "Percent-encodes text for use in a URL component.",
  inputs: [required("text", T.text)],
  outputs: OUTPUT(T.text),
  execute: (inputs, ctx) => ({ output: encodeURIComponent(asText(inputs.text, "text", ctx)) }),
};

const decode: CardDefinition = {
  type: "url.decode",
  title: "Decode",
  category: "URL",
  help: "Decodes percent-encoded text.",
  inputs: [required("text", T.text)],
  outputs: OUTPUT(T.text),
  execute(inputs, ctx) {
    try {
      return { output: decodeURIComponent(asText(inputs.text, "text", ctx)) };
    } catch {
      return ctx.fail(`Input "text" is not valid percent-encoding`, { code: "INVALID_INPUT" });
    }
  },
};

const buildQuery: CardDefinition = {
  type: "url.buildQuery",
  title: "Build Query",
  category: "URL",
  help: "Builds `a=1&b=two` from an object; list values repeat the key; empty values are left out.",
  inputs: [required("object", T.object)],
  outputs: OUTPUT(T.text),
  execute(inputs, ctx) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(asObject(inputs.object, "object", ctx))) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === undefined || item === null) continue;
        query.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
      }
    }
    return { output: query.toString() };
  },
};

export const URL_CARDS = [encode, decode, buildQuery];
