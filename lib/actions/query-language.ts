// The query language a list operation's parameter speaks, read from the parameter itself (name, schema, examples,
// description), and the query that finds records whose field equals a value in that language: a SCIM filter, a JSON
// filter object, bracket syntax, `q=field:value`, OData `$filter`, RSQL, or the value as it is (`email=`, `search=`).
// An API's operator may match case-sensitively, by prefix or in full text: the flow compares the returned records
// again itself, so only an exact (case-insensitive) match is taken.
import type { Binding, Card } from "../flow/model";
import { fieldOf, fromCard, literal } from "../generate/bindings";
import { isObject } from "../spec/pointer";
import type { OperationIndex, ParameterIndex } from "../spec/types";
import { construct } from "./draft-cards";
import { followRefs } from "./facts";
import { parameterObject } from "./draft-fields";
import type { ListFilter } from "./styles/model";
import { looseName } from "./words";

type Json = Record<string, unknown>;

export const QUERY_LANGUAGES = ["scim", "odata", "rsql", "json", "bracket", "fieldColon", "plain"] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

const LANGUAGE_NAMES: Record<QueryLanguage, string> = {
  scim: "SCIM filter",
  odata: "OData $filter",
  rsql: "RSQL",
  json: "JSON filter object",
  bracket: "bracket filter",
  fieldColon: "field:value query",
  plain: "the value as it is",
};

/** Parameters that take an expression or a search text rather than one field's value. */
const EXPRESSION_PARAMETERS = new Set(["filter", "filters", "search", "q", "query", "where", "searchquery"]);
/** Parameters that take free text: the API searches, the flow keeps the exact match. */
const TEXT_PARAMETERS = new Set(["search", "q", "query", "term", "keyword", "keywords", "searchterm", "searchquery"]);

function schemaOf(document: unknown, raw: Json): Json {
  if (isObject(raw.content)) {
    const [media] = Object.values(raw.content);
    if (isObject(media)) return followRefs<Json>(document, media.schema) ?? {};
  }
  return followRefs<Json>(document, raw.schema) ?? {};
}

/** An example written URL-encoded (`profile.login%20eq%20%22…%22`) as the API reads it. */
function decoded(text: string): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The examples and description of a parameter, as one text to read the language from. */
function exampleTexts(document: unknown, raw: Json): string[] {
  const schema = schemaOf(document, raw);
  const texts: unknown[] = [raw.example, schema.example, schema.default];
  if (Array.isArray(schema.examples)) texts.push(...schema.examples);
  if (isObject(raw.examples))
    for (const example of Object.values(raw.examples)) texts.push(followRefs<Json>(document, example)?.value);
  if (isObject(raw.content))
    for (const media of Object.values(raw.content)) if (isObject(media)) texts.push(media.example);
  return texts.flatMap((text) =>
    text === undefined || text === null ? [] : [typeof text === "string" ? decoded(text) : JSON.stringify(text)],
  );
}

/** The language a parameter speaks, from what it declares first, then its examples, then its description. */
export function queryLanguageOf(
  document: unknown,
  operation: OperationIndex,
  parameter: ParameterIndex,
  scimPath = false,
): QueryLanguage {
  const raw = parameterObject(document, operation, parameter);
  const schema = schemaOf(document, raw);
  const name = looseName(parameter.name);
  if (parameter.name.startsWith("$filter")) return "odata";
  if (/\[[^\]]+\]$/.test(parameter.name) || raw.style === "deepObject") return "bracket";
  if (isObject(raw.content) || schema.type === "object" || isObject(schema.properties)) return "json";
  const examples = exampleTexts(document, raw).join("\n");
  const description = typeof raw.description === "string" ? raw.description : "";
  const said = languageOfText(examples, true) ?? languageOfText(description, false);
  if (said) return said;
  // RFC 7644: a `filter` parameter speaks the SCIM filter language unless it shows another.
  return name === "filter" || (name === "search" && scimPath) ? "scim" : "plain";
}

/**
 * The language an example shows by its operators and quoting; a description only by naming the syntax or showing
 * an expression (prose has colons and brackets enough to mislead a looser reading).
 */
