// Action flows drafted from the plan: one flow per planned contract, named after it, that calls httpHelper,
// maps the contract input to the request and the response to the contract output by field names, and always
// returns executionStatus. Drafts are a start the user corrects on the canvas; contracts not drafted say why.
import { type Contract, findContract } from "../contracts/catalog";
import type { Binding, Card, FieldSpec, Flow } from "../flow/model";
import { fromCard, fromEvent, literal } from "../generate/bindings";
import {
  callCard,
  construct,
  oneOperationPatchCards,
  REQUEST_CARD,
  relativeUrlCards,
  requestCard,
  SCIM_PATCH_SCHEMA,
  scimEqualsFilterCards,
  scimGroupCards,
  scimUserCards,
} from "./draft-cards";
import {
  groupFieldMap,
  lifecycleField,
  listShape,
  type OperationBodies,
  operationBodies,
  userFieldMap,
} from "./draft-fields";
import { actionFlow, type Drafted, type Drafter, describe, helperFlow, ITEM_INPUTS, urlCards } from "./draft-flow";
import { scimAddMembers, scimListMembers, scimRemoveMembers } from "./draft-scim-groups";
import { scimBasePath, scimEntitlementSchema, scimEntitlementValues } from "./draft-scim-entitlements";
import { scimUserSchema, scimUserSchemaValues } from "./draft-scim-schemas";
import { specUserSchema, specUserSchemaValues } from "./draft-spec-schema";
import { describePaging, listPaging, pagingCard } from "./draft-paging";
import { USER_NAME_PARAMETERS } from "./words";
import type { ActionPlan, PlannedAction } from "./plan";
import type { HttpMethod, SpecIndex } from "../spec/types";

export interface DraftResult {
  flows: Flow[];
  skipped: { contract: string; reason: string }[];
}

/** One call whose only outcome is executionStatus (lifecycle, password, removals, logout). */
function statusOnlyFlow(
  contract: Contract,
  action: PlannedAction,
  document: unknown,
  body?: Binding,
  extraOutputs: { success: Record<string, Binding>; failure: Record<string, Binding>; fields: FieldSpec[] } = {
    success: {},
    failure: {},
    fields: [],
  },
): Flow {
  const operation = action.operation!;
  const url = urlCards(contract, operation.path);
  const bodies = operationBodies(document, operation.method, operation.path);
  return actionFlow(contract, describe(action), [
    ...url.cards,
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body,
      errorMessagePath: bodies.errorMessagePath,
      onSuccess: { cards: [], results: extraOutputs.success },
      onFailure: extraOutputs.failure,
      outputs: extraOutputs.fields,
    }),
  ]);
}

function lifecycleDraft(kind: "active" | "inactive"): Drafter {
  return (contract, action, document) => {
    const operation = action.operation!;
    const bodies = operationBodies(document, operation.method, operation.path);
    if (bodies.request.fields.includes("Operations")) {
      const patch = {
        schemas: [SCIM_PATCH_SCHEMA],
        Operations: [{ op: "replace", path: "active", value: kind === "active" }],
      };
      return statusOnlyFlow(contract, action, document, literal(patch));
    }
    const field = lifecycleField(document, operation.method, operation.path);
    if (field) {
      const value = { [field.field]: field[kind] };
      return statusOnlyFlow(
        contract,
        action,
        document,
        literal(bodies.request.envelope ? { [bodies.request.envelope]: value } : value),
      );
    }
    if (operation.method === "put" || operation.method === "patch")
      if (bodies.request.fields.length) return `the request body of ${operation.path} has no field that sets the state`;
    return statusOnlyFlow(contract, action, document);
  };
}

export const USER_TO_SCIM_FLOW = "Map a user to a SCIM user";

/** A helper flow mapping one API record (`item`) to one contract record (`output`). */
function itemMapperFlow(name: string, description: string, mapping: { cards: Flow["cards"]; output: Binding }): Flow {
  return helperFlow({
    name,
    description,
    inputs: ITEM_INPUTS,
    cards: mapping.cards,
    output: mapping.output,
    outputType: { type: "object" },
  });
}

export const GROUP_TO_SCIM_FLOW = "Map a group to a SCIM group";
export const MEMBERSHIP_TO_MEMBER_FLOW = "Map a membership to a group member";

