import { route, jsonBody } from "@/app/api/_lib/respond";
import { deleteOinApp, getOinApp, updateOinApp } from "@/lib/oin/service";

type Params = { oinAppId: string };

export const GET = route<Params>(async (_request, { oinAppId }) => ({ oinApp: await getOinApp(oinAppId) }));

export const PUT = route<Params>(async (request, { oinAppId }) => ({
  oinApp: await updateOinApp(oinAppId, await jsonBody(request)),
}));

export const DELETE = route<Params>(async (_request, { oinAppId }) => {
  await deleteOinApp(oinAppId);
  return { ok: true };
});
