// Small builders of bundles for the validator's tests: a valid base project and flows to break it with.
import type { Binding, Card, FieldSpec, Flow, FlowKind, ValueType } from "@/lib/flow/model";
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION } from "@/lib/flow/model";
import type { ContractCatalog } from "@/lib/validator/model";

export const lit = (value: unknown): Binding => ({ kind: "literal", value });
export const ref = (card: string, ...path: string[]): Binding => ({ kind: "ref", card, path });
const T = {
  text: { type: "text" },
  number: { type: "number" },
  object: { type: "object" },
  objects: { type: "list", items: { type: "object" } },
} satisfies Record<string, ValueType>;
export { T };

export function flow(name: string, kind: FlowKind, cards: Card[] = [], extra: Partial<Flow> = {}): Flow {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    kind,
    folder: "Shared Folder",
    enabled: true,
    saveAllData: false,
    version: 1,
    event: { type: EVENT_FOR_KIND[kind], options: [], inputs: [], outputs: [] },
    cards,
    ...extra,
  };
}

export const callFlow = (
  id: string,
  target: string,
  inputs: Record<string, Binding> = {},
  types: FieldSpec[] = [],
): Card => ({
  id,
  type: "flow.callFlow",
  options: { flow: target },
  inputs,
  dynamicInputs: types,
});

export const assign = (id: string, fields: Record<string, [ValueType, Binding]> = {}): Card => ({
  id,
  type: "flow.assign",
  inputs: Object.fromEntries(Object.entries(fields).map(([key, [, binding]]) => [key, binding])),
  dynamicInputs: Object.entries(fields).map(([key, [type]]) => ({ key, type })),
});

export const returnOutputs = (id: string, outputs: Record<string, [ValueType, Binding]>): Card => ({
  ...assign(id, outputs),
  type: "flow.returnOutputs",
});

export const SUCCEEDED: [ValueType, Binding] = [T.object, lit({ status: "SUCCEEDED" })];

/** An ON action flow of `contract` that returns `outputs`. */
export const action = (name: string, contract: string, outputs: Record<string, [ValueType, Binding]>): Flow => ({
  ...flow(name, "action", [returnOutputs("done", outputs)]),
  folder: "Actions",
  event: { type: "action", contract, options: [], inputs: [], outputs: [] },
});

export const LIST_USERS = "Provisioning List Users";
export const UNIVERSAL_LOGOUT = "Proprietary Universal Logout";

/** A valid List Users action flow. */
export const listUsers = (name = "List Users") =>
  action(name, LIST_USERS, { resources: [T.objects, lit([])], executionStatus: SUCCEEDED });

export const universalLogout = () =>
  action("Universal Logout", UNIVERSAL_LOGOUT, { logoutStatus: [T.text, lit("SUCCESS")], executionStatus: SUCCEEDED });

const status = { executionStatus: { type: "object" } };

/** A tiny contract table standing in for the contract catalog. */
export const CONTRACTS: ContractCatalog = {
  contracts: [
    {
      name: LIST_USERS,
      capability: "provisioning",
      operationGroup: "userQuery",
      required: true,
      outputSchema: {
        properties: { resources: { type: "array", items: { type: "object" } }, ...status },
        required: ["resources", "executionStatus"],
      },
    },
    ...["Provisioning Create Group", "Provisioning Remove Group"].map((name) => ({
      name,
      capability: "provisioning" as const,
      operationGroup: "groupOperations",
      required: false,
      outputSchema: { properties: status, required: ["executionStatus"] },
    })),
    {
      name: UNIVERSAL_LOGOUT,
      capability: "universalLogout",
      operationGroup: "universalLogout",
      required: true,
      outputSchema: { properties: { logoutStatus: { type: "string" }, ...status }, required: ["executionStatus"] },
    },
  ],
};

/** The core flows every project needs, ON. */
export const coreFlows = (): Flow[] => [
  flow("httpHelper", "helper"),
  flow("_authping", "authping", [callFlow("ping", "httpHelper")]),
];

/** A bundle that passes every rule: linked, core flows ON, nothing else. */
export function validBundle(extraFlows: unknown[] = [], changes: Record<string, unknown> = {}) {
  return {
    bundleVersion: 1,
    project: { name: "Fixture" },
    tenantVariables: [] as { label: string; name: string }[],
    oinApp: { capabilities: [] as string[] },
    authConfigurations: [] as unknown[],
    flows: [...coreFlows(), ...extraFlows],
    ...changes,
  };
}