const ITEM_MAPPERS: Record<"user" | "group" | "member", (fields: string[]) => Flow> = {
  user: (fields) => {
    const user = scimUserCards(userFieldMap(fields), (field) => fromEvent("item", field));
    return itemMapperFlow(USER_TO_SCIM_FLOW, `Maps one user record of the API (${fields.join(", ")}) to a SCIM user.`, {
      cards: user.cards,
      output: user.user,
    });
  },
  group: (fields) => {
    const group = scimGroupCards(groupFieldMap(fields), (field) => fromEvent("item", field));
    return itemMapperFlow(GROUP_TO_SCIM_FLOW, `Maps one group of the API (${fields.join(", ")}) to a SCIM group.`, {
      cards: group.cards,
      output: group.group,
    });
  },
  member: (fields) => {
    const byLoose = new Map(fields.map((field) => [loose(field), field]));
    const value = ["userid", "memberid", "accountid", "user", "id"].map((name) => byLoose.get(name)).find(Boolean);
    const display = ["display", "displayname", "name", "email", "username"]
      .map((name) => byLoose.get(name))
      .find(Boolean);
    const values: Record<string, Binding> = {};
    if (value) values.value = fromEvent("item", value);
    if (display) values.display = fromEvent("item", display);
    return itemMapperFlow(MEMBERSHIP_TO_MEMBER_FLOW, `Maps one member record of the API (${fields.join(", ")}).`, {
      cards: [construct("member", "Group member", values)],
      output: fromCard("member", "output"),
    });
  },
};

/** A list contract over the API's own paging (lib/paging): each item through a mapper helper, `nextCursor` as the API pages. */
function listDraft(kind: "user" | "group" | "member", filter?: (queryNames: string[]) => ListFilter | string): Drafter {
  return (contract, action, document, index) => {
    const operation = action.operation!;
    const indexed = index.operations.find(
      (entry) => entry.method === operation.method && entry.path === operation.path,
    );
    if (!indexed) return `${operation.path} is not in the spec's index`;
    const listed = listPaging(document, indexed);
    if (typeof listed === "string") return `${listed}; page it on the canvas`;
    const queryNames = indexed.parameters.filter((entry) => entry.in === "query").map((entry) => entry.name);
    const narrowed = filter ? filter(queryNames) : { cards: [], query: {} };
    if (typeof narrowed === "string") return narrowed;
    const filtered = narrowed.query;
    const bodies = operationBodies(document, operation.method, operation.path);
    const helper = ITEM_MAPPERS[kind](listed.itemFields);
    const url = urlCards(contract, operation.path);
    const request = { method: operation.method.toUpperCase(), url: url.url, query: fromCard("pageQuery", "query") };
    const cards = [
      ...url.cards,
      callCard({
        ...request,
        errorMessagePath: bodies.errorMessagePath,
        requestCards: [
          ...narrowed.cards,
          ...(Object.keys(filtered).length ? [construct("filters", "Filters", filtered)] : []),
          pagingCard(
            "pageQuery",
            "http.pageQuery",
            "This page's query",
            listed.paging,
            Object.keys(filtered).length ? { query: fromCard("filters", "output") } : {},
          ),
          requestCard(request),
        ],
        onSuccess: {
          cards: [
            pagingCard("page", "http.nextPage", "The items and the next cursor", listed.paging, {
              body: fromCard(REQUEST_CARD, "body"),
              headers: fromCard(REQUEST_CARD, "headers"),
            }),
            {
              id: "resources",
              type: "list.map",
              title: `Each item through "${helper.name}"`,
              options: { flow: helper.name },
              inputs: { list: fromCard("page", "items") },
            },
            construct("pagination", "pagination", { nextCursor: fromCard("page", "nextCursor") }),
          ],
          results: { resources: fromCard("resources", "output"), pagination: fromCard("pagination", "output") },
        },
        outputs: [
          { key: "resources", type: { type: "list", items: { type: "object" } } },
          { key: "pagination", type: { type: "object" } },
        ],
      }),
    ];
    return {
      flow: actionFlow(contract, describe(action, ` ${describePaging(listed.paging)}`), cards),
      helpers: [helper],
    };
  };
}

