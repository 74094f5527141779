import { jsonBody, route } from "@/app/api/_lib/respond";
import { getAuditRetention, parseRetentionChange, setAuditRetention } from "@/lib/audit/retention";

/** `{ days, source }`: how long audit events are kept and where that comes from (setting, env, default). */
export const GET = route(async () => getAuditRetention());

/** Body `{ days }` (1 to 3650); older events go at the next write. */
export const PUT = route(async (request) => setAuditRetention(parseRetentionChange(await jsonBody(request))));
