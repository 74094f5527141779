// What RFC 7643/7644 require of a request body that scimmy lets through: a resource written with POST or PUT
// names its core schema in `schemas` (RFC 7643 §3), and every attribute it sends, at any depth, is one its schema
// defines (attribute names compare case-insensitively, §2.1), also inside a PatchOp's values. Anything else is a
// 400 invalidSyntax SCIM error (RFC 7644 §3.12) saying what and where, so a lenient demo hides no drafting bug.
import type { NextFunction, Request, Response } from "express";
import SCIMMY from "scimmy";

const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

interface Attribute {
  name: string;
  type: string;
  subAttributes?: Attribute[];
}

const RESOURCES = { Users: SCIMMY.Resources.User, Groups: SCIMMY.Resources.Group } as const;

function definition(resource: keyof typeof RESOURCES): { id: string; attributes: Attribute[] } {
  return (RESOURCES[resource] as unknown as { schema: { definition: { id: string; attributes: Attribute[] } } }).schema
    .definition;
}

class Refusal extends Error {}

/** Every key of `value` must name one of `attributes`; complex ones are checked the same way, one level down. */
function checkAttributes(value: unknown, attributes: Attribute[], where: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkAttributes(item, attributes, `${where}[${index}]`);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    const attribute = attributes.find((candidate) => candidate.name.toLowerCase() === key.toLowerCase());
    const path = where ? `${where}.${key}` : key;
    if (!attribute) throw new Refusal(`unknown attribute "${path}"`);
    if (attribute.type === "complex" && attribute.subAttributes) checkAttributes(inner, attribute.subAttributes, path);
  }
}

function checkResource(resource: keyof typeof RESOURCES, body: Record<string, unknown>): void {
  const { id, attributes } = definition(resource);
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(id))
    throw new Refusal(`"schemas" must be an array that lists ${id}`);
  checkAttributes(body, attributes, "");
}

/** A PatchOp's values name attributes of the resource: at its root without a path, under the path's attribute with one. */
function checkPatch(resource: keyof typeof RESOURCES, body: Record<string, unknown>): void {
  const { attributes } = definition(resource);
  const operations = Array.isArray(body.Operations) ? body.Operations : [];
  operations.forEach((operation: Record<string, unknown>, index) => {
    const where = `Operations[${index}].value`;
    const path = typeof operation?.path === "string" ? operation.path : undefined;
    if (!path) {
      checkAttributes(operation?.value, attributes, where);
      return;
    }
    // A path's first attribute, before any value filter or sub-attribute: `emails[type eq "work"].value` -> emails.
    const head = /^[A-Za-z][\w$-]*/.exec(path)?.[0] ?? "";
    const attribute = attributes.find((candidate) => candidate.name.toLowerCase() === head.toLowerCase());
    if (!attribute && !path.startsWith("urn:"))
      throw new Refusal(`unknown attribute "${head}" in Operations[${index}].path`);
    if (attribute?.type === "complex" && attribute.subAttributes && path === head)
      checkAttributes(operation.value, attribute.subAttributes, where);
  });
}

/**
 * Express middleware under the SCIM prefix: refuses, as a SCIM error, a body RFC 7643/7644 does not allow. A request
 * without valid credentials goes on untouched, to be refused with 401 first.
 */
export const strictScimBodies =
  (authorized: (request: Request) => boolean) =>
  (request: Request, response: Response, next: NextFunction): void => {
    const resource = /^\/(Users|Groups)(?:\/[^/]+)?$/.exec(request.path)?.[1] as keyof typeof RESOURCES | undefined;
    const body = request.body as Record<string, unknown> | undefined;
    const checked = resource && ["POST", "PUT", "PATCH"].includes(request.method) && body && typeof body === "object";
    if (!checked || !authorized(request)) {
      next();
      return;
    }
    try {
      if (request.method === "PATCH") checkPatch(resource, body);
      else checkResource(resource, body);
      next();
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      response
        .status(400)
        .type("application/scim+json")
        .send(
          JSON.stringify({ schemas: [ERROR_SCHEMA], status: "400", scimType: "invalidSyntax", detail: error.message }),
        );
    }
  };
