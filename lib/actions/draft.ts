// Action flows drafted from the plan: one flow per planned contract, named after it, that calls httpHelper,
// maps the contract input to the request and the response to the contract output by field names, and always
// returns executionStatus. Drafts are a start the user corrects on the canvas; contracts not drafted say why.
import { type Contract, findContract } from "../contracts/catalog";
import type { JsonSchema } from "../contracts/shapes";
import type { Binding, FieldSpec, Flow, ValueType } from "../flow/model";
import { fromCard, fromEvent } from "../generate/bindings";
import { CALL_CARD, callCard, construct, REQUEST_CARD, relativeUrlCards, scimUserCards } from "./draft-cards";
import { operationBodies, userFieldMap } from "./draft-fields";
import type { ActionPlan, PlannedAction } from "./plan";

export const ACTIONS_FOLDER = "Actions";

export interface DraftResult {
  flows: Flow[];
  skipped: { contract: string; reason: string }[];
}

function valueType(schema: JsonSchema): ValueType {
  switch (schema.type) {
    case "string":
      return { type: "text" };
    case "integer":
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return { type: "list", items: { type: "any" } };
    default:
      return { type: "object", schema };
  }
}

function fieldsOf(schema: JsonSchema): FieldSpec[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([key, child]) => ({
    key,
    type: valueType(child),
    ...(required.has(key) ? { required: true } : {}),
  }));
}

function actionFlow(contract: Contract, description: string, cards: Flow["cards"]): Flow {
  const outputs = fieldsOf(contract.output);
  return {
    schemaVersion: 1,
    name: contract.name,
    description,
    kind: "action",
    folder: ACTIONS_FOLDER,
    enabled: true,
    saveAllData: false,
    version: 1,
    event: { type: "action", contract: contract.name, options: [], inputs: fieldsOf(contract.input), outputs },
    cards: [
      ...cards,
      {
        id: "return",
        type: "flow.returnOutputs",
        title: "Return the contract outputs",
        inputs: Object.fromEntries(outputs.map((field) => [field.key, fromCard(CALL_CARD, field.key)])),
        dynamicInputs: outputs,
      },
    ],
  };
}

/** The event value each path parameter of a user operation takes. */
const userIdFrom = (contract: Contract): Binding =>
  contract.input.properties && "userId" in (contract.input.properties as object)
    ? fromEvent("userId")
    : fromEvent("user", "id");

type Drafter = (contract: Contract, action: PlannedAction, document: unknown) => Flow | string;

function userRecordFlow(
  contract: Contract,
  action: PlannedAction,
  document: unknown,
  withBody: boolean,
): Flow | string {
  const operation = action.operation!;
  const bodies = operationBodies(document, operation.method, operation.path);
  const responseMap = userFieldMap(bodies.response.fields);
  const requestMap = userFieldMap(bodies.request.fields);
  if (withBody && !Object.keys(requestMap.attributes).length)
    return `the request body of ${operation.method.toUpperCase()} ${operation.path} has no field a SCIM user attribute matches`;

  const url = relativeUrlCards(
    operation.path,
    Object.fromEntries([...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => [match[1], userIdFrom(contract)])),
  );
  const cards = [...url.cards];
  let body: Binding | undefined;
  if (withBody) {
    const values: Record<string, Binding> = {};
    for (const [attribute, field] of Object.entries(requestMap.attributes))
      values[field] = fromEvent("user", ...attribute.split("."));
    if (requestMap.email && !values[requestMap.email]) values[requestMap.email] = fromEvent("user", "userName");
    cards.push(construct("body", "Request body (from the contract's user)", values));
    body = fromCard("body", "output");
    if (bodies.request.envelope) {
      cards.push(construct("envelope", `Wrapped in "${bodies.request.envelope}"`, { [bodies.request.envelope]: body }));
      body = fromCard("envelope", "output");
    }
  }
  const prefix = bodies.response.envelope ? [bodies.response.envelope] : [];
  const user = scimUserCards(responseMap.id ? responseMap : requestMap, (field) =>
    fromCard(REQUEST_CARD, "body", ...prefix, field),
  );
  cards.push(
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body,
      errorMessagePath: bodies.errorMessagePath,
      onSuccess: { cards: user.cards, results: { user: user.user } },
      outputs: [{ key: "user", type: { type: "object" } }],
    }),
  );
  const mapped = Object.entries(responseMap.attributes)
    .map(([attribute, field]) => `${attribute} ← ${field}`)
    .join(", ");
  return actionFlow(
    contract,
    `Drafted from ${operation.method.toUpperCase()} ${operation.path} (${action.why}). Response mapping: ${mapped || "none found"}.`,
    cards,
  );
}

const DRAFTERS: Record<string, Drafter> = {
  "Provisioning Create User": (contract, action, document) => userRecordFlow(contract, action, document, true),
  "Provisioning Get User by ID": (contract, action, document) => userRecordFlow(contract, action, document, false),
};

/** Drafts the chosen contracts (all planned ones by default) from a plan over `document`. */
export function draftActionFlows(document: unknown, plan: ActionPlan, contracts?: readonly string[]): DraftResult {
  const result: DraftResult = { flows: [], skipped: [] };
  for (const action of plan.actions) {
    if (contracts && !contracts.includes(action.contract)) continue;
    const contract = findContract(action.contract)!;
    if (!action.operation) {
      result.skipped.push({ contract: action.contract, reason: action.why });
      continue;
    }
    const drafter = DRAFTERS[action.contract];
    if (!drafter) {
      result.skipped.push({
        contract: action.contract,
        reason: "no draft for this contract yet: build it on the canvas",
      });
      continue;
    }
    const drafted = drafter(contract, action, document);
    if (typeof drafted === "string") result.skipped.push({ contract: action.contract, reason: drafted });
    else result.flows.push(drafted);
  }
  return result;
}
