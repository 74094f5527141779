// A plain REST user / group / session API (not SCIM) for trying and testing action flows: its own field names,
// cursor paging in the body, lifecycle by status, membership as its own resource, a "revoke all sessions"
// endpoint, bearer and OAuth client-credentials auth, JSON error bodies. Fastify + @fastify/swagger.
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import {
  errors,
  groupBody,
  idParam,
  membershipBody,
  newGroupBody,
  newMembershipBody,
  newUserBody,
  pageOf,
  pagingQuery,
  passwordBody,
  sessionBody,
  userBody,
  userChangesBody,
} from "./schemas";
import { DemoConflict, type DemoUser, RestDemoStore } from "./store";

export interface RestDemoOptions {
  /** A static API token accepted as `Authorization: Bearer …`. */
  apiToken?: string;
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of tokens issued by the token endpoint. */
  tokenLifetimeSeconds?: number;
}

export const REST_DEMO_DEFAULTS = {
  apiToken: "demo-api-token",
  clientId: "demo-client",
  clientSecret: "demo-client-secret",
  tokenLifetimeSeconds: 3600,
};

const MAX_BODY_BYTES = 64 * 1024;
const PREFIX = "/api/v1";

type Params = Record<string, string>;
type Query = Record<string, string | number | undefined>;

class DemoHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (what: string, id: string) => new DemoHttpError(404, "not_found", `${what} ${id} not found`);

/** Items after the cursor (the last id of the previous page), at most `limit`, and the next cursor. */
function page<T extends { id: string }>(items: T[], query: Query) {
  const limit = Number(query.limit ?? 25);
  const after = typeof query.cursor === "string" ? Buffer.from(query.cursor, "base64url").toString("utf8") : "";
  if (query.cursor !== undefined && !items.some((item) => item.id === after))
    throw new DemoHttpError(400, "invalid_cursor", "the cursor is not one this API issued");
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id));
  const start = after ? sorted.findIndex((item) => item.id === after) + 1 : 0;
  const data = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { data, next_cursor: more ? Buffer.from(data[data.length - 1].id).toString("base64url") : null };
}

