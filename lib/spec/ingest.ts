// The one entry point for an uploaded spec (UI, route and CLI): parse, reject what we cannot use, warn, index.
import { formatBytes } from "../bytes";
import type { ProblemDetail } from "../errors";
import { buildIndex } from "./build-index";
import { parseSpecText } from "./parse";
import { isObject } from "./pointer";
import { checkRefs, refCycleWarnings } from "./refs";
import { schemaWarnings } from "./schema-warnings";
import type { IngestResult } from "./types";

export interface IngestOptions {
  /** Named in every error location. */
  fileName?: string;
  /** Overrides IB_SPEC_MAX_BYTES and the 50 MB default. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The size limit in bytes: the option, else IB_SPEC_MAX_BYTES, else 50 MB. */
export function specMaxBytes(override?: number): number {
  if (override !== undefined) return override;
  const fromEnv = Number(process.env.IB_SPEC_MAX_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_BYTES;
}

/** A problem when `byteLength` is over the limit; callers holding only a file size can check before reading. */
export function specSizeProblem(byteLength: number, options: IngestOptions = {}): ProblemDetail | undefined {
  const limit = specMaxBytes(options.maxBytes);
  if (byteLength <= limit) return undefined;
  return {
    message: `the spec is ${formatBytes(byteLength)}, over the ${formatBytes(limit)} limit (${limit} bytes; set IB_SPEC_MAX_BYTES to change it)`,
    location: { file: options.fileName },
  };
}

export async function ingestSpec(text: string, options: IngestOptions = {}): Promise<IngestResult> {
  const file = options.fileName;
  const tooLarge = specSizeProblem(Buffer.byteLength(text, "utf8"), options);
  if (tooLarge) return { ok: false, errors: [tooLarge] };

  const parsed = await parseSpecText(text, file);
  if (!parsed.ok) return parsed;
  const document = parsed.document;

  const kindProblem = documentKindProblem(document, file);
  if (kindProblem) return { ok: false, errors: [kindProblem] };
  const spec = document as Record<string, unknown>;

  const errors = checkRefs(spec, file);
  if (!isObject(spec.paths) && !isObject(spec.webhooks)) {
    errors.push({
      message: "the document has neither `paths` nor `webhooks`: there are no operations to build on",
      location: { file, pointer: "" },
    });
  }
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    format: parsed.format,
    index: buildIndex(spec),
    warnings: [...refCycleWarnings(spec, file), ...schemaWarnings(spec, spec.openapi as string, file)],
  };
}

/** Says why a parsed document is not an OpenAPI 3.x description we accept, or nothing when it is. */
function documentKindProblem(document: unknown, file?: string): ProblemDetail | undefined {
  const at = (pointer: string) => ({ file, pointer });
  if (!isObject(document)) {
    return {
      message: "not an OpenAPI document: expected an object with an `openapi` field at the top",
      location: at(""),
    };
  }
  if ("swagger" in document) {
    return {
      message: `only OpenAPI 3.0 or later is supported; this file is Swagger ${String(document.swagger)} (convert it to OpenAPI 3 first)`,
      location: at("/swagger"),
    };
  }
  if ("asyncapi" in document) {
    return { message: "this is an AsyncAPI document, not an OpenAPI 3.x description", location: at("/asyncapi") };
  }
  const info = isObject(document.info) ? document.info : {};
  if (
    typeof info._postman_id === "string" ||
    (typeof info.schema === "string" && info.schema.includes("getpostman.com"))
  ) {
    return {
      message: "this is a Postman collection, not an OpenAPI document (export the API as OpenAPI 3 instead)",
      location: at("/info"),
    };
  }
  if (!("openapi" in document)) {
    return { message: "not an OpenAPI document: the `openapi` version field is missing", location: at("") };
  }
  const version = document.openapi;
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+(-.+)?$/.test(version)) {
    return {
      message: `\`openapi\` must be a full version such as "3.1.0", not ${JSON.stringify(version)}`,
      location: at("/openapi"),
    };
  }
  if (!version.startsWith("3.")) {
    return {
      message: `OpenAPI ${version} is not supported: only OpenAPI 3.x (3.0 or later)`,
      location: at("/openapi"),
    };
  }
  return undefined;
}
