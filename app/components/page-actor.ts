// Pages ask the same policy as routes: the signed-in actor of this request (one session lookup per render), or a
// redirect to sign-in. proxy.ts only checks that a session cookie is present; this checks the session itself.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/accounts/actor";
import { sessionActor } from "@/lib/accounts/session";

export const currentActor = cache(async (): Promise<Actor | undefined> => sessionActor(await headers()));

export async function pageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
