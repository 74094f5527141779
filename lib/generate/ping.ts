// Chooses the operation `_authping` calls: a GET anyone can call without arguments, protected by the
// project's auth, that answers with a small body.
import type { OperationIndex, ParameterIndex, SpecIndex } from "../spec/types";

export interface PingOperation {
  method: "GET";
  path: string;
  /** Query values the call sends (a page size of 1 on list endpoints). */
  query: Record<string, string>;
  reason: string;
  operationId?: string;
  summary?: string;
}

export interface PingChoice {
  choice?: PingOperation;
  /** The other operations that qualify, best first (the user may pick one instead). */
  candidates: PingOperation[];
  /** Why there is no choice, when there is none. */
  message?: string;
}

const MAX_CANDIDATES = 20;

/** Paths (last segment) and operation ids that describe the caller: tiny, always allowed, always there. */
const SELF_WORDS =
  /^(me|self|whoami|who-?am-?i|user-?info|current-?user|my-?account|account|profile|myself|user|session|identity)$/i;
const SELF_OPERATION =
  /(^|[^a-z])(me|self|whoami|userinfo|currentuser|getcurrentuser|myaccount|getaccount|account|profile|getprofile|getme)$/i;
const PAGE_SIZE_PARAMS = [
  "limit",
  "per_page",
  "page_size",
  "pageSize",
  "count",
  "max",
  "top",
  "$top",
  "size",
  "maxResults",
  "PageSize",
];

function hasDefault(parameter: ParameterIndex): boolean {
  const schema = parameter.schema as Record<string, unknown> | undefined;
  return !!schema && typeof schema === "object" && "default" in schema;
}

/** A caller would have to supply a value: a required parameter without a default, or an undeclared path template. */
function needsArguments(operation: OperationIndex): boolean {
  const required = operation.parameters.some(
    (parameter) => parameter.in !== "cookie" && parameter.required && !hasDefault(parameter),
  );
  if (required) return true;
  const declared = new Set(operation.parameters.filter((p) => p.in === "path").map((p) => p.name));
  const templated = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  return templated.some((name) => !declared.has(name));
}

/**
 * Every alternative needs some auth (an empty one means "anonymous works too", proving nothing), and with a
 * scheme, one alternative is satisfied by that scheme alone (a connection carries one auth configuration).
 */
function isProtected(operation: OperationIndex, scheme: string | undefined): boolean {
  const alternatives = operation.security.filter((alternative) => Object.keys(alternative).length > 0);
  if (alternatives.length === 0 || alternatives.length < operation.security.length) return false;
  if (!scheme) return true;
  return alternatives.some((alternative) => Object.keys(alternative).length === 1 && scheme in alternative);
}

function lastSegment(path: string): string {
  const segments = path.split("/").filter(Boolean);
  return segments[segments.length - 1] ?? "";
}

function isSelf(operation: OperationIndex): boolean {
  const segment = lastSegment(operation.path)
    .replace(/\.(json|xml)$/i, "")
    .replace(/_/g, "-");
  return SELF_WORDS.test(segment) || SELF_OPERATION.test(operation.operationId ?? "");
}

function pageSizeParameter(operation: OperationIndex): string | undefined {
  const query = operation.parameters.filter((parameter) => parameter.in === "query");
  for (const name of PAGE_SIZE_PARAMS) {
    const found = query.find((parameter) => parameter.name.toLowerCase() === name.toLowerCase());
    if (found) return found.name;
  }
  return undefined;
}

/** A 2xx (or 2XX / default) response is declared: an operation promising no answer proves nothing. */
function declaresSuccess(operation: OperationIndex): boolean {
  return operation.responses.some((response) => /^2/.test(response.status) || response.status === "default");
}

interface Ranked {
  ping: PingOperation;
  tier: number;
  penalty: number;
  order: number;
}

