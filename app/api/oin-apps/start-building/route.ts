// "Save and start building": body is the OIN app payload, plus `oinAppId` when updating an existing app.
import { jsonBody, route } from "@/app/api/_lib/respond";
import { startBuildingAs } from "@/lib/access/creator";
import { parseStartBuilding } from "@/lib/oin/start-building";

export const POST = route(async (request, _params, actor) => {
  const { payload, oinAppId } = parseStartBuilding(await jsonBody(request));
  return startBuildingAs(payload, oinAppId, { actor });
});