/** The query parameter that narrows a list to one group's members, or to a display name. */
/** The query parameters that narrow a list, and the cards that build their values. */
interface ListFilter {
  cards: Card[];
  query: Record<string, Binding>;
}
const byGroup = (queryNames: string[]): ListFilter => {
  const parameter = queryNames.find((name) => GROUP_ID_FIELDS.includes(loose(name)));
  return { cards: [], query: parameter ? { [parameter]: fromEvent("groupId") } : {} };
};
const byDisplayName = (queryNames: string[]): ListFilter | string => {
  if (queryNames.includes("filter"))
    return {
      cards: scimEqualsFilterCards("displayName", fromEvent("displayName")),
      query: { filter: fromCard("filter", "output") },
    };
  const parameter = queryNames.find((name) => ["name", "displayname", "search", "q", "query"].includes(loose(name)));
  return parameter
    ? { cards: [], query: { [parameter]: fromEvent("displayName") } }
    : "no query parameter takes the group's name";
};

/** A user or group draft's call: the request, then the API's record as the contract's `user` or `group`. */
function recordFlow(
  contract: Contract,
  description: string,
  cards: Card[],
  call: { method: string; url: Binding; body?: Binding; errorMessagePath?: string[] },
  record: { key: "user" | "group"; cards: Card[]; value: Binding },
): Flow {
  const onSuccess = { cards: record.cards, results: { [record.key]: record.value } };
  return actionFlow(contract, description, [
    ...cards,
    callCard({ ...call, onSuccess, outputs: [{ key: record.key, type: { type: "object" } }] }),
  ]);
}

/** A field of the API's record in the response body, inside its envelope when it has one. */
const responseField = (bodies: OperationBodies) => (field: string) =>
  fromCard(REQUEST_CARD, "body", ...(bodies.response.envelope ? [bodies.response.envelope] : []), field);

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

  const url = urlCards(contract, operation.path);
  const call = { method: operation.method.toUpperCase(), url: url.url, errorMessagePath: bodies.errorMessagePath };
  if (isScimRecord(bodies.request.fields) || (!withBody && isScimRecord(bodies.response.fields)))
    return recordFlow(
      contract,
      describe(action, " A SCIM API: the user goes as it is."),
      url.cards,
      { ...call, body: withBody ? fromEvent("user") : undefined },
      { key: "user", cards: [], value: fromCard(REQUEST_CARD, "body") },
    );
  const cards = [...url.cards];
  let body: Binding | undefined;
  if (withBody) {
    const values: Record<string, Binding> = {};
    for (const [attribute, field] of Object.entries(requestMap.attributes))
      values[field] = fromEvent("user", ...attribute.split("."));
    if (requestMap.email && !values[requestMap.email]) values[requestMap.email] = fromEvent("user", "userName");
    body = bodyCards(cards, "Request body (from the contract's user)", values, bodies.request.envelope);
  }
  const user = scimUserCards(responseMap.id ? responseMap : requestMap, responseField(bodies));
  const mapped = Object.entries(responseMap.attributes)
    .map(([attribute, field]) => `${attribute} ← ${field}`)
    .join(", ");
  return recordFlow(
    contract,
    describe(action, ` Response mapping: ${mapped || "none found"}.`),
    cards,
    { ...call, body },
    { key: "user", cards: user.cards, value: user.user },
  );
}

/** The request body card, wrapped in the API's envelope when it has one: what the call sends. */
function bodyCards(cards: Card[], title: string, values: Record<string, Binding>, envelope?: string): Binding {
  cards.push(construct("body", title, values));
  if (!envelope) return fromCard("body", "output");
  cards.push(construct("envelope", `Wrapped in "${envelope}"`, { [envelope]: fromCard("body", "output") }));
  return fromCard("envelope", "output");
}

