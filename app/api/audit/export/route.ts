import { route } from "@/app/api/_lib/respond";
import { exportAuditLines, parseAuditFilter } from "@/lib/audit/query";

/** The filtered audit log (same query as /api/audit) as a JSON lines download, oldest first. */
export const GET = route(async (request) => {
  const lines = await exportAuditLines(parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams)));
  return new Response(lines, {
    headers: {
      "content-type": "application/x-ndjson",
      "content-disposition": 'attachment; filename="audit.jsonl"',
      "cache-control": "no-store",
    },
  });
});
