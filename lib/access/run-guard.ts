// The per-verb check on runs: a run's HTTP client is wrapped once, so every request is checked against the actor's
// roles in the project before it is sent. A refused request is never sent; from then on the run sends nothing.
import type { Actor } from "../accounts/actor";
import { RequestRefused } from "../http/errors";
import type { HttpClient } from "../http/types";
import { requireProjectPermission } from "./grants";
import { type ProjectAccess, type ProjectAction, requestPermission } from "./policy";

/** A project action already allowed to this caller, in this request (by the route's own check). */
export interface ProjectGrant {
  access: ProjectAccess;
  action: ProjectAction;
}

export interface RunGuard {
  /** The client, with each request checked before it is sent. */
  watch(client: HttpClient): HttpClient;
  /** Throws the run's refusal, if a request was refused (also one an asynchronous Call Flow swallowed). */
  throwIfRefused(): void;
}

/**
 * Opens the guard of one run of the project's flows: refused at once (403) when the actor may not run them at all.
 * `granted` is the route's check of "run" on this project in the same request, which is not asked twice.
 */
export async function openRunGuard(
  actor: Actor | undefined,
  projectId: string,
  granted?: ProjectGrant,
): Promise<RunGuard> {
  const project =
    granted?.action === "run" && granted.access.id === projectId
      ? granted.access
      : await requireProjectPermission(actor, projectId, "run");
  let refusal: RequestRefused | undefined;
  return {
    watch(client) {
      return {
        get obtainedSecrets() {
          return client.obtainedSecrets;
        },
        send(request, options) {
          if (!refusal) {
            const decision = requestPermission(actor, project, request.method);
            if (!decision.allowed) refusal = new RequestRefused(decision.message);
          }
          if (refusal) return Promise.reject(refusal);
          return client.send(request, options);
        },
      };
    },
    throwIfRefused() {
      if (refusal) throw refusal;
    },
  };
}
