// "Save and start building": body is the OIN app payload, plus `oinAppId` when updating an existing app.
import { route, jsonBody } from "@/app/api/_lib/respond";
import { saveAndStartBuilding } from "@/lib/oin/start-building";

export const POST = route(async (request) => {
  const body = await jsonBody(request);
  return saveAndStartBuilding(body, typeof body.oinAppId === "string" ? body.oinAppId : undefined);
});
