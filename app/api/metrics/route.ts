import { openRoute } from "../_lib/respond";
import { metricsExposition } from "@/lib/metrics/registry";
import { assertMayScrape } from "@/lib/metrics/scrape-access";

export const GET = openRoute(async (request) => {
  assertMayScrape(request.headers);
  const { text, contentType } = await metricsExposition();
  return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
