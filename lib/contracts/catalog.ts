// The 22 API Integration Action contracts: what the identity platform sends each action flow and what the flow
// must return. One entry per contract; names exactly as the platform writes them.
import {
  EXECUTION_STATUS,
  groupSchema,
  type JsonSchema,
  PAGINATION_IN,
  PAGINATION_OUT,
  SCHEMA_PROPERTY,
  SCHEMA_PROPERTY_VALUE,
  SCIM_CONFIG,
  shape,
  userSchema,
} from "./shapes";

/** Every contract's name, in the catalog's order: the one list the type `ContractName` comes from. */
export const CONTRACT_NAMES = [
  "Proprietary Universal Logout",
  "Provisioning Create User",
  "Provisioning Update User",
  "Provisioning Update User Password",
  "Provisioning Activate User",
  "Provisioning Deactivate User",
  "Provisioning Get User by ID",
  "Provisioning Get User by UserName",
  "Provisioning List Users",
  "Provisioning Create Group",
  "Provisioning Update Group",
  "Provisioning Remove Group",
  "Provisioning Add Group Members",
  "Provisioning Remove Group Members",
  "Provisioning List Group Members",
  "Provisioning Get Group by ID",
  "Provisioning List Groups",
  "Provisioning List Groups by Display Name",
  "Provisioning List User Schema",
  "Provisioning List User Schema Property Values",
  "Provisioning List Entitlement Schema",
  "Provisioning List Entitlement Schema Property Values",
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

export type Capability = "provisioning" | "entitlementManagement" | "universalLogout";

/** The OIN Wizard's sections in which an operation is tied to a flow. */
export type OperationGroup =
  | "user query"
  | "user schema discovery"
  | "user operations"
  | "group query"
  | "group operations"
  | "group membership"
  | "entitlements"
  | "Universal Logout";

export interface Contract {
  name: ContractName;
  capability: Capability;
  operationGroup: OperationGroup;
  /** Mandatory for the capability (§1.6); optional groups become mandatory only when switched on. */
  required: boolean;
  summary: string;
  input: JsonSchema;
  output: JsonSchema;
}

const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

function document(title: string, properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    title,
    type: "object",
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

interface ContractDraft extends Omit<Contract, "input" | "output"> {
  input: { properties: Record<string, JsonSchema>; required?: string[] };
  /** The output besides `executionStatus`, which every output carries. */
  output: Record<string, JsonSchema>;
}

function contract(draft: ContractDraft): Contract {
  return {
    ...draft,
    input: document(`${draft.name} input`, draft.input.properties, draft.input.required ?? []),
    output: document(`${draft.name} output`, { ...draft.output, executionStatus: EXECUTION_STATUS }, [
      "executionStatus",
    ]),
  };
}

const { string, arrayOf, object } = shape;
const USER_INPUT = { properties: { user: userSchema(["schemas", "id", "userName"]) }, required: ["user"] };
const GROUP_INPUT = { properties: { group: groupSchema(["schemas", "displayName"]) }, required: ["group"] };
const byId = (name: string) => ({ properties: { [name]: string }, required: [name] });
const USER_OUT = { user: userSchema() };
const GROUP_OUT = { group: groupSchema() };
const GROUPS_PAGE = { resources: arrayOf(groupSchema()), pagination: PAGINATION_OUT };
const MEMBERS = arrayOf(object({ value: string, display: string }, ["value"]));
const MEMBERS_INPUT = {
  properties: { groupId: string, groupMembers: MEMBERS },
  required: ["groupId", "groupMembers"],
};
const SCIM_INPUT = { properties: { scim: SCIM_CONFIG, pagination: PAGINATION_IN }, required: ["scim"] };
const SCHEMA_PROPERTIES_OUT = { schemaProperties: arrayOf(SCHEMA_PROPERTY), pagination: PAGINATION_OUT };
const SCHEMA_VALUES_OUT = { schemaPropertyValues: arrayOf(SCHEMA_PROPERTY_VALUE), pagination: PAGINATION_OUT };

export const CONTRACTS: readonly Contract[] = [
  contract({
    name: "Proprietary Universal Logout",
    capability: "universalLogout",
    operationGroup: "Universal Logout",
    required: true,
    summary: "End every session of one user in the app (risk-based logout).",
    input: { properties: { externalUserId: string, externalUserName: string, oktaUserId: string } },
    output: { logoutStatus: { type: "string", enum: ["SUCCESS", "FAILURE"] } },
  }),
  contract({
    name: "Provisioning Create User",
    capability: "provisioning",
    operationGroup: "user operations",
    required: false,
    summary: "Create a user from a SCIM user and return it as created.",
    input: USER_INPUT,
    output: USER_OUT,
  }),
  contract({
    name: "Provisioning Update User",
    capability: "provisioning",
    operationGroup: "user operations",
    required: false,
    summary: "Replace a user's profile with the SCIM user given and return it.",
    input: USER_INPUT,
    output: USER_OUT,
  }),
  contract({
    name: "Provisioning Update User Password",
    capability: "provisioning",
    operationGroup: "user operations",
    required: false,
    summary: "Set a user's password.",
    input: { properties: { userId: string, password: string }, required: ["userId", "password"] },
    output: {},
  }),
  contract({
    name: "Provisioning Activate User",
    capability: "provisioning",
    operationGroup: "user operations",
    required: false,
    summary: "Activate (reactivate) a user.",
    input: byId("userId"),
    output: {},
  }),
  contract({
    name: "Provisioning Deactivate User",
    capability: "provisioning",
    operationGroup: "user operations",
    required: false,
    summary: "Deactivate (suspend) a user without deleting it.",
    input: byId("userId"),
    output: {},
  }),
  contract({
    name: "Provisioning Get User by ID",
    capability: "provisioning",
    operationGroup: "user query",
    required: true,
    summary: "Read one user by its id in the app.",
    input: byId("userId"),
    output: USER_OUT,
  }),
  contract({
    name: "Provisioning Get User by UserName",
    capability: "provisioning",
    operationGroup: "user query",
    required: true,
    summary: "Find one user by its unique user name.",
    input: byId("userName"),
    output: USER_OUT,
  }),
  contract({
    name: "Provisioning List Users",
    capability: "provisioning",
    operationGroup: "user query",
    required: true,
    summary: "List users one page at a time (import).",
    input: { properties: { pagination: PAGINATION_IN } },
    output: { resources: arrayOf(userSchema()), pagination: PAGINATION_OUT },
  }),
  contract({
    name: "Provisioning Create Group",
    capability: "provisioning",
    operationGroup: "group operations",
    required: false,
    summary: "Create a group and return it as created.",
    input: GROUP_INPUT,
    output: GROUP_OUT,
  }),
  contract({
    name: "Provisioning Update Group",
    capability: "provisioning",
    operationGroup: "group operations",
    required: false,
    summary: "Rename or describe a group and return it.",
    input: GROUP_INPUT,
    output: GROUP_OUT,
  }),
  contract({
    name: "Provisioning Remove Group",
    capability: "provisioning",
    operationGroup: "group operations",
    required: false,
    summary: "Delete a group.",
    input: byId("groupId"),
    output: {},
  }),
  contract({
    name: "Provisioning Add Group Members",
    capability: "provisioning",
    operationGroup: "group membership",
    required: false,
    summary: "Add users to a group.",
    input: MEMBERS_INPUT,
    output: {},
  }),
  contract({
    name: "Provisioning Remove Group Members",
    capability: "provisioning",
    operationGroup: "group membership",
    required: false,
    summary: "Remove users from a group.",
    input: MEMBERS_INPUT,
    output: {},
  }),
  contract({
    name: "Provisioning List Group Members",
    capability: "provisioning",
    operationGroup: "group membership",
    required: false,
    summary: "List a group's members one page at a time.",
    input: { properties: { groupId: string, pagination: PAGINATION_IN }, required: ["groupId"] },
    output: { resources: MEMBERS, pagination: PAGINATION_OUT },
  }),
  contract({
    name: "Provisioning Get Group by ID",
    capability: "provisioning",
    operationGroup: "group query",
    required: true,
    summary: "Read one group by its id in the app.",
    input: byId("groupId"),
    output: GROUP_OUT,
  }),
  contract({
    name: "Provisioning List Groups",
    capability: "provisioning",
    operationGroup: "group query",
    required: true,
    summary: "List groups one page at a time (import, group push).",
    input: { properties: { pagination: PAGINATION_IN } },
    output: GROUPS_PAGE,
  }),
  contract({
    name: "Provisioning List Groups by Display Name",
    capability: "provisioning",
    operationGroup: "group operations",
    required: false,
    summary: "Find groups whose display name matches.",
    input: { properties: { displayName: string, pagination: PAGINATION_IN }, required: ["displayName"] },
    output: GROUPS_PAGE,
  }),
  contract({
    name: "Provisioning List User Schema",
    capability: "provisioning",
    operationGroup: "user schema discovery",
    required: true,
    summary: "Describe the app's user profile properties (attribute mapping, profile sourcing).",
    input: SCIM_INPUT,
    output: SCHEMA_PROPERTIES_OUT,
  }),
  contract({
    name: "Provisioning List User Schema Property Values",
    capability: "provisioning",
    operationGroup: "user schema discovery",
    required: true,
    summary: "List the allowed values of the user profile's properties.",
    input: SCIM_INPUT,
    output: SCHEMA_VALUES_OUT,
  }),
  contract({
    name: "Provisioning List Entitlement Schema",
    capability: "entitlementManagement",
    operationGroup: "entitlements",
    required: false,
    summary: "Describe the app's entitlement properties (Entitlement Management).",
    input: SCIM_INPUT,
    output: SCHEMA_PROPERTIES_OUT,
  }),
  contract({
    name: "Provisioning List Entitlement Schema Property Values",
    capability: "entitlementManagement",
    operationGroup: "entitlements",
    required: false,
    summary: "List the allowed values of a user's entitlement properties (Entitlement Management).",
    input: SCIM_INPUT,
    output: SCHEMA_VALUES_OUT,
  }),
];

const BY_NAME = Object.fromEntries(CONTRACTS.map((entry) => [entry.name, entry])) as Record<ContractName, Contract>;

/** A name from outside (a route body, a CLI argument, a stored flow) that is one of the catalog's contracts. */
export function isContractName(name: unknown): name is ContractName {
  return typeof name === "string" && Object.hasOwn(BY_NAME, name);
}

export function findContract(name: ContractName): Contract;
export function findContract(name: string): Contract | undefined;
export function findContract(name: string): Contract | undefined {
  return isContractName(name) ? BY_NAME[name] : undefined;
}

/** The file name of a contract's published schema: "Provisioning Create User" → "provisioning-create-user". */
export function contractSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
