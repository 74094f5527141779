// Sampled values a person would type: openapi-sampler fills a schema with placeholders ("string", 0,
// "user@example.com"); here each placeholder becomes a value fitting its property's name (an email, a first name, a
// phone number), and the values that identify a record (user names, emails, display names, ids) carry a short
// unique suffix — or RUN_SUFFIX, filled anew on every run — so creating again does not conflict (409).
import { randomBytes, randomUUID } from "node:crypto";
import { SCIM_GROUP_URN, SCIM_USER_URN } from "../contracts/shapes";
import { RUN_SUFFIX } from "./run-suffix";

/** A short suffix, new for each sample: 6 lowercase letters and digits. */
export function sampleSuffix(): string {
  return randomBytes(4).toString("hex").slice(0, 6);
}

/** `value` with every RUN_SUFFIX in its texts replaced by one suffix new for this call. */
export function forThisRun<T>(value: T, suffix: string = sampleSuffix()): T {
  const fill = (item: unknown): unknown => {
    if (typeof item === "string") return item.replaceAll(RUN_SUFFIX, suffix);
    if (Array.isArray(item)) return item.map(fill);
    if (item && typeof item === "object")
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, fill(entry)]));
    return item;
  };
  return fill(value) as T;
}

// What openapi-sampler writes when the schema gives no example (texts by format; numbers are 0).
const PLACEHOLDER_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const PLACEHOLDER_TEXT = new Set([
  "string",
  "user@example.com",
  "pa$$word",
  PLACEHOLDER_UUID,
  "http://example.com",
  "example.com",
]);

/** A property name reduced for matching: `first_name`, `firstName` and `First-Name` are all `firstname`. */
const simple = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");

type Kind = "email" | "login" | "displayName" | "identifier" | "text";

interface Rule {
  names: RegExp;
  kind: Kind;
  value: (context: Context) => string;
}

interface Context {
  suffix: string;
  /** The names on the way to the value (object keys; list positions left out), nearest last; may start with the
   * subject the caller knows (`group` for a group contract's inputs). */
  path: string[];
}

const email = ({ suffix }: Context) => `ada.lovelace.${suffix}@example.com`;
/** What a record's name names, from the keys around it: a group (team, role …), an entitlement, else a person. */
function nameOf({ path, suffix }: Context): string {
  const around = path.join(" ");
  if (/group|team|role|department|org/i.test(around)) return `Test group ${suffix}`;
  if (/entitlement/i.test(around)) return `Test entitlement ${suffix}`;
  return `Ada Lovelace ${suffix}`;
}

// Matched against the simplified property name, first match wins; `parent` rules read the enclosing key
// (`emails[].value` is an email, `phoneNumbers[].value` a phone number).
const RULES: Rule[] = [
  { names: /^(e?mail|emailaddress|primaryemail|workemail|mailaddress)$/, kind: "email", value: email },
  { names: /^(username|login|loginname|userprincipalname|upn|handle)$/, kind: "login", value: email },
  { names: /^(givenname|firstname|forename)$/, kind: "text", value: () => "Ada" },
  { names: /^(familyname|lastname|surname)$/, kind: "text", value: () => "Lovelace" },
  { names: /^(middlename|additionalname)$/, kind: "text", value: () => "Augusta" },
  { names: /^(nickname|preferredname)$/, kind: "text", value: () => "Ada" },
  {
    names: /^(displayname|formatted|fullname|name|groupname|teamname)$/,
    kind: "displayName",
    value: nameOf,
  },
  { names: /^(title|jobtitle)$/, kind: "text", value: () => "Engineer" },
  { names: /^(phone|phonenumber|mobile|mobilephone|telephone|workphone)$/, kind: "text", value: () => "+1 555 0100" },
  {
    names: /^(password|newpassword|passwd|secret)$/,
    kind: "text",
    value: () => `Ib-${randomBytes(6).toString("hex")}!9`,
  },
  { names: /^(description|note|notes|comment)$/, kind: "text", value: () => "Created by an Integration Builder test" },
  { names: /^(department|division)$/, kind: "text", value: () => "Engineering" },
  { names: /^(organization|organisation|company|companyname)$/, kind: "text", value: () => "Example Corp" },
  { names: /^(costcenter)$/, kind: "text", value: () => "CC-100" },
  { names: /^(employeenumber|employeeid)$/, kind: "identifier", value: ({ suffix }) => `E-${suffix}` },
  { names: /^(locale)$/, kind: "text", value: () => "en-US" },
  { names: /^(preferredlanguage|language|lang)$/, kind: "text", value: () => "en" },
  { names: /^(timezone|tz|zoneinfo)$/, kind: "text", value: () => "America/New_York" },
  { names: /^(usertype)$/, kind: "text", value: () => "Employee" },
  { names: /^(type)$/, kind: "text", value: () => "work" },
  { names: /^(country|countrycode)$/, kind: "text", value: () => "US" },
  { names: /^(locality|city|town)$/, kind: "text", value: () => "Springfield" },
  { names: /^(region|state|province)$/, kind: "text", value: () => "CA" },
  { names: /^(postalcode|zip|zipcode|postcode)$/, kind: "text", value: () => "94105" },
  { names: /^(streetaddress|street|address1|addressline1)$/, kind: "text", value: () => "1 Main Street" },
  {
    names: /^(profileurl|url|website|homepage|avatarurl|photourl|picture)$/,
    kind: "text",
    value: () => "https://example.com/ada",
  },
  { names: /^(baseuri|baseurl)$/, kind: "text", value: () => "https://api.example.com/scim/v2" },
  { names: /^(endpoint|path)$/, kind: "text", value: () => "/Entitlements" },
  { names: /^(idfield)$/, kind: "text", value: () => "id" },
  { names: /^(displaynamefield)$/, kind: "text", value: () => "displayName" },
  { names: /^(descriptionfield)$/, kind: "text", value: () => "description" },
  { names: /^(externalid)$/, kind: "identifier", value: ({ suffix }) => `ext-${suffix}` },
  { names: /^(id|uuid|guid|.+id)$/, kind: "identifier", value: ({ suffix }) => `test-${suffix}` },
];

