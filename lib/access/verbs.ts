// The HTTP verbs a project uses, which its verb roles follow: every operation of its current spec, and every method
// its flows write down (a Raw Request card's method, a Call Flow's `request_method` to httpHelper). A method bound
// at run time is not known here: the run guard checks it when the request is sent.
import "server-only";
import { db } from "../db/client";
import { allCards, type Binding, type Flow } from "../flow/model";
import type { SpecIndex } from "../spec/types";
import { roleForMethod, VERB_ROLE_KEYS, type VerbRoleKey } from "./roles";

/** The card inputs that carry a request's method, by card type. */
const METHOD_INPUTS: Record<string, string> = { "http.rawRequest": "method", "flow.callFlow": "request_method" };

function literalMethod(binding: Binding | undefined): string | undefined {
  return binding?.kind === "literal" && typeof binding.value === "string" && binding.value ? binding.value : undefined;
}

/** The verb roles the operations and flows need, in the order of VERB_ROLE_KEYS. */
export function verbsUsed(index: Pick<SpecIndex, "operations"> | undefined, flows: readonly Flow[]): VerbRoleKey[] {
  const methods = (index?.operations ?? []).map((operation) => operation.method as string);
  for (const flow of flows) {
    for (const card of allCards(flow.cards ?? [])) {
      const input = METHOD_INPUTS[card.type];
      const method = input ? literalMethod(card.inputs?.[input]) : undefined;
      if (method) methods.push(method);
    }
  }
  const used = new Set(methods.map(roleForMethod));
  return VERB_ROLE_KEYS.filter((key) => used.has(key));
}

function parsed<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Projects whose verbs are kept derived; past it the cache starts over (projects deleted leave entries behind). */
const MAX_CACHED_PROJECTS = 10_000;
/**
 * Verbs derived per project, valid while its "Last updated" stays: every edit of its spec or flows moves it
 * (lib/projects/touch.ts), so a listing reads and parses only the projects changed since the last one.
 */
const derived = new Map<string, { updatedAt: number; verbs: VerbRoleKey[] }>();

/** The verbs of each project, read from its current spec and its flows when it changed since they were derived. */
export async function projectVerbs(
  projects: readonly { id: string; updatedAt: Date | string }[],
): Promise<Map<string, VerbRoleKey[]>> {
  const stamp = (project: { updatedAt: Date | string }) => new Date(project.updatedAt).getTime();
  const stale = projects.filter((project) => derived.get(project.id)?.updatedAt !== stamp(project));
  if (stale.length) {
    const fresh = await deriveVerbs(stale.map((project) => project.id));
    if (derived.size + stale.length > MAX_CACHED_PROJECTS) derived.clear();
    for (const project of stale)
      derived.set(project.id, { updatedAt: stamp(project), verbs: fresh.get(project.id) ?? [] });
  }
  return new Map(projects.map((project) => [project.id, derived.get(project.id)?.verbs ?? []]));
}

async function deriveVerbs(projectIds: string[]): Promise<Map<string, VerbRoleKey[]>> {
  const where = { projectId: { in: projectIds } };
  const [latest, flows] = await Promise.all([
    db().spec.groupBy({ by: ["projectId"], where, _max: { version: true } }),
    // Only flows whose text names a method input ("method", "request_method") can write one down: the rest are not read.
    db().flow.findMany({
      where: { ...where, definition: { contains: 'method"' } },
      select: { projectId: true, definition: true },
    }),
  ]);
  const specs = latest.length
    ? await db().spec.findMany({
        where: { OR: latest.map(({ projectId, _max }) => ({ projectId, version: _max.version ?? 0 })) },
        select: { projectId: true, index: true },
      })
    : [];
  const current = new Map(specs.map((spec) => [spec.projectId, spec.index]));
  const flowsOf = new Map<string, Flow[]>();
  for (const row of flows) {
    const flow = parsed<Flow>(row.definition);
    if (!flow) continue;
    const list = flowsOf.get(row.projectId) ?? [];
    list.push(flow);
    flowsOf.set(row.projectId, list);
  }
  return new Map(projectIds.map((id) => [id, verbsUsed(parsed<SpecIndex>(current.get(id)), flowsOf.get(id) ?? [])]));
}
