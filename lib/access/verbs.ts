// The HTTP verbs a project uses, which its verb roles follow: every operation of its current spec, and every method
// its flows write down (a Raw Request card's method, a Call Flow's `request_method` to httpHelper). A method bound
// at run time is not known here: the run guard checks it when the request is sent.
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

/** The verbs of each project (all projects when `projectIds` is undefined), read from the stored spec and flows. */
export async function projectVerbs(projectIds?: readonly string[]): Promise<Map<string, VerbRoleKey[]>> {
  const where = projectIds ? { projectId: { in: [...projectIds] } } : {};
  const [latest, flows] = await Promise.all([
    db().spec.groupBy({ by: ["projectId"], where, _max: { version: true } }),
    db().flow.findMany({ where, select: { projectId: true, definition: true } }),
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
    if (flow) flowsOf.set(row.projectId, [...(flowsOf.get(row.projectId) ?? []), flow]);
  }
  const ids = new Set([...current.keys(), ...flowsOf.keys()]);
  return new Map([...ids].map((id) => [id, verbsUsed(parsed<SpecIndex>(current.get(id)), flowsOf.get(id) ?? [])]));
}
