// YAML text to plain data, the same in the request thread (small specs) and in a worker (large ones). The function
// is self-contained on purpose: a worker runs its source, so it uses only its parameters and JavaScript's globals
// (no imports, no helpers of this file).
import type * as Yaml from "yaml";

/** Aliases a spec may use: each costs the parser a search of the document, so fanning out thousands stalls it. */
export const MAX_YAML_ALIASES = 1_000;
/** Expansion bound against "billion laughs": aliases inside aliases, counted as the yaml library expands them. */
export const MAX_ALIAS_EXPANSION = 10_000;

export type YamlData = { ok: true; document: unknown } | { ok: false; message: string; line?: number; column?: number };

export function yamlData(yaml: typeof Yaml, text: string, maxAliases: number, maxExpansion: number): YamlData {
  // Aliases are counted on the tokens, before the (slower) parse builds anything from them.
  let aliases = 0;
  for (const token of new yaml.Lexer().lex(text)) if (yaml.CST.tokenType(token) === "alias") aliases++;
  if (aliases > maxAliases) {
    return {
      ok: false,
      message: `the YAML has ${aliases.toLocaleString("en")} aliases (*name), over the ${maxAliases.toLocaleString("en")} a spec may use: aliases fanned out this far stall parsing; refused`,
    };
  }
  // Specs are data: no custom tags, YAML 1.2 core types.
  const doc = yaml.parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const position = first.linePos?.[0];
    const reason = first.message
      .split("\n")[0]
      .replace(/\s*at line \d+, column \d+:?\s*$/, "")
      .trim();
    return {
      ok: false,
      message: `invalid YAML at line ${position?.line ?? "?"}, column ${position?.col ?? "?"}: ${reason}`,
      line: position?.line,
      column: position?.col,
    };
  }
  try {
    return { ok: true, document: doc.toJS({ maxAliasCount: maxExpansion }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      message: `the YAML's aliases expand more than ${maxExpansion.toLocaleString("en")} times (a "billion laughs" document): refused`,
    };
  }
}
