// The one JSON Schema of a ConnectionConfig: the form and the Advanced JSON view are both validated by it.
import { validatorFor } from "../validation/ajv";

const port = { type: "integer", minimum: 1, maximum: 65535 };
const stringMap = { type: "object", default: {}, additionalProperties: { type: "string" } };

export const MAX_TIMEOUT_MS = 600_000;

export const connectionConfigSchema = {
  type: "object",
  required: ["name", "server"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, maxLength: 200 },
    authConfigId: { type: "string" },
    server: {
      type: "object",
      required: ["host"],
      additionalProperties: false,
      properties: {
        protocol: { enum: ["http", "https"], default: "https" },
        host: { type: "string", minLength: 1, pattern: "^[^/\\s?#]+$" },
        port,
        basePath: { type: "string", pattern: "^(/.*)?$", default: "" },
        version: { type: "string" },
      },
    },
    parameters: stringMap,
    tenantVariables: stringMap,
    tls: {
      type: "object",
      default: {},
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean", default: true },
        rejectUnauthorized: { type: "boolean", default: true },
      },
    },
    timeoutMs: { type: "integer", minimum: 1, maximum: MAX_TIMEOUT_MS, default: 30_000 },
    proxy: {
      type: "object",
      default: {},
      additionalProperties: false,
      properties: {
        mode: { enum: ["direct", "proxy"], default: "direct" },
        host: { type: "string", minLength: 1 },
        port,
        auth: {
          type: "object",
          default: {},
          additionalProperties: false,
          properties: {
            mode: { enum: ["none", "basic"], default: "none" },
            username: { type: "string" },
            password: { type: "string" },
          },
          if: { properties: { mode: { const: "basic" } }, required: ["mode"] },
          then: { required: ["username", "password"] },
        },
      },
      if: { properties: { mode: { const: "proxy" } }, required: ["mode"] },
      then: { required: ["host", "port"] },
    },
  },
};

/** Fills defaults (protocol, TLS, timeout, proxy) so stored connections are complete. */
export const connectionConfigValidator = () => validatorFor(connectionConfigSchema, { useDefaults: true });