/** The value of a SCIM multi-valued attribute's `value`, read from the attribute's own name. */
function multiValuedRule(parent: string): Rule | undefined {
  const name = simple(parent);
  if (name === "emails") return RULES[0];
  if (name === "phonenumbers") return RULES.find((rule) => rule.names.test("phone"));
  if (/(groups|members|roles|entitlements|manager)$/.test(name))
    return { names: /^value$/, kind: "identifier", value: ({ suffix }) => `test-${suffix}` };
  return undefined;
}

function ruleFor(path: string[]): Rule | undefined {
  const key = path.at(-1);
  if (key === undefined) return undefined;
  if (key === "value" && path.length > 1) return multiValuedRule(path[path.length - 2]);
  const name = simple(key);
  return RULES.find((rule) => rule.names.test(name));
}

/** `value` made unique with the suffix, keeping its shape: before an email's `@`, else appended. */
function unique(value: string, kind: Kind, suffix: string): string {
  if (value.includes(suffix)) return value;
  if (kind === "email" || (kind === "login" && value.includes("@"))) {
    const at = value.lastIndexOf("@");
    return at > 0 ? `${value.slice(0, at)}.${suffix}${value.slice(at)}` : `${value}.${suffix}`;
  }
  if (kind === "displayName") return `${value} ${suffix}`;
  return `${value}-${suffix}`;
}

const PAGE_SIZE = /^(limit|count|pagesize|perpage|size|maxresults|top)$/;
const PAGE_NUMBER = /^(page|pagenumber|startindex)$/;

function realisticText(value: string, context: Context): string {
  const rule = ruleFor(context.path);
  // A uuid's format says more than its name: a fresh one.
  if (value === PLACEHOLDER_UUID) return randomUUID();
  if (PLACEHOLDER_TEXT.has(value)) {
    if (rule) return rule.value(context);
    return value === "string" ? `sample-${context.suffix}` : value;
  }
  // A value from an example: kept, made unique when it identifies the record.
  return rule && rule.kind !== "text" && rule.kind !== "identifier" ? unique(value, rule.kind, context.suffix) : value;
}

function realisticNumber(value: number, path: string[]): number {
  if (value !== 0) return value;
  const name = simple(path.at(-1) ?? "");
  if (PAGE_SIZE.test(name)) return 10;
  if (PAGE_NUMBER.test(name)) return 1;
  return value;
}

/** SCIM's `schemas` from the record it is in (RFC 7643): a user has a userName, a group a displayName alone. */
function scimSchemas(record: Record<string, unknown>): string[] | undefined {
  const list = record.schemas;
  if (!Array.isArray(list) || !list.every((item) => PLACEHOLDER_TEXT.has(String(item)))) return undefined;
  if ("userName" in record) return [SCIM_USER_URN];
  if ("displayName" in record) return [SCIM_GROUP_URN];
  return undefined;
}

function walk(value: unknown, context: Context): unknown {
  if (typeof value === "string") return realisticText(value, context);
  if (typeof value === "number") return realisticNumber(value, context.path);
  if (Array.isArray(value)) return value.map((item) => walk(item, context));
  if (!value || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record))
    result[key] = walk(item, { ...context, path: [...context.path, key] });
  const schemas = scimSchemas(record);
  if (schemas) result.schemas = schemas;
  return result;
}

/**
 * The sampled `value` with every placeholder replaced by a realistic value for its property, and the identifying
 * values (from examples too) made unique with `suffix`; values given by examples are otherwise kept.
 */
export function realistic<T>(value: T, options: { suffix?: string; subject?: string } = {}): T {
  const { suffix = sampleSuffix(), subject } = options;
  return walk(value, { suffix, path: subject ? [subject] : [] }) as T;
}
