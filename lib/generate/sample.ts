// A ready-to-send request for one operation of the spec ("Try an operation"): path and required query parameters
// filled from examples/defaults, and a JSON body sampled from its schema (in-document $refs only); placeholders become
// realistic values, the identifying ones unique to this sample (lib/samples).
import { sample } from "openapi-sampler";
import { invalid, notFound } from "../errors";
import { realistic, sampleSuffix } from "../samples/realistic";
import { parseSpecText } from "../spec/parse";
import { followRefs, isObject } from "../spec/pointer";
import type { OperationIndex, ParameterIndex, SpecIndex } from "../spec/types";

export interface OperationSample {
  method: string;
  path: string;
  /** The path with parameters filled in, ready for httpHelper's `relative_url`. */
  relativeUrl: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  /** JSON media type the body was sampled for, when the operation takes one. */
  contentType?: string;
}

const SAMPLER_OPTIONS = { skipReadOnly: true, skipNonRequired: false, quiet: true, maxSampleDepth: 6 } as const;

function sampled(schema: unknown, document: object): unknown {
  if (!isObject(schema)) return undefined;
  try {
    return sample(schema as never, SAMPLER_OPTIONS, document);
  } catch {
    return undefined;
  }
}

function parameterValue(
  raw: Record<string, unknown> | undefined,
  parameter: ParameterIndex,
  document: object,
  suffix: string,
): string {
  const schema = followRefs(document, raw?.schema ?? parameter.schema);
  const candidates = [
    raw?.example,
    schema?.example,
    schema?.default,
    Array.isArray(schema?.enum) ? schema.enum[0] : undefined,
  ];
  const found = candidates.find((candidate) => candidate !== undefined) ?? sampled(schema, document);
  const value = realistic({ [parameter.name]: found }, { suffix })[parameter.name];
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The raw parameter objects of an operation (path-level ones first, the operation's override by name+in). */
function rawParameters(pathItem: Record<string, unknown>, operation: Record<string, unknown>, document: object) {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = followRefs(document, entry);
      if (parameter && typeof parameter.name === "string") byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }
  return byKey;
}

function jsonMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  return (
    Object.keys(content).find((type) => /^application\/([\w.+-]+\+)?json\b/i.test(type)) ??
    (content["*/*"] ? "*/*" : undefined)
  );
}

export function findOperation(index: SpecIndex, method: string, path: string): OperationIndex {
  const operation = index.operations.find(
    (candidate) => candidate.method === method.toLowerCase() && candidate.path === path,
  );
  if (!operation) throw notFound(`Operation ${method.toUpperCase()} ${path}`);
  return operation;
}

/** Builds the sample from the stored spec text (parsed here: the index keeps no schemas). */
export async function sampleOperation(
  specText: string,
  index: SpecIndex,
  method: string,
  path: string,
): Promise<OperationSample> {
  const operation = findOperation(index, method, path);
  const parsed = await parseSpecText(specText);
  if (!parsed.ok || !isObject(parsed.document))
    throw invalid("The stored spec could not be read again; upload it once more.");
  const document = parsed.document;
  const pathItem = followRefs(document, (document.paths as Record<string, unknown> | undefined)?.[path]) ?? {};
  const rawOperation = followRefs(document, pathItem[operation.method]) ?? {};
  const raw = rawParameters(pathItem, rawOperation, document);
  const suffix = sampleSuffix();

  let relativeUrl = path;
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const value = () => parameterValue(raw.get(`${parameter.in}:${parameter.name}`), parameter, document, suffix);
    if (parameter.in === "path")
      relativeUrl = relativeUrl.replaceAll(`{${parameter.name}}`, encodeURIComponent(value() || parameter.name));
    else if (parameter.in === "query" && parameter.required) query[parameter.name] = value();
    else if (parameter.in === "header" && parameter.required) headers[parameter.name] = value();
  }

  const result: OperationSample = { method: operation.method.toUpperCase(), path, relativeUrl, query, headers };
  const requestBody = followRefs(document, rawOperation.requestBody);
  const contentType = jsonMediaType(requestBody?.content);
  if (requestBody && contentType) {
    const media = (requestBody.content as Record<string, Record<string, unknown> | undefined>)[contentType];
    const example =
      media?.example ??
      (isObject(media?.examples) ? followRefs(document, Object.values(media.examples)[0])?.value : undefined);
    result.contentType = contentType;
    result.body = realistic(example ?? sampled(media?.schema, document) ?? {}, { suffix });
  }
  return result;
}
