import { route } from "@/app/api/_lib/respond";
import { listAuditEvents, parseAuditFilter, parsePage } from "@/lib/audit/query";

/** `?actor=&action=&targetType=&targetId=&since=&until=&limit=&before=` -> `{ events, next }`, newest first. */
export const GET = route(async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return listAuditEvents(parseAuditFilter(query), parsePage(query));
});
