import { route, jsonBody } from "@/app/api/_lib/respond";
import { createOinApp, listOinApps } from "@/lib/oin/service";

export const GET = route(async () => ({ oinApps: await listOinApps() }));

export const POST = route(async (request) => ({ oinApp: await createOinApp(await jsonBody(request)) }));
