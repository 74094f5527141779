// The REST demo's route schemas: Fastify validates requests with them and @fastify/swagger publishes them as
// the demo's OpenAPI 3 description, so the description is always the running API's.
const string = { type: "string" } as const;

export const errorBody = {
  type: "object",
  description: "An error: a stable code and a human-readable message.",
  properties: {
    error: {
      type: "object",
      properties: { code: string, message: string },
      required: ["code", "message"],
    },
  },
  required: ["error"],
} as const;

export const userBody = {
  type: "object",
  description: "A person who can sign in to the app. The email is the login and is unique.",
  properties: {
    id: string,
    email: { type: "string", format: "email", description: "Login and primary email; unique." },
    first_name: string,
    last_name: string,
    display_name: string,
    title: { type: "string", description: "Job title." },
    status: { type: "string", enum: ["active", "deactivated"] },
    password_set: { type: "boolean" },
    created_at: { type: "string", format: "date-time" },
    updated_at: { type: "string", format: "date-time" },
  },
  required: ["id", "email", "first_name", "last_name", "status"],
} as const;

export const newUserBody = {
  type: "object",
  properties: {
    email: { type: "string", minLength: 3, maxLength: 320 },
    first_name: { type: "string", maxLength: 200 },
    last_name: { type: "string", maxLength: 200 },
    display_name: { type: "string", maxLength: 200 },
    title: { type: "string", maxLength: 200 },
    status: { type: "string", enum: ["active", "deactivated"] },
  },
  required: ["email", "first_name", "last_name"],
  additionalProperties: false,
} as const;

export const userChangesBody = {
  type: "object",
  properties: { ...newUserBody.properties },
  additionalProperties: false,
} as const;

export const passwordBody = {
  type: "object",
  properties: { password: { type: "string", minLength: 8, maxLength: 256 } },
  required: ["password"],
  additionalProperties: false,
} as const;

export const groupBody = {
  type: "object",
  description: "A team of users.",
  properties: { id: string, name: string, description: string, created_at: { type: "string", format: "date-time" } },
  required: ["id", "name"],
} as const;

export const newGroupBody = {
  type: "object",
  properties: {
    name: { type: "string", minLength: 1, maxLength: 200 },
    description: { type: "string", maxLength: 1000 },
  },
  required: ["name"],
  additionalProperties: false,
} as const;

export const membershipBody = {
  type: "object",
  description: "One user's membership of one group.",
  properties: { id: string, group_id: string, user_id: string },
  required: ["id", "group_id", "user_id"],
} as const;

export const newMembershipBody = {
  type: "object",
  properties: { group_id: string, user_id: string },
  required: ["group_id", "user_id"],
  additionalProperties: false,
} as const;

export const sessionBody = {
  type: "object",
  properties: {
    id: string,
    user_id: string,
    created_at: { type: "string", format: "date-time" },
    revoked: { type: "boolean" },
  },
  required: ["id", "user_id", "revoked"],
} as const;

/** A page of items and the cursor of the next page (null on the last page). */
export const pageOf = (item: object, description: string) =>
  ({
    type: "object",
    description,
    properties: {
      data: { type: "array", items: item },
      next_cursor: { type: ["string", "null"], description: "Pass as `cursor` to get the next page." },
    },
    required: ["data", "next_cursor"],
  }) as const;

export const pagingQuery = {
  cursor: { type: "string", description: "Opaque cursor from a previous page's next_cursor." },
  limit: { type: "integer", minimum: 1, maximum: 100, default: 25, description: "Page size." },
} as const;

export const idParam = (name: string, description: string) =>
  ({ type: "object", properties: { [name]: { type: "string", description } }, required: [name] }) as const;

export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, errorBody]));
