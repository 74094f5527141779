import { openRoute } from "../_lib/respond";
import { readiness } from "@/lib/metrics/readiness";

export const GET = openRoute(async () => {
  const ready = await readiness();
  return Response.json(ready, { status: ready.ok ? 200 : 503 });
});