function groupRecordFlow(
  contract: Contract,
  action: PlannedAction,
  document: unknown,
  withBody: boolean,
): Flow | string {
  const operation = action.operation!;
  const bodies = operationBodies(document, operation.method, operation.path);
  const requestMap = groupFieldMap(bodies.request.fields);
  const responseMap = groupFieldMap(bodies.response.fields);
  const url = urlCards(contract, operation.path);
  const cards = [...url.cards];
  let body: Binding | undefined;
  if (withBody && bodies.request.fields.includes("Operations")) {
    const values: Record<string, Binding> = { displayName: fromEvent("group", "displayName") };
    if (responseMap.description) values.description = fromEvent("group", "description");
    cards.push(
      construct("replacement", "The new name", values),
      ...oneOperationPatchCards("Replace the name", {
        op: literal("replace"),
        value: fromCard("replacement", "output"),
      }),
    );
    body = fromCard("body", "output");
  } else if (withBody) {
    if (!requestMap.displayName) return `the request body of ${operation.path} has no field for the group's name`;
    const values: Record<string, Binding> = { [requestMap.displayName]: fromEvent("group", "displayName") };
    if (requestMap.description) values[requestMap.description] = fromEvent("group", "description");
    body = bodyCards(cards, "Request body (from the contract's group)", values, bodies.request.envelope);
  }
  const group = scimGroupCards(responseMap.id ? responseMap : requestMap, responseField(bodies));
  return recordFlow(
    contract,
    describe(action),
    cards,
    { method: operation.method.toUpperCase(), url: url.url, body, errorMessagePath: bodies.errorMessagePath },
    { key: "group", cards: group.cards, value: group.group },
  );
}

/** Finds the user by its userName through a list filter (`?email=`, SCIM `filter=userName eq "…"`); none is a 404. */
const getUserByUserName: Drafter = (contract, action, document, index) => {
  const operation = action.operation!;
  const indexed = index.operations.find((entry) => entry.method === operation.method && entry.path === operation.path);
  const parameter = indexed?.parameters.find(
    (entry) => entry.in === "query" && USER_NAME_PARAMETERS.has(entry.name.toLowerCase().replace(/[^a-z0-9]/g, "")),
  );
  if (!parameter) return `${operation.path} takes the user name in its path; map it on the canvas`;
  const shape = listShape(document, operation.method as HttpMethod, operation.path);
  const bodies = operationBodies(document, operation.method, operation.path);
  const scimFilter = parameter.name === "filter";
  const cards: Flow["cards"] = scimFilter ? scimEqualsFilterCards("userName", fromEvent("userName")) : [];
  cards.push(
    construct("query", "Find by user name", {
      [parameter.name]: scimFilter ? fromCard("filter", "output") : fromEvent("userName"),
    }),
  );
  const items = fromCard(REQUEST_CARD, "body", ...shape.itemsPath);
  const user = isScimRecord(shape.itemFields)
    ? { cards: [], user: fromCard("first", "output") }
    : scimUserCards(userFieldMap(shape.itemFields), (field) => fromCard("first", "output", field));
  cards.push(
    callCard({
      method: operation.method.toUpperCase(),
      url: literal(operation.path),
      query: fromCard("query", "output"),
      errorMessagePath: bodies.errorMessagePath,
      onSuccess: {
        cards: [
          { id: "count", type: "list.length", title: "How many match", inputs: { list: items } },
          {
            id: "noMatch",
            type: "error.returnErrorIf",
            title: "No user has this user name",
            inputs: {
              a: fromCard("count", "output"),
              comparison: literal("equal"),
              b: literal(0),
              statusCode: literal(404),
              message: literal("no user has this user name"),
            },
          },
          { id: "first", type: "list.at", title: "The match", inputs: { list: items, index: literal(0) } },
          ...user.cards,
        ],
        results: { user: user.user },
      },
      outputs: [{ key: "user", type: { type: "object" } }],
    }),
  );
  return actionFlow(contract, describe(action, ` Filters by ${parameter.name}.`), cards);
};

/** A SCIM API's record (`schemas` + `userName`): it is the contract's user already. */
const isScimRecord = (fields: string[]) => fields.includes("schemas") && fields.includes("userName");

