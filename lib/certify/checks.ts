// Checks and test data shared by the cases: a field compared by its path, pages walked with a bound, the run's
// unique user and group.
import { SCIM_GROUP_URN, SCIM_USER_URN } from "../contracts/shapes";
import { DEACTIVATE_USER, GET_USER_BY_NAME, LIST_GROUPS_BY_NAME, REMOVE_GROUP } from "./contracts";
import { CaseFailure, CaseNotApplicable } from "./model";
import type { CleanupReport } from "./report";
import { type ActionOutputs, type CertifySession, describeErrors } from "./session";

/** Pages one listing may take before the run calls it endless. */
export const MAX_PAGES = 100;

export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The output's field at `path` (under `root`) must equal what was sent; the message names the field. */
export function expectField(flow: string, output: unknown, root: string, path: string, expected: unknown) {
  const actual = valueAt(output, path);
  if (actual !== expected)
    throw new CaseFailure(
      `"${flow}" returned ${root}.${path} = ${actual === undefined ? "nothing" : JSON.stringify(actual)}; expected ${JSON.stringify(expected)}`,
    );
}

export function testUser(session: CertifySession, tag = "") {
  const userName = `certify.${session.suffix}${tag}@example.com`;
  return {
    schemas: [SCIM_USER_URN],
    id: `00ucert${session.suffix}${tag}`,
    userName,
    name: { givenName: "Certify", familyName: `Run${session.suffix}${tag}` },
    displayName: `Certify Run${session.suffix}${tag}`,
    title: "Certification",
    emails: [{ value: userName, primary: true, type: "work" }],
    active: true,
  };
}

export function testGroup(session: CertifySession) {
  return { schemas: [SCIM_GROUP_URN], id: `00gcert${session.suffix}`, displayName: `Certify ${session.suffix}` };
}

/** The user Create User made; cases reading it back do not apply without one. */
export function createdUser(session: CertifySession) {
  if (!session.createdUser) throw new CaseNotApplicable("Create User did not create a user to work with.");
  return session.createdUser;
}

export function createdGroup(session: CertifySession) {
  if (!session.createdGroup) throw new CaseNotApplicable("Create Group did not create a group to work with.");
  return session.createdGroup;
}

/**
 * Walks a listing page by page (the input given plus `pagination`): every cursor new, at most MAX_PAGES pages.
 * Returns the records of every page in order.
 */
export async function walkPages(
  session: CertifySession,
  contract: string,
  input: Record<string, unknown>,
  limit: number,
): Promise<{ records: Record<string, unknown>[]; pages: number }> {
  const records: Record<string, unknown>[] = [];
  const cursors = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 1; pages <= MAX_PAGES; pages += 1) {
    const outputs: ActionOutputs = await session.succeed(contract, {
      ...input,
      pagination: cursor === undefined ? { limit } : { cursor, limit },
    });
    records.push(...((outputs.resources as Record<string, unknown>[] | undefined) ?? []));
    const next = (outputs.pagination as { nextCursor?: string } | undefined)?.nextCursor;
    if (next === undefined || next === "") return { records, pages };
    if (cursors.has(next))
      throw new CaseFailure(`"${contract}" returned pagination.nextCursor "${next}" a second time (page ${pages}).`);
    cursors.add(next);
    cursor = next;
  }
  throw new CaseFailure(`"${contract}" still returned a pagination.nextCursor after ${MAX_PAGES} pages of ${limit}.`);
}

/** The ids of the records, failing on a record listed twice. */
export function distinctIds(contract: string, records: Record<string, unknown>[], key = "id"): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    const id = String(record[key]);
    if (ids.has(id)) throw new CaseFailure(`"${contract}" listed ${key} "${id}" twice across its pages.`);
    ids.add(id);
  }
  return ids;
}

/** The id of the record a lookup found; undefined when the API says there is none. */
async function foundId(session: CertifySession, contract: string, inputs: Record<string, unknown>, key: string) {
  const outputs = await session.call(contract, inputs);
  const { status, errors = [] } = outputs.executionStatus;
  if (status !== "SUCCEEDED") {
    if (errors.some((error) => error.type === "RESOURCE_NOT_FOUND")) return undefined;
    throw new Error(`"${contract}" could not look it up: ${describeErrors(outputs)}`);
  }
  if (Array.isArray(outputs.resources)) {
    const names = (record: Record<string, unknown>) => record.displayName === inputs.displayName;
    return (outputs.resources as Record<string, unknown>[]).find(names)?.id as string | undefined;
  }
  const id = (outputs[key] as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id ? id : undefined;
}

/** How one kind of record the run creates is found without its id, and removed. */
interface Removal {
  kind: string;
  action: CleanupReport["action"];
  /** The contract that finds it by name, with its inputs and the output key of a single record. */
  find: { contract: string; inputs: Record<string, unknown>; key: string };
  /** The contract that removes it, with its inputs for an id. */
  remove: { contract: string; inputs: (id: string) => Record<string, unknown> };
}

/**
 * Registers a record for removal at the end of the run before it is created, so whatever the create call answers (an
 * output outside the contract, no id) the run still removes it: by the id the case learned, else found by its name.
 */
function removeAtEnd(session: CertifySession, name: string, idOf: () => string | undefined, removal: Removal) {
  const { kind, action, find, remove } = removal;
  session.created(`${kind} ${name}`, action, async () => {
    let id = idOf();
    if (!id) {
      if (!session.has(find.contract))
        throw new Error(`its id is unknown and there is no ON "${find.contract}" flow to find it; check by hand`);
      id = await foundId(session, find.contract, find.inputs, find.key);
      if (!id) return `nothing to remove: the app has no such ${kind}`;
    }
    if (!session.has(remove.contract)) throw new Error(`no ON "${remove.contract}" flow; ${action} ${id} by hand`);
    await session.succeed(remove.contract, remove.inputs(id));
    return `${action} ${id}`;
  });
}

/** The user is deactivated at the end of the run (no contract deletes a user), also when its case fails. */
export function deactivateAtEnd(session: CertifySession, userName: string, idOf: () => string | undefined) {
  removeAtEnd(session, userName, idOf, {
    kind: "user",
    action: "deactivated",
    find: { contract: GET_USER_BY_NAME, inputs: { userName }, key: "user" },
    remove: { contract: DEACTIVATE_USER, inputs: (userId) => ({ userId }) },
  });
}

/** The group is deleted at the end of the run, also when its case fails. */
export function removeGroupAtEnd(session: CertifySession, displayName: string, idOf: () => string | undefined) {
  removeAtEnd(session, displayName, idOf, {
    kind: "group",
    action: "deleted",
    find: { contract: LIST_GROUPS_BY_NAME, inputs: { displayName, pagination: { limit: 100 } }, key: "group" },
    remove: { contract: REMOVE_GROUP, inputs: (groupId) => ({ groupId }) },
  });
}