function rank(operation: OperationIndex, order: number, protectedBy: string): Ranked {
  const base = {
    method: "GET" as const,
    path: operation.path,
    operationId: operation.operationId,
    summary: operation.summary,
  };
  const penalty =
    (operation.responses.some((response) => /^2/.test(response.status)) ? 0 : 100) +
    (operation.deprecated ? 50 : 0) +
    (operation.servers?.length ? 30 : 0) +
    operation.path.split("/").length +
    operation.parameters.length;
  if (isSelf(operation)) {
    return {
      ping: {
        ...base,
        query: {},
        reason: `describes the caller (${operation.path}), so it is small and always allowed; ${protectedBy}`,
      },
      tier: 0,
      penalty,
      order,
    };
  }
  const pageSize = pageSizeParameter(operation);
  if (pageSize) {
    return {
      ping: {
        ...base,
        query: { [pageSize]: "1" },
        reason: `a list endpoint asked for one item (${pageSize}=1); ${protectedBy}`,
      },
      tier: 1,
      penalty,
      order,
    };
  }
  return {
    ping: { ...base, query: {}, reason: `a GET that needs no arguments; ${protectedBy}` },
    tier: 2,
    penalty,
    order,
  };
}

/** Why an operation the chosen scheme does not protect is still offered, and what it proves. */
function otherProtection(operation: OperationIndex, scheme: string | undefined): string {
  const schemes = [...new Set(operation.security.flatMap((alternative) => Object.keys(alternative)))];
  const anonymous = operation.security.length === 0 || operation.security.some((alt) => Object.keys(alt).length === 0);
  if (anonymous || !scheme) return "anyone may call it, so it does not prove the credentials work";
  return `protected by ${schemes.map((name) => `"${name}"`).join(" or ")}, not by "${scheme}"`;
}

/**
 * Picks the `_authping` operation. `authScheme` is the security scheme the auth configuration came from
 * ("<scheme>" or "<scheme>/<oauth flow>"); only operations that scheme protects are chosen, but every other
 * qualifying GET is still offered as a candidate, after them, with the reason it is weaker.
 */
export function chooseAuthpingOperation(index: SpecIndex, authScheme?: string): PingChoice {
  const scheme = authScheme?.split("/")[0] || undefined;
  const secured = index.securitySchemes.length > 0;
  const protectedBy = !secured
    ? "the spec declares no security, so any GET qualifies"
    : scheme
      ? `protected by "${scheme}"`
      : "protected by the spec's security";
  const preferred: Ranked[] = [];
  const others: Ranked[] = [];
  index.operations.forEach((operation, order) => {
    if (operation.method !== "get" || needsArguments(operation) || !declaresSuccess(operation)) return;
    if (!secured || isProtected(operation, scheme)) preferred.push(rank(operation, order, protectedBy));
    else others.push(rank(operation, order, otherProtection(operation, scheme)));
  });
  const byRank = (a: Ranked, b: Ranked) => a.tier - b.tier || a.penalty - b.penalty || a.order - b.order;
  const [choice, ...rest] = preferred.sort(byRank).map((entry) => entry.ping);
  const candidates = [...rest, ...others.sort(byRank).map((entry) => entry.ping)].slice(0, MAX_CANDIDATES);
  if (choice) return { choice, candidates };
  return { candidates, message: noChoiceMessage(index, scheme, secured, candidates.length > 0) };
}

function noChoiceMessage(index: SpecIndex, scheme: string | undefined, secured: boolean, offered: boolean): string {
  const gets = index.operations.filter((operation) => operation.method === "get");
  if (gets.length === 0)
    return "The spec has no GET operation to check the connection with; enter the Relative URL of _authping yourself.";
  const free = gets.filter((operation) => !needsArguments(operation));
  if (free.length === 0) {
    return "Every GET operation needs a path, query or header parameter; enter the Relative URL of _authping yourself.";
  }
  if (!free.some(declaresSuccess)) {
    return "No GET operation without required parameters declares a successful response; enter the Relative URL of _authping yourself.";
  }
  if (secured) {
    const what = scheme ? `the "${scheme}" security scheme` : "any security scheme";
    const alternative = offered ? "pick one of the other GET operations below or " : "";
    return `No GET operation without required parameters is protected by ${what}; ${alternative}enter the Relative URL of _authping yourself.`;
  }
  return "No suitable operation; enter the Relative URL of _authping yourself.";
}
