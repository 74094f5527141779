// The SCIM demo's OpenAPI 3 description, written by hand (scimmy publishes none): RFC 7644 endpoints under /scim/v2.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/scim+json": { schema }, "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "Resource id." };
const listParameters = [
  {
    name: "filter",
    in: "query",
    schema: { type: "string" },
    description: 'SCIM filter, e.g. userName eq "ada@example.com" (attribute names are case-insensitive).',
  },
  {
    name: "startIndex",
    in: "query",
    schema: { type: "integer", minimum: 1 },
    description: "1-based index of the first result.",
  },
  { name: "count", in: "query", schema: { type: "integer", minimum: 0 }, description: "Page size." },
];

function resource(kind: "User" | "Group", plural: string) {
  const one = ref(kind);
  return {
    [`/scim/v2/${plural}`]: {
      get: {
        operationId: `list${plural}`,
        summary: `List or filter ${plural}`,
        tags: [plural],
        parameters: listParameters,
        responses: {
          "200": { description: `A page of ${plural}.`, content: json(ref(`${kind}ListResponse`)) },
          "400": error("Invalid filter."),
          "401": error("Missing or invalid credentials."),
        },
      },
      post: {
        operationId: `create${kind}`,
        summary: `Create a ${kind}`,
        tags: [plural],
        requestBody: { required: true, content: json(one) },
        responses: {
          "201": { description: `The created ${kind}.`, content: json(one) },
          "400": error("Invalid resource."),
          "401": error("Missing or invalid credentials."),
          "409": error(kind === "User" ? "userName already taken." : "Conflict."),
        },
      },
    },
    [`/scim/v2/${plural}/{id}`]: {
      parameters: [idParameter],
      get: {
        operationId: `get${kind}`,
        summary: `Get a ${kind} by id`,
        tags: [plural],
        responses: {
          "200": { description: `The ${kind}.`, content: json(one) },
          "401": error("Missing or invalid credentials."),
          "404": error("No such resource."),
        },
      },
      put: {
        operationId: `replace${kind}`,
        summary: `Replace a ${kind}`,
        tags: [plural],
        requestBody: { required: true, content: json(one) },
        responses: {
          "200": { description: `The replaced ${kind}.`, content: json(one) },
          "401": error("Missing or invalid credentials."),
          "404": error("No such resource."),
        },
      },
      patch: {
        operationId: `patch${kind}`,
        summary: `Patch a ${kind} (add, remove or replace attributes${kind === "Group" ? ", members" : ", active"})`,
        tags: [plural],
        requestBody: { required: true, content: json(ref("PatchOp")) },
        responses: {
          "200": { description: `The patched ${kind}.`, content: json(one) },
          "204": { description: "Patched." },
          "401": error("Missing or invalid credentials."),
          "404": error("No such resource."),
        },
      },
      delete: {
        operationId: `delete${kind}`,
        summary: `Delete a ${kind}`,
        tags: [plural],
        responses: {
          "204": { description: "Deleted." },
          "401": error("Missing or invalid credentials."),
          "404": error("No such resource."),
        },
      },
    },
  };
}

const multi = (withPrimary = true) => ({
  type: "array",
  items: {
    type: "object",
    properties: {
      value: { type: "string" },
      display: { type: "string" },
      type: { type: "string" },
      ...(withPrimary ? { primary: { type: "boolean" } } : {}),
    },
  },
});

const discovery = (path: string, operationId: string, summary: string) => ({
  [`/scim/v2/${path}`]: {
    get: {
      operationId,
      summary,
      tags: ["Discovery"],
      responses: {
        "200": { description: summary, content: json({ type: "object" }) },
        "401": error("Missing or invalid credentials."),
      },
    },
  },
});

/** The description, naming `url` as the server. */
export function scimDemoOpenApi(url: string): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Acme SCIM 2.0 (demo)", version: "1.0.0", description: "A SCIM 2.0 service provider (RFC 7644)." },
    servers: [{ url }],
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    paths: {
      ...resource("User", "Users"),
      ...resource("Group", "Groups"),
      ...discovery("Schemas", "listSchemas", "The SCIM schemas this service supports"),
      ...discovery("ResourceTypes", "listResourceTypes", "The SCIM resource types"),
      ...discovery("ServiceProviderConfig", "getServiceProviderConfig", "The service provider's configuration"),
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        basicAuth: { type: "http", scheme: "basic" },
      },
      schemas: {
        User: {
          type: "object",
          required: ["userName"],
          properties: {
            schemas: { type: "array", items: { type: "string" } },
            id: { type: "string", readOnly: true },
            externalId: { type: "string" },
            userName: { type: "string" },
            name: {
              type: "object",
              properties: {
                formatted: { type: "string" },
                familyName: { type: "string" },
                givenName: { type: "string" },
              },
            },
            displayName: { type: "string" },
            title: { type: "string" },
            active: { type: "boolean" },
            password: { type: "string", writeOnly: true },
            emails: multi(),
            phoneNumbers: multi(),
            groups: multi(false),
          },
        },
        Group: {
          type: "object",
          required: ["displayName"],
          properties: {
            schemas: { type: "array", items: { type: "string" } },
            id: { type: "string", readOnly: true },
            displayName: { type: "string" },
            members: multi(false),
          },
        },
        UserListResponse: listResponse("User"),
        GroupListResponse: listResponse("Group"),
        PatchOp: {
          type: "object",
          required: ["schemas", "Operations"],
          properties: {
            schemas: { type: "array", items: { type: "string" } },
            Operations: {
              type: "array",
              items: {
                type: "object",
                required: ["op"],
                properties: { op: { type: "string" }, path: { type: "string" }, value: {} },
              },
            },
          },
        },
        Error: {
          type: "object",
          properties: {
            schemas: { type: "array", items: { type: "string" } },
            status: { type: "string" },
            scimType: { type: "string" },
            detail: { type: "string" },
          },
        },
      },
    },
  };
}

function listResponse(kind: string) {
  return {
    type: "object",
    properties: {
      schemas: { type: "array", items: { type: "string" } },
      totalResults: { type: "integer" },
      startIndex: { type: "integer" },
      itemsPerPage: { type: "integer" },
      Resources: { type: "array", items: ref(kind) },
    },
  };
}
