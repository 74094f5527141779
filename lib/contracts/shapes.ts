// The shared shapes of the API Integration Action contracts (USER, GROUP, EXEC, PAGE-IN/OUT, SCIMCFG), each
// written once as JSON Schema 2020-12 and reused by every contract that carries it.

export type JsonSchema = Record<string, unknown>;

/** The SCIM enterprise user extension: one property name inside USER. */
export const ENTERPRISE_USER_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

const string: JsonSchema = { type: "string" };
const boolean: JsonSchema = { type: "boolean" };
const integer: JsonSchema = { type: "integer" };
const number: JsonSchema = { type: "number" };

const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: "object",
  properties,
  ...(required.length ? { required } : {}),
});
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: "array", items });
const stringsOf = (...names: string[]) => Object.fromEntries(names.map((name) => [name, string]));

/** A SCIM multi-valued attribute (emails, phoneNumbers …): value/display/type and, except groups, primary. */
const multiValued = (...names: string[]) => arrayOf(object({ ...stringsOf(...names) }));
const withPrimary = (...names: string[]) => arrayOf(object({ ...stringsOf(...names), primary: boolean }));

/** The SCIM core schemas (RFC 7643 §8.7.1) a user's and a group's `schemas` name. */
export const SCIM_USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

/** What a user sent to an action typically holds: the example test inputs start from (lib/samples). */
const USER_EXAMPLE = {
  schemas: [SCIM_USER_URN],
  id: "00u1a2b3c4d5e6f7",
  userName: "ada.lovelace@example.com",
  name: { givenName: "Ada", familyName: "Lovelace" },
  displayName: "Ada Lovelace",
  emails: [{ value: "ada.lovelace@example.com", type: "work", primary: true }],
  active: true,
};
const GROUP_EXAMPLE = { schemas: [SCIM_GROUP_URN], id: "00g1a2b3c4d5e6f7", displayName: "Engineering" };

/** An input record (one with required fields) carries the example; output records need none. */
const withExample = (schema: JsonSchema, required: string[], example: JsonSchema): JsonSchema =>
  required.length ? { ...schema, examples: [example] } : schema;

/** USER: the SCIM 2.0 user (RFC 7643 §4.1) with the enterprise extension; extension attributes are allowed. */
export function userSchema(required: string[] = []): JsonSchema {
  return withExample(userRecord(required), required, USER_EXAMPLE);
}

function userRecord(required: string[]): JsonSchema {
  return object(
    {
      schemas: arrayOf(string),
      ...stringsOf("id", "externalId", "userName"),
      name: object(
        stringsOf("formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"),
      ),
      ...stringsOf(
        "displayName",
        "nickName",
        "profileUrl",
        "title",
        "userType",
        "preferredLanguage",
        "locale",
        "timezone",
      ),
      active: boolean,
      password: string,
      emails: withPrimary("value", "display", "type"),
      phoneNumbers: withPrimary("value", "display", "type"),
      ims: withPrimary("value", "display", "type"),
      photos: withPrimary("value", "display", "type"),
      addresses: withPrimary("formatted", "streetAddress", "locality", "region", "postalCode", "country", "type"),
      groups: multiValued("value", "ref", "display", "type"),
      entitlements: withPrimary("value", "display", "type"),
      roles: withPrimary("value", "display", "type"),
      x509Certificates: withPrimary("value", "display", "type"),
      [ENTERPRISE_USER_URN]: object({
        ...stringsOf("employeeNumber", "costCenter", "organization", "division", "department"),
        manager: object(stringsOf("value", "ref", "displayName")),
      }),
    },
    required,
  );
}

/** GROUP: the SCIM 2.0 group as the contracts carry it (no members: membership has its own contracts). */
export function groupSchema(required: string[] = []): JsonSchema {
  const record = object({ schemas: arrayOf(string), ...stringsOf("id", "displayName", "description") }, required);
  return withExample(record, required, GROUP_EXAMPLE);
}

export const EXECUTION_STATUSES = ["SUCCEEDED", "FAILED"] as const;
export const ERROR_TYPES = [
  "RESOURCE_NOT_FOUND",
  "RATE_LIMIT_EXCEEDED",
  "INVALID_CREDENTIALS",
  "TOKEN_EXPIRED",
  "GENERIC_FAILURE",
] as const;

/** EXEC: the outcome every output carries; an API error is FAILED with errors[], not a failed run. */
export const EXECUTION_STATUS: JsonSchema = object(
  {
    status: { type: "string", enum: [...EXECUTION_STATUSES] },
    errors: arrayOf(
      object({
        code: string,
        summary: string,
        details: arrayOf(string),
        httpStatusCode: integer,
        requestId: string,
        type: { type: "string", enum: [...ERROR_TYPES] },
      }),
    ),
  },
  ["status"],
);

/** PAGE-IN: the cursor and page size the platform asks with (both optional). */
export const PAGINATION_IN: JsonSchema = object({ cursor: string, limit: integer });
/** PAGE-OUT: the cursor of the next page; absent on the last page. */
export const PAGINATION_OUT: JsonSchema = object({ nextCursor: string });

/** SCIMCFG: where and how the four schema-discovery contracts reach the SCIM server. */
export const SCIM_CONFIG: JsonSchema = object(
  {
    baseUri: string,
    authMode: { type: "string", enum: ["header", "bearer", "oauth"] },
    entitlementTypes: arrayOf(
      object(
        {
          name: string,
          endpoint: string,
          description: string,
          attributes: object({ required: boolean, multiValued: boolean }),
          mappings: object({ ...stringsOf("idField", "displayNameField", "descriptionField") }, [
            "idField",
            "displayNameField",
          ]),
        },
        ["name", "endpoint", "mappings"],
      ),
    ),
  },
  ["baseUri", "authMode", "entitlementTypes"],
);

const PROPERTY_TYPES = [
  "STRING",
  "NUMBER",
  "INTEGER",
  "BOOLEAN",
  "DATE",
  "ARRAY",
  "URI",
  "COUNTRY_CODE",
  "TIMEZONE",
  "LOCALE",
  "LANGUAGE_CODE",
  "EMAIL",
  "OBJECT",
];

/** One schema property as the schema-discovery contracts describe it (nested ones under `properties`). */
export const SCHEMA_PROPERTY: JsonSchema = object({
  ...stringsOf("name", "title", "externalName", "externalNamespace", "description"),
  required: boolean,
  propertyType: { type: "string", enum: PROPERTY_TYPES },
  scope: { type: "string", enum: ["SELF", "SYSTEM", "NONE"] },
  schemaName: string,
  defaultValue: {},
  enumConstraint: { type: "array" },
  oneOfConstraint: { type: "object" },
  enumTitles: { type: "object" },
  __metadata: { type: "object" },
  properties: arrayOf({ type: "object" }),
  minItems: number,
  maxItems: number,
  minLength: number,
  maxLength: number,
  minSize: number,
  maxSize: number,
  pattern: string,
  minimum: integer,
  maximum: integer,
  beforeDate: { type: "string", format: "date-time" },
  afterDate: { type: "string", format: "date-time" },
});

/** One allowed value of a schema property. */
export const SCHEMA_PROPERTY_VALUE: JsonSchema = object(
  stringsOf("id", "displayName", "schemaPropertyName", "typeName", "description"),
);

export const shape = { string, boolean, integer, object, arrayOf };