const GROUP_ID_FIELDS = ["groupid", "group", "teamid", "team", "usergroup", "usergroupid"];
const MEMBER_ID_FIELDS = ["userid", "user", "memberid", "accountid", "id", "personid"];
const loose = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A helper flow that adds or removes one member (`item`) of `groupId`: one call per member. */
function oneMemberFlow(
  name: string,
  operation: { method: string; path: string },
  document: unknown,
  index: SpecIndex,
): Flow | string {
  const bodies = operationBodies(document, operation.method as HttpMethod, operation.path);
  const indexed = index.operations.find((entry) => entry.method === operation.method && entry.path === operation.path);
  const queryNames = (indexed?.parameters ?? []).filter((entry) => entry.in === "query").map((entry) => entry.name);
  const sourceFor = (field: string): Binding | undefined => {
    if (GROUP_ID_FIELDS.includes(loose(field))) return fromEvent("groupId");
    if (MEMBER_ID_FIELDS.includes(loose(field))) return fromEvent("item", "value");
    return undefined;
  };
  const pathNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const pathSources: Record<string, Binding> = {};
  // A parameter names the group when its name says so or it follows a groups/teams segment (`/groups/{id}`).
  const segments = operation.path.split("/");
  for (const parameter of pathNames) {
    const before = segments[segments.indexOf(`{${parameter}}`) - 1] ?? "";
    pathSources[parameter] =
      /group|team/i.test(parameter) || /group|team/i.test(before) ? fromEvent("groupId") : fromEvent("item", "value");
  }
  const mapped = (fields: string[]) =>
    Object.fromEntries(fields.flatMap((field) => (sourceFor(field) ? [[field, sourceFor(field) as Binding]] : [])));
  const bodyValues = mapped(bodies.request.fields);
  const queryValues = mapped(queryNames);
  const covered = [...Object.values(pathSources), ...Object.values(bodyValues), ...Object.values(queryValues)].map(
    (binding) => JSON.stringify(binding),
  );
  if (
    !covered.includes(JSON.stringify(fromEvent("item", "value"))) ||
    !covered.includes(JSON.stringify(fromEvent("groupId")))
  )
    return `${operation.method.toUpperCase()} ${operation.path} does not take both a group and a member id; map it on the canvas`;
  const url = relativeUrlCards(operation.path, pathSources);
  const cards: Flow["cards"] = [...url.cards];
  if (Object.keys(bodyValues).length) cards.push(construct("body", "Membership body", bodyValues));
  if (Object.keys(queryValues).length) cards.push(construct("query", "Membership query", queryValues));
  cards.push(
    requestCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      ...(Object.keys(bodyValues).length ? { body: fromCard("body", "output") } : {}),
      ...(Object.keys(queryValues).length ? { query: fromCard("query", "output") } : {}),
    }),
  );
  return helperFlow({
    name,
    description: `${operation.method.toUpperCase()} ${operation.path} for one group member.`,
    inputs: [...ITEM_INPUTS, { key: "groupId", type: { type: "text" } }],
    cards,
    output: fromCard(REQUEST_CARD, "status_code"),
    outputType: { type: "number" },
  });
}

function membersDraft(helperName: string, scimPatch: Drafter): Drafter {
  return (contract, action, document, index) => {
    const operation = action.operation!;
    const bodies = operationBodies(document, operation.method, operation.path);
    if (bodies.request.fields.includes("Operations")) return scimPatch(contract, action, document, index);
    const helper = oneMemberFlow(helperName, operation, document, index);
    if (typeof helper === "string") return helper;
    const flow = actionFlow(contract, describe(action, " One call per member."), [
      callCard({
        method: operation.method.toUpperCase(),
        url: literal(operation.path),
        errorMessagePath: bodies.errorMessagePath,
        requestCards: [
          {
            id: "eachMember",
            type: "list.forEach",
            title: "Each member",
            options: { flow: helperName },
            inputs: { list: fromEvent("groupMembers"), groupId: fromEvent("groupId") },
            dynamicInputs: [{ key: "groupId", type: { type: "text" } }],
          },
        ],
        onSuccess: { cards: [], results: {} },
        outputs: [],
      }),
    ]);
    return { flow, helpers: [helper] };
  };
}

