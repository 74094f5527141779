// Holds back chosen JSON routes so a test can see what a page shows while its data is still on the way.
import type { Page, Route } from "@playwright/test";

/** Delays requests to URLs matching `pattern` by `ms`; the returned function stops delaying new ones. */
export async function slowDown(page: Page, pattern: RegExp, ms = 1_500): Promise<() => Promise<void>> {
  const handler = async (route: Route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue().catch(() => undefined);
  };
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}