function languageOfText(text: string, example: boolean): QueryLanguage | undefined {
  if (!text) return undefined;
  if (/\bodata\b/i.test(text) || /[\w.]\s+eq\s+'/.test(text)) return "odata";
  if (/\b(rsql|fiql)\b/i.test(text) || /[\w.]+=(=|in=|out=|like=)/.test(text)) return "rsql";
  if (/\bscim\b/i.test(text) || /[\w.]+\s+(eq|ne|co|sw|ew|gt|ge|lt|le|pr)\s+["\d]/i.test(text)) return "scim";
  if (example ? /^\s*\{\s*"/m.test(text) : /\bjson[- ](object|encoded|string|formatted)\b/i.test(text)) return "json";
  if (/\w\[[\w.]+\]=/.test(text)) return "bracket";
  if (example ? /^[a-z_][\w.]*:\S/i.test(text.trim()) : /\b(field|key|attribute|property):value\b/i.test(text))
    return "fieldColon";
  return undefined;
}

/** Field paths a text names: before an operator (`profile.login eq`, `email==`, `email:`), in brackets or backticks. */
const NAMED_FIELDS = /`([A-Za-z_][\w.]*)`|\[([A-Za-z_][\w.]*)\]|([A-Za-z_][\w.]*)(?:\s+(?:eq|ne|co|sw)\s|==|:(?!\/))/g;

/** A field the parameter's examples or description name whose last word is the field's own name or a synonym. */
function exampleField(document: unknown, raw: Json, wanted: string[]): string | undefined {
  const texts = [...exampleTexts(document, raw), typeof raw.description === "string" ? raw.description : ""];
  const named = texts.flatMap((text) =>
    [...text.matchAll(NAMED_FIELDS)].map((match) => match[1] ?? match[2] ?? match[3]),
  );
  for (const name of wanted) {
    const path = named.find((candidate) => looseName(candidate.split(".").pop() ?? "") === name);
    if (path) return path;
  }
  return undefined;
}

export interface FieldQuery {
  parameter: string;
  language: QueryLanguage;
  /** The field of the API's record the query compares (`email`, `profile.login`, `userName`). */
  field: string;
  /** The cards that build the query's value and the query parameters they fill. */
  cards: Card[];
  query: Record<string, Binding>;
  /** How the draft's description says it. */
  said: string;
}

/** What is looked for: the API's field holding it, the loose names that may stand for it, and the value. */
export interface FieldLookup {
  field: string;
  synonyms: string[];
  value: Binding;
  /** Card ids start with it, so a flow can hold several queries. */
  idPrefix?: string;
}

/** Escapes characters (a backslash first) so the value cannot end its quotes; a quote doubled for OData. */
function escapeCards(prefix: string, value: Binding, escapes: [string, string][]): { cards: Card[]; output: Binding } {
  const cards: Card[] = [];
  let output = value;
  escapes.forEach(([search, replacement], index) => {
    const id = `${prefix}Escape${index + 1}`;
    cards.push({
      id,
      type: "text.replace",
      title: `Escape ${search}`,
      inputs: { text: output, search: literal(search), replacement: literal(replacement) },
    });
    output = fromCard(id, "output");
  });
  return { cards, output };
}

function composeCard(id: string, title: string, template: string, value: Binding): Card {
  return {
    id,
    type: "text.compose",
    title,
    inputs: { template: literal(template), value },
    dynamicInputs: [fieldOf("value", "text")],
  };
}

/** The query that asks for records whose `lookup.field` equals the value, in the parameter's language. */
export function fieldQuery(
  document: unknown,
  operation: OperationIndex,
  parameter: ParameterIndex,
  lookup: FieldLookup,
  scimPath = false,
): FieldQuery {
  const language = queryLanguageOf(document, operation, parameter, scimPath);
  const raw = parameterObject(document, operation, parameter);
  const field =
    scimPath && language === "scim"
      ? lookup.field
      : (exampleField(document, raw, [looseName(lookup.field), ...lookup.synonyms]) ?? lookup.field);
  const prefix = lookup.idPrefix ?? "query";
  const id = `${prefix}Value`;
  const result = (cards: Card[], value: Binding, name = parameter.name, shown = `${name}=…`): FieldQuery => ({
    parameter: name,
    language,
    field,
    cards,
    query: { [name]: value },
    said: `${shown} (${LANGUAGE_NAMES[language]})`,
  });
  switch (language) {
    case "scim": {
      const escaped = escapeCards(prefix, lookup.value, [
        ["\\", "\\\\"],
        ['"', '\\"'],
      ]);
      const template = `${field} eq "{{value}}"`;
      return result(
        [...escaped.cards, composeCard(id, LANGUAGE_NAMES.scim, template, escaped.output)],
        fromCard(id, "output"),
        parameter.name,
        `${parameter.name}=${template.replace("{{value}}", "…")}`,
      );
    }
    case "odata": {
      const escaped = escapeCards(prefix, lookup.value, [["'", "''"]]);
      const template = `${field} eq '{{value}}'`;
      return result(
        [...escaped.cards, composeCard(id, LANGUAGE_NAMES.odata, template, escaped.output)],
        fromCard(id, "output"),
        parameter.name,
        `${parameter.name}=${template.replace("{{value}}", "…")}`,
      );
    }
    case "rsql": {
      const escaped = escapeCards(prefix, lookup.value, [
        ["\\", "\\\\"],
        ['"', '\\"'],
      ]);
      const template = `${field}=="{{value}}"`;
      return result(
        [...escaped.cards, composeCard(id, LANGUAGE_NAMES.rsql, template, escaped.output)],
        fromCard(id, "output"),
        parameter.name,
        `${parameter.name}=${template.replace("{{value}}", "…")}`,
      );
    }
    case "fieldColon": {
      const template = `${field}:{{value}}`;
      return result(
        [composeCard(id, LANGUAGE_NAMES.fieldColon, template, lookup.value)],
        fromCard(id, "output"),
        parameter.name,
        `${parameter.name}=${field}:…`,
      );
    }
    case "json": {
      // A JSON object parameter: the HTTP layer serialises an object query value, so a text is sent as it is.
      return result(
        [
          construct(`${prefix}Object`, "Filter object", { [field]: lookup.value }),
          {
            id,
            type: "json.stringify",
            title: LANGUAGE_NAMES.json,
            inputs: { object: fromCard(`${prefix}Object`, "output") },
          },
        ],
        fromCard(id, "output"),
        parameter.name,
        `${parameter.name}={"${field}":…}`,
      );
    }
    case "bracket": {
      const declared = parameter.name.match(/^(.*)\[([^\]]+)\]$/);
      const name = declared ? parameter.name : `${parameter.name}[${field}]`;
      return { ...result([], lookup.value, name), field: declared ? declared[2] : field };
    }
    case "plain":
      return result([], lookup.value);
  }
}

/**
 * The best query parameter of a list operation for finding records by `lookup.field`: one named after the field
 * (or a synonym) takes the value as it is; then a filter expression; then a free-text search. None: undefined.
 */
export function findFieldQuery(
  document: unknown,
  operation: OperationIndex,
  lookup: FieldLookup,
  scimPath = false,
): FieldQuery | undefined {
  const query = operation.parameters.filter((entry) => entry.in === "query");
  const wanted = [looseName(lookup.field), ...lookup.synonyms];
  const bracketName = (name: string) => name.match(/\[([^\]]+)\]$/)?.[1];
  const exact =
    wanted.map((name) => query.find((entry) => looseName(entry.name) === name)).find(Boolean) ??
    query.find((entry) => wanted.includes(looseName(bracketName(entry.name) ?? "")));
  if (exact) {
    const bracket = bracketName(exact.name);
    return bracket ? fieldQuery(document, operation, exact, lookup, scimPath) : plain(exact, lookup);
  }
  const expression = query
    .filter((entry) => EXPRESSION_PARAMETERS.has(looseName(entry.name)) || entry.name.startsWith("$filter"))
    .map((entry) => ({ entry, language: queryLanguageOf(document, operation, entry, scimPath) }));
  const structured = expression.find(({ language }) => language !== "plain");
  if (structured) return fieldQuery(document, operation, structured.entry, lookup, scimPath);
  const text = query.find((entry) => TEXT_PARAMETERS.has(looseName(entry.name)));
  return text ? plain(text, lookup) : undefined;
}

function plain(parameter: ParameterIndex, lookup: FieldLookup): FieldQuery {
  return {
    parameter: parameter.name,
    language: "plain",
    field: lookup.field,
    cards: [],
    query: { [parameter.name]: lookup.value },
    said: `${parameter.name}=… (${LANGUAGE_NAMES.plain})`,
  };
}

/** Loose names that may stand for a contract attribute in an API's parameters and records. */
const ATTRIBUTE_SYNONYMS: Record<"userName" | "displayName", string[]> = {
  userName: ["username", "login", "email", "emailaddress", "primaryemail", "mail", "loginname"],
  displayName: ["displayname", "name", "groupname", "teamname", "title"],
};

/**
 * The list narrowed to records whose `field` (the API's field for the contract's `attribute`, when the records say
 * which) equals `value`: the query in the language of the best parameter, and the exact, case-insensitive match
 * kept from what it answers (only when the record's field is known: from its fields or the parameter's examples).
 */
export function equalsListFilter(
  document: unknown,
  operation: OperationIndex,
  attribute: "userName" | "displayName",
  field: string | undefined,
  value: Binding,
  scimPath = false,
): ListFilter | undefined {
  const lookup = { field: field ?? attribute, synonyms: ATTRIBUTE_SYNONYMS[attribute], value };
  const query = findFieldQuery(document, operation, lookup, scimPath);
  if (!query) return undefined;
  const known = field !== undefined || query.field !== lookup.field;
  return {
    cards: query.cards,
    query: query.query,
    ...(known ? { keep: { path: query.field, value } } : {}),
    said: query.said,
  };
}