const DRAFTERS: Record<string, Drafter> = {
  "Provisioning Add Group Members": membersDraft("Add one group member", scimAddMembers),
  "Provisioning Remove Group Members": membersDraft("Remove one group member", scimRemoveMembers),
  "Provisioning Get User by UserName": getUserByUserName,
  "Provisioning List Users": listDraft("user"),
  "Provisioning List Groups": listDraft("group"),
  "Provisioning List Groups by Display Name": listDraft("group", byDisplayName),
  "Provisioning List Group Members": (contract, action, document, index) => {
    const operation = action.operation!;
    const fields = operationBodies(document, operation.method, operation.path).response.fields;
    const scimGroup = fields.includes("schemas") && fields.includes("members");
    return (scimGroup ? scimListMembers : listDraft("member", byGroup))(contract, action, document, index);
  },
  "Provisioning Update User": (contract, action, document) => userRecordFlow(contract, action, document, true),
  "Provisioning Update Group": (contract, action, document) => groupRecordFlow(contract, action, document, true),
  "Proprietary Universal Logout": (contract, action, document) =>
    statusOnlyFlow(contract, action, document, undefined, {
      success: { logoutStatus: literal("SUCCESS") },
      failure: { logoutStatus: literal("FAILURE") },
      fields: [{ key: "logoutStatus", type: { type: "text" } }],
    }),
  "Provisioning Activate User": lifecycleDraft("active"),
  "Provisioning Deactivate User": lifecycleDraft("inactive"),
  "Provisioning Update User Password": (contract, action, document) => {
    const operation = action.operation!;
    const bodies = operationBodies(document, operation.method, operation.path);
    const field = bodies.request.fields.find((name) => name.toLowerCase() === "password");
    const scimPatch = bodies.request.fields.includes("Operations");
    if (!field && !scimPatch) return `the request body of ${operation.path} has no password field`;
    const cards = scimPatch
      ? oneOperationPatchCards("Replace the password", {
          op: literal("replace"),
          path: literal("password"),
          value: fromEvent("password"),
        })
      : [construct("body", "Request body", { [field as string]: fromEvent("password") })];
    const flow = statusOnlyFlow(contract, action, document, fromCard("body", "output"));
    return { ...flow, cards: [...cards, ...flow.cards] };
  },
  "Provisioning Remove Group": (contract, action, document) => statusOnlyFlow(contract, action, document),
  "Provisioning Create Group": (contract, action, document) => groupRecordFlow(contract, action, document, true),
  "Provisioning Get Group by ID": (contract, action, document) => groupRecordFlow(contract, action, document, false),
  "Provisioning Create User": (contract, action, document) => userRecordFlow(contract, action, document, true),
  "Provisioning Get User by ID": (contract, action, document) => userRecordFlow(contract, action, document, false),
};

/** Schema contracts read SCIM discovery endpoints; planned on any other endpoint, they are described from the spec. */
const SCIM_DISCOVERY: Record<string, Drafter> = {
  "Provisioning List User Schema": scimUserSchema,
  "Provisioning List User Schema Property Values": scimUserSchemaValues,
  "Provisioning List Entitlement Schema": scimEntitlementSchema,
};
const isScimDiscovery = (path: string) => /\/(Schemas|ResourceTypes)$/.test(path);

/** Drafts for contracts the plan found no operation for, when the spec still tells enough. */
const UNPLANNED: Record<
  string,
  (contract: Contract, document: unknown, index: SpecIndex, plan: ActionPlan) => Drafted | undefined
> = {
  "Provisioning List User Schema": (contract, document, _index, plan) => specUserSchema(contract, document, plan),
  "Provisioning List User Schema Property Values": (contract, document, _index, plan) =>
    specUserSchemaValues(contract, document, plan),
  "Provisioning List Entitlement Schema Property Values": (contract, _document, index) => {
    const basePath = scimBasePath(index);
    return basePath === undefined ? undefined : scimEntitlementValues(contract, basePath);
  },
};

/** Drafts the chosen contracts (all planned ones by default) from a plan over `document` (indexed as `index`). */
export function draftActionFlows(
  document: unknown,
  index: SpecIndex,
  plan: ActionPlan,
  contracts?: readonly string[],
): DraftResult {
  const result: DraftResult = { flows: [], skipped: [] };
  for (const action of plan.actions) {
    if (contracts && !contracts.includes(action.contract)) continue;
    const contract = findContract(action.contract)!;
    const operation = action.operation;
    const planned = operation && (!SCIM_DISCOVERY[action.contract] || isScimDiscovery(operation.path));
    const drafter = SCIM_DISCOVERY[action.contract] ?? DRAFTERS[action.contract];
    const drafted = planned
      ? (drafter?.(contract, action, document, index) ?? "no draft for this contract yet: build it on the canvas")
      : (UNPLANNED[action.contract]?.(contract, document, index, plan) ??
        (operation ? `${operation.path} is not a SCIM discovery endpoint; map its answer on the canvas` : action.why));
    if (typeof drafted === "string") result.skipped.push({ contract: action.contract, reason: drafted });
    else if ("helpers" in drafted) {
      result.flows.push(drafted.flow);
      for (const helper of drafted.helpers)
        if (!result.flows.some((flow) => flow.name === helper.name)) result.flows.push(helper);
    } else result.flows.push(drafted);
  }
  return result;
}
