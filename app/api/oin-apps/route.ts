import { route, jsonBody } from "@/app/api/_lib/respond";
import { createOinAppAs } from "@/lib/access/oin-app-access";
import { listOinApps } from "@/lib/oin/service";

export const GET = route(async () => ({ oinApps: await listOinApps() }));

export const POST = route(async (request, _params, actor) => ({
  oinApp: await createOinAppAs(await jsonBody(request), { actor }),
}));
