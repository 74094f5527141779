// The validation kit: one Ajv factory, one translation of its errors into located problems, one JSON pointer.
import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/errors";
import { validatorFor } from "../../../lib/validation/ajv";
import {
  childPointer,
  escapePointerSegment,
  formatPointer,
  parsePointer,
  valueAtPointer,
} from "../../../lib/validation/pointer";
import { ajvProblems, invalidDocument } from "../../../lib/validation/problems";

const server = {
  type: "object",
  required: ["server"],
  additionalProperties: false,
  properties: {
    server: {
      type: "object",
      required: ["host", "a/b~c"],
      additionalProperties: false,
      properties: {
        host: { type: "string" },
        "a/b~c": { type: "string" },
        port: { type: "integer", maximum: 65535, default: 443 },
        protocol: { enum: ["http", "https"] },
        home: { type: "string", format: "uri" },
      },
    },
  },
};

function problemsOf(document: unknown, file?: string) {
  const validate = validatorFor(server, { useDefaults: true });
  expect(validate(document)).toBe(false);
  return ajvProblems(validate.errors ?? [], { file });
}

describe("JSON pointers", () => {
  it("escapes ~ and / (RFC 6901), formats, parses back and looks values up", () => {
    expect(escapePointerSegment("a/b~c")).toBe("a~1b~0c");
    expect(formatPointer(["paths", "/users/{id}", 0])).toBe("/paths/~1users~1{id}/0");
    expect(childPointer("/mapping", "x/y")).toBe("/mapping/x~1y");
    expect(parsePointer("/paths/~1users~1{id}/0")).toEqual(["paths", "/users/{id}", "0"]);
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("paths")).toBeUndefined();
    const document = { paths: { "/users/{id}": [{ ok: true }] } };
    expect(valueAtPointer(document, formatPointer(["paths", "/users/{id}", 0, "ok"]))).toBe(true);
    expect(valueAtPointer(document, "/paths/missing/0")).toBeUndefined();
    expect(valueAtPointer(document, "not a pointer")).toBeUndefined();
  });
});

describe("Ajv problems", () => {
  it("reports a missing property at its own pointer, an unknown one at itself, one problem per pointer", () => {
    expect(problemsOf({ server: { port: 70000, protocol: "ftp", colour: "red" } }, "c.json")).toEqual([
      { message: 'missing required property "host"', location: { file: "c.json", pointer: "/server/host" } },
      { message: 'missing required property "a/b~c"', location: { file: "c.json", pointer: "/server/a~1b~0c" } },
      { message: 'unknown property "colour"', location: { file: "c.json", pointer: "/server/colour" } },
      { message: "must be <= 65535", location: { file: "c.json", pointer: "/server/port" } },
      { message: 'must be one of: "http", "https"', location: { file: "c.json", pointer: "/server/protocol" } },
    ]);
    expect(problemsOf({})).toEqual([
      { message: 'missing required property "server"', location: { pointer: "/server" } },
    ]);
  });

  it("checks formats and fills defaults when asked", () => {
    expect(problemsOf({ server: { host: "h", "a/b~c": "", home: "not a uri" } })).toEqual([
      { message: 'must match format "uri"', location: { pointer: "/server/home" } },
    ]);
    const document = { server: { host: "h", "a/b~c": "" } };
    expect(validatorFor(server, { useDefaults: true })(document)).toBe(true);
    expect(document.server).toMatchObject({ port: 443 });
  });

  it("names the first problem and where it is in the error's message", () => {
    const error = invalidDocument("The connection", problemsOf({ server: { port: 1 } }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('The connection is invalid: /server/host missing required property "host"');
  });
});

describe("Ajv factory", () => {
  it("compiles a schema once", () => {
    expect(validatorFor(server)).toBe(validatorFor(server));
    expect(validatorFor(server, { useDefaults: true })).not.toBe(validatorFor(server));
  });

  it("is strict about our own schemas and lenient with schemas we do not write", () => {
    const misspelt = { type: "object", propertys: { a: { type: "string" } } };
    expect(() => validatorFor(misspelt)).toThrow(/unknown keyword: "propertys"/);
    expect(validatorFor(misspelt, { external: true })({ a: 1 })).toBe(true);
  });

  it("picks the dialect a schema declares", () => {
    const tuple = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "array",
      prefixItems: [{ type: "string" }],
      minItems: 1,
      items: false,
    };
    const validate = validatorFor(tuple);
    expect(validate(["a"])).toBe(true);
    expect(validate(["a", "b"])).toBe(false);
  });
});
