// What a page may offer its signed-in user: for each route its controls call, whether the route would refuse it and
// why, asked exactly as the route asks (authorizeRoute over the manifest entry). Pages hide or disable a control
// with the reason on hover, so no enabled control answers 403.
import type { Actor } from "../accounts/actor";
import { AppError } from "../errors";
import { authorizeRoute } from "./authorize";
import { type GuardedRouteEntry, ROUTE_MANIFEST, type RouteEntry, type RouteKey } from "./manifest";
import type { Allowed, AllowedRoutes } from "./model";

/** What the page is about: a project (its flows and connections with it), an OIN app, or both. */
export interface PageSubject {
  projectId?: string;
  oinAppId?: string;
}

/** The guarded entries a page about this subject can ask: those about nothing in the path, or about the subject. */
function entriesFor(subject: PageSubject): [RouteKey, GuardedRouteEntry][] {
  const about = { project: subject.projectId !== undefined, oinApp: subject.oinAppId !== undefined };
  return (Object.entries(ROUTE_MANIFEST) as [RouteKey, RouteEntry][]).filter(
    (pair): pair is [RouteKey, GuardedRouteEntry] => {
      const entry = pair[1];
      return !entry.open && (entry.scope === null || about[entry.scope.resource]);
    },
  );
}

/**
 * Every route a page about the subject may call, answered for the actor. Entries asking the same (permission and
 * action) share one answer, so a page costs a handful of policy lookups, not one per route.
 */
export async function allowedRoutes(actor: Actor | undefined, subject: PageSubject): Promise<AllowedRoutes> {
  const params = Object.fromEntries(Object.entries(subject).filter(([, id]) => id !== undefined)) as Record<
    string,
    string
  >;
  const answers = new Map<string, Promise<Allowed>>();
  const ask = (entry: GuardedRouteEntry): Promise<Allowed> => {
    const key = `${entry.permission} ${entry.scope?.resource ?? ""} ${entry.scope?.action ?? ""}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = authorizeRoute(actor, entry, params).then(
        (): Allowed => ({ allowed: true }),
        (error: unknown): Allowed => {
          if (error instanceof AppError && (error.code === "forbidden" || error.code === "unauthenticated"))
            return { allowed: false, reason: error.message };
          throw error;
        },
      );
      answers.set(key, answer);
    }
    return answer;
  };
  const pairs = entriesFor(subject);
  const decided = await Promise.all(pairs.map(async ([key, entry]) => [key, await ask(entry)] as const));
  return Object.fromEntries(decided);
}