export async function buildRestDemo(options: RestDemoOptions = {}) {
  const settings = { ...REST_DEMO_DEFAULTS, ...options };
  // The description names the URL the demo is reached at, known only once it listens.
  let publicUrl = "http://127.0.0.1:4010";
  const store = new RestDemoStore();
  const app: FastifyInstance = Fastify({ bodyLimit: MAX_BODY_BYTES, logger: false });

  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: MAX_BODY_BYTES },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Acme Directory (REST demo)",
        version: "1.0.0",
        description: "Users, groups, group memberships and sessions of the Acme app. Not a SCIM API.",
      },
      components: {
        securitySchemes: {
          apiToken: { type: "http", scheme: "bearer", description: "A static API token." },
          clientCredentials: {
            type: "oauth2",
            flows: { clientCredentials: { tokenUrl: "/oauth/token", scopes: {} } },
          },
        },
      },
      security: [{ apiToken: [] }, { clientCredentials: [] }],
    },
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, _request, reply) => {
    if (error instanceof DemoHttpError)
      return reply.code(error.status).send({ error: { code: error.code, message: error.message } });
    if (error instanceof DemoConflict)
      return reply.code(409).send({ error: { code: "conflict", message: error.message } });
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const code = error.validation ? "invalid_request" : status === 500 ? "internal" : "bad_request";
    return reply.code(status).send({ error: { code, message: status === 500 ? "internal error" : error.message } });
  });

  app.addHook("onRequest", async (request: FastifyRequest) => {
    if (!request.url.startsWith(PREFIX)) return;
    const header = request.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : "";
    if (token !== settings.apiToken) {
      const expiry = store.tokens.get(token);
      if (expiry === undefined) throw new DemoHttpError(401, "invalid_token", "missing or unknown bearer token");
      if (expiry <= Date.now()) throw new DemoHttpError(401, "token_expired", "the access token has expired");
    }
    if (store.rateLimitedRequests > 0) {
      store.rateLimitedRequests -= 1;
      throw new DemoHttpError(429, "rate_limited", "too many requests: retry after 1 second");
    }
  });

  app.post(
    "/oauth/token",
    {
      schema: {
        hide: true,
        body: {
          type: "object",
          properties: {
            grant_type: { type: "string" },
            client_id: { type: "string" },
            client_secret: { type: "string" },
          },
          required: ["grant_type"],
        },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const body = request.body as Params;
      let [clientId, clientSecret] = [body.client_id, body.client_secret];
      const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
      if (basic)
        [clientId, clientSecret] = Buffer.from(basic, "base64").toString("utf8").split(":").map(decodeURIComponent);
      if (body.grant_type !== "client_credentials") return reply.code(400).send({ error: "unsupported_grant_type" });
      if (clientId !== settings.clientId || clientSecret !== settings.clientSecret)
        return reply.code(401).send({ error: "invalid_client" });
      const lifetime = settings.tokenLifetimeSeconds;
      return { access_token: store.issueToken(lifetime), token_type: "Bearer", expires_in: lifetime };
    },
  );

  const userOr404 = (id: string) => store.users.get(id) ?? throwing(notFound("user", id));
  const groupOr404 = (id: string) => store.groups.get(id) ?? throwing(notFound("group", id));
  const userParam = idParam("user_id", "The user's id (usr_…).");
  const groupParam = idParam("group_id", "The group's id (grp_…).");

  app.get(
    `${PREFIX}/users`,
    {
      schema: {
        operationId: "listUsers",
        summary: "List users",
        description: "Users in id order, one page at a time; filter by exact email (case-insensitive).",
        tags: ["users"],
        querystring: {
          type: "object",
          properties: { ...pagingQuery, email: { type: "string", description: "Only the user with this email." } },
        },
        response: { 200: pageOf(userBody, "A page of users."), ...errors(400, 401, 429) },
      },
    },
    async (request: FastifyRequest) => {
      const query = request.query as Query;
      const wanted = typeof query.email === "string" ? query.email.toLowerCase() : undefined;
      const users = [...store.users.values()].filter((user) => !wanted || user.email.toLowerCase() === wanted);
      return page(users, query);
    },
  );

  app.post(
    `${PREFIX}/users`,
    {
      schema: {
        operationId: "createUser",
        summary: "Create a user",
        tags: ["users"],
        body: newUserBody,
        response: { 201: userBody, ...errors(400, 401, 409, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) =>
      reply.code(201).send(store.createUser(request.body as Parameters<RestDemoStore["createUser"]>[0])),
  );

  app.get(
    `${PREFIX}/users/:user_id`,
    {
      schema: {
        operationId: "getUser",
        summary: "Get a user",
        tags: ["users"],
        params: userParam,
        response: { 200: userBody, ...errors(401, 404, 429) },
      },
    },
    async (request: FastifyRequest) => userOr404((request.params as Params).user_id),
  );

  app.patch(
    `${PREFIX}/users/:user_id`,
    {
      schema: {
        operationId: "updateUser",
        summary: "Update a user's profile",
        description: "Changes only the fields given.",
        tags: ["users"],
        params: userParam,
        body: userChangesBody,
        response: { 200: userBody, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request: FastifyRequest) =>
      store.updateUser(userOr404((request.params as Params).user_id), request.body as Partial<DemoUser>),
  );

  app.delete(
    `${PREFIX}/users/:user_id`,
    {
      schema: {
        operationId: "deleteUser",
        summary: "Delete a user",
        tags: ["users"],
        params: userParam,
        response: { 204: { type: "null", description: "Deleted." }, ...errors(401, 404, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      store.deleteUser(userOr404((request.params as Params).user_id).id);
      return reply.code(204).send();
    },
  );

  for (const [action, status, summary] of [
    ["deactivate", "deactivated", "Deactivate a user (they can no longer sign in)"],
    ["activate", "active", "Activate a deactivated user"],
  ] as const) {
    app.post(
      `${PREFIX}/users/:user_id/${action}`,
      {
        schema: {
          operationId: `${action}User`,
          summary,
          tags: ["users"],
          params: userParam,
          response: { 200: userBody, ...errors(401, 404, 429) },
        },
      },
      async (request: FastifyRequest) => {
        const user = userOr404((request.params as Params).user_id);
        if (status === "deactivated") store.revokeSessions(user.id);
        return store.updateUser(user, { status });
      },
    );
  }

  app.put(
    `${PREFIX}/users/:user_id/password`,
    {
      schema: {
        operationId: "setUserPassword",
        summary: "Set a user's password",
        tags: ["users"],
        params: userParam,
        body: passwordBody,
        response: { 204: { type: "null", description: "Password set." }, ...errors(400, 401, 404, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      store.updateUser(userOr404((request.params as Params).user_id), { password_set: true });
      return reply.code(204).send();
    },
  );

  app.get(
    `${PREFIX}/users/:user_id/sessions`,
    {
      schema: {
        operationId: "listUserSessions",
        summary: "List a user's sessions",
        tags: ["sessions"],
        params: userParam,
        response: {
          200: { type: "object", properties: { data: { type: "array", items: sessionBody } } },
          ...errors(401, 404),
        },
      },
    },
    async (request: FastifyRequest) => {
      const user = userOr404((request.params as Params).user_id);
      return { data: [...store.sessions.values()].filter((session) => session.user_id === user.id) };
    },
  );

  app.post(
    `${PREFIX}/users/:user_id/sessions`,
    {
      schema: {
        operationId: "openUserSession",
        summary: "Record a sign-in (opens a session)",
        tags: ["sessions"],
        params: userParam,
        response: { 201: sessionBody, ...errors(401, 404, 409) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const user = userOr404((request.params as Params).user_id);
      if (user.status !== "active") throw new DemoConflict(`user ${user.id} is deactivated`);
      return reply.code(201).send(store.openSession(user.id));
    },
  );

  app.delete(
    `${PREFIX}/users/:user_id/sessions`,
    {
      schema: {
        operationId: "revokeUserSessions",
        summary: "Revoke all of a user's sessions (sign the user out everywhere)",
        tags: ["sessions"],
        params: userParam,
        response: {
          200: { type: "object", properties: { revoked: { type: "integer" } }, required: ["revoked"] },
          ...errors(401, 404, 429),
        },
      },
    },
    async (request: FastifyRequest) => ({
      revoked: store.revokeSessions(userOr404((request.params as Params).user_id).id),
    }),
  );

  app.get(
    `${PREFIX}/groups`,
    {
      schema: {
        operationId: "listGroups",
        summary: "List groups",
        description: "Groups in id order, one page at a time; filter by name (case-insensitive, exact).",
        tags: ["groups"],
        querystring: { type: "object", properties: { ...pagingQuery, name: { type: "string" } } },
        response: { 200: pageOf(groupBody, "A page of groups."), ...errors(400, 401, 429) },
      },
    },
    async (request: FastifyRequest) => {
      const query = request.query as Query;
      const wanted = typeof query.name === "string" ? query.name.toLowerCase() : undefined;
      return page(
        [...store.groups.values()].filter((group) => !wanted || group.name.toLowerCase() === wanted),
        query,
      );
    },
  );

  app.post(
    `${PREFIX}/groups`,
    {
      schema: {
        operationId: "createGroup",
        summary: "Create a group",
        tags: ["groups"],
        body: newGroupBody,
        response: { 201: groupBody, ...errors(400, 401, 409, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) =>
      reply.code(201).send(store.createGroup(request.body as { name: string; description?: string })),
  );

  app.get(
    `${PREFIX}/groups/:group_id`,
    {
      schema: {
        operationId: "getGroup",
        summary: "Get a group",
        tags: ["groups"],
        params: groupParam,
        response: { 200: groupBody, ...errors(401, 404, 429) },
      },
    },
    async (request: FastifyRequest) => groupOr404((request.params as Params).group_id),
  );

  app.patch(
    `${PREFIX}/groups/:group_id`,
    {
      schema: {
        operationId: "updateGroup",
        summary: "Rename or describe a group",
        tags: ["groups"],
        params: groupParam,
        body: { type: "object", properties: newGroupBody.properties, additionalProperties: false },
        response: { 200: groupBody, ...errors(400, 401, 404, 429) },
      },
    },
    async (request: FastifyRequest) =>
      Object.assign(groupOr404((request.params as Params).group_id), request.body as object),
  );

  app.delete(
    `${PREFIX}/groups/:group_id`,
    {
      schema: {
        operationId: "deleteGroup",
        summary: "Delete a group",
        tags: ["groups"],
        params: groupParam,
        response: { 204: { type: "null", description: "Deleted." }, ...errors(401, 404, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      store.deleteGroup(groupOr404((request.params as Params).group_id).id);
      return reply.code(204).send();
    },
  );

  app.get(
    `${PREFIX}/group_memberships`,
    {
      schema: {
        operationId: "listGroupMemberships",
        summary: "List group memberships",
        description: "Memberships of one group (group_id) or of one user (user_id), one page at a time.",
        tags: ["group memberships"],
        querystring: {
          type: "object",
          properties: { ...pagingQuery, group_id: { type: "string" }, user_id: { type: "string" } },
        },
        response: { 200: pageOf(membershipBody, "A page of memberships."), ...errors(400, 401, 404, 429) },
      },
    },
    async (request: FastifyRequest) => {
      const query = request.query as Query;
      if (typeof query.group_id === "string") groupOr404(query.group_id);
      const memberships = [...store.memberships.values()].filter(
        (entry) =>
          (query.group_id === undefined || entry.group_id === query.group_id) &&
          (query.user_id === undefined || entry.user_id === query.user_id),
      );
      return page(memberships, query);
    },
  );

  app.post(
    `${PREFIX}/group_memberships`,
    {
      schema: {
        operationId: "createGroupMembership",
        summary: "Add a user to a group",
        tags: ["group memberships"],
        body: newMembershipBody,
        response: { 201: membershipBody, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const body = request.body as { group_id: string; user_id: string };
      groupOr404(body.group_id);
      userOr404(body.user_id);
      return reply.code(201).send(store.addMembership(body.group_id, body.user_id));
    },
  );

  app.delete(
    `${PREFIX}/group_memberships`,
    {
      schema: {
        operationId: "deleteGroupMembership",
        summary: "Remove a user from a group",
        tags: ["group memberships"],
        querystring: {
          type: "object",
          properties: { group_id: { type: "string" }, user_id: { type: "string" } },
          required: ["group_id", "user_id"],
        },
        response: { 204: { type: "null", description: "Removed." }, ...errors(400, 401, 404, 429) },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as Params;
      const membership = store.findMembership(query.group_id, query.user_id);
      if (!membership) throw notFound("membership of user in group", `${query.user_id}/${query.group_id}`);
      store.memberships.delete(membership.id);
      return reply.code(204).send();
    },
  );

  /** The OpenAPI 3 description generated from the route schemas, naming `url` as server and token endpoint. */
  const openapi = (url = publicUrl): Record<string, unknown> => {
    const document = structuredClone(app.swagger()) as unknown as Record<string, unknown> & {
      components: { securitySchemes: { clientCredentials: { flows: { clientCredentials: { tokenUrl: string } } } } };
    };
    document.servers = [{ url }];
    document.components.securitySchemes.clientCredentials.flows.clientCredentials.tokenUrl = `${url}/oauth/token`;
    return document;
  };
  app.get("/openapi.json", { schema: { hide: true } }, async () => openapi());

  await app.ready();
  return {
    app,
    store,
    settings,
    openapi,
    setPublicUrl: (url: string) => {
      publicUrl = url;
    },
  };
}

function throwing(error: Error): never {
  throw error;
}

export interface RunningRestDemo {
  url: string;
  store: RestDemoStore;
  settings: typeof REST_DEMO_DEFAULTS;
  openapi(): Record<string, unknown>;
  close(): Promise<void>;
}

/** Starts the demo on 127.0.0.1 (port 0 = any free port); its description names the real URL. */
export async function startRestDemo(options: RestDemoOptions & { port?: number } = {}): Promise<RunningRestDemo> {
  const { port = 0, ...rest } = options;
  const demo = await buildRestDemo(rest);
  await demo.app.listen({ host: "127.0.0.1", port });
  const address = demo.app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  demo.setPublicUrl(url);
  return {
    url,
    store: demo.store,
    settings: demo.settings,
    openapi: () => demo.openapi(),
    close: () => demo.app.close(),
  };
}
