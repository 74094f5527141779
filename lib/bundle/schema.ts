// The bundle's JSON Schema (its envelope) and the parser: envelope, then every auth configuration and flow
// with its own validator, each problem located by a JSON pointer into the bundle.
import { validateAuthConfig } from "../auth/validate";
import { requireBoundedNesting } from "../body";
import { AppError, type ProblemDetail } from "../errors";
import { parseFlow } from "../flow/schema";
import { CAPABILITIES } from "../oin/model";
import { validatorFor } from "../validation/ajv";
import { ajvProblems, invalidDocument } from "../validation/problems";
import { BUNDLE_VERSION, type ProjectBundle } from "./model";

export const BUNDLE_JSON_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://integration-builder.dev/schemas/bundle-v1.json",
  title: "Integration Builder project bundle",
  type: "object",
  required: ["bundleVersion", "project", "tenantVariables", "authConfigurations", "flows"],
  additionalProperties: false,
  properties: {
    bundleVersion: { const: BUNDLE_VERSION },
    project: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: { type: "string", minLength: 1, maxLength: 100 },
        description: { type: "string", maxLength: 1024, default: "" },
      },
    },
    tenantVariables: {
      type: "array",
      maxItems: 8,
      items: {
        type: "object",
        required: ["label", "name"],
        additionalProperties: false,
        properties: { label: { type: "string", minLength: 1 }, name: { type: "string", minLength: 1 } },
      },
    },
    oinApp: {
      type: "object",
      required: ["capabilities"],
      additionalProperties: false,
      properties: {
        capabilities: { type: "array", uniqueItems: true, items: { enum: CAPABILITIES } },
        authVariables: { type: "array", maxItems: 64, items: { type: "string", minLength: 1 } },
      },
    },
    authConfigurations: {
      type: "array",
      items: { type: "object", description: "An auth configuration (lib/auth/model.ts), secrets removed" },
    },
    flows: { type: "array", items: { type: "object", description: "A Flow document (docs/flow.schema.json)" } },
  },
} as const;

function located(problems: ProblemDetail[], prefix: string, file?: string): ProblemDetail[] {
  return problems.map((problem) => {
    const pointer = `${prefix}${problem.location?.pointer ?? ""}`;
    return { message: problem.message, location: { ...problem.location, file, pointer } };
  });
}

function problemsOf(error: unknown, prefix: string, file?: string): ProblemDetail[] {
  if (error instanceof AppError) return located(error.problems, prefix, file);
  return [{ message: (error as Error).message, location: { file, pointer: prefix } }];
}

/** Validates a bundle document; throws one AppError listing every problem with its pointer. */
export function parseBundle(input: unknown, file?: string): ProjectBundle {
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw new AppError("invalid_input", "A bundle must be a JSON object.", [
      { message: "A bundle must be a JSON object.", location: { file, pointer: "" } },
    ]);
  }
  requireBoundedNesting(input, "The bundle");
  const bundle = structuredClone(input) as ProjectBundle;
  const validateEnvelope = validatorFor(BUNDLE_JSON_SCHEMA, { useDefaults: true });
  if (!validateEnvelope(bundle)) {
    throw invalidDocument("The bundle", ajvProblems(validateEnvelope.errors ?? [], { file }));
  }
  const problems: ProblemDetail[] = [];
  bundle.authConfigurations = bundle.authConfigurations.map((config, i) => {
    try {
      return validateAuthConfig(config);
    } catch (error) {
      problems.push(...problemsOf(error, `/authConfigurations/${i}`, file));
      return config;
    }
  });
  bundle.flows = bundle.flows.map((flow, i) => {
    try {
      return parseFlow(flow);
    } catch (error) {
      problems.push(...problemsOf(error, `/flows/${i}`, file));
      return flow;
    }
  });
  if (problems.length) throw invalidDocument("The bundle", problems);
  return bundle;
}

/** Parses bundle text (JSON), reporting a syntax error with its position. */
export function parseBundleText(text: string, file?: string): ProjectBundle {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = `The bundle is not valid JSON: ${(error as Error).message}`;
    throw new AppError("invalid_input", message, [{ message, location: { file } }]);
  }
  return parseBundle(document, file);
}
