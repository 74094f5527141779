// Canvas figures (run: npx tsx bench/canvas.ts; builds nothing: set IB_NEXT_DIST to a finished `next build`,
// default .next-canvas2, IB_BENCH_PORT, default 3117, and IB_BENCH_SIZES, default "1000,2000"):
// (a) time to interactive: navigation start -> the editor marks "ib:editor-ready" (React Flow initialised and the
//     first frame with the cards painted), median of 3 loads, for flows of 1,000 and 2,000 pure cards; and the main
//     thread's long-task time in the 2 s after ready (work deferred past the mark still shows there);
// (b) pan and drag frame rate: requestAnimationFrame intervals while the mouse pans the pane (at the first view, at
//     zoom to fit and at 100%) and drags a card (at 100%): median fps and p95 frame time;
// (c) the editor route's first-load JavaScript: bytes of script transferred for a cold load (resource timing).
import { spawn, type ChildProcess } from "node:child_process";
import { chromium, type Page } from "@playwright/test";
import { pureCardFlow } from "./lib/flows";
import { median, percentile } from "./lib/stats";

const PORT = Number(process.env.IB_BENCH_PORT ?? 3117);
const DIST = process.env.IB_NEXT_DIST ?? ".next-canvas2";
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = (process.env.IB_BENCH_SIZES ?? "1000,2000").split(",").map(Number);
const LOADS = 3;
const VIEWPORT = { width: 1600, height: 1000 };
// The same browser as playwright.config.ts.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const answer = await fetch(`${BASE}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/e2e-server.js", String(PORT)], {
    env: { ...process.env, IB_E2E_SKIP_BUILD: "1", IB_NEXT_DIST: DIST },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${BASE}/api/health`).then(
        (answer) => answer.ok,
        () => false,
      )
    )
      return server;
    await new Promise((done) => setTimeout(done, 500));
  }
  server.kill();
  throw new Error(`The app did not answer on ${BASE} (is ${DIST} a finished build?)`);
}

const AFTER_READY_MS = 2000;
// A string, so the bundler's helpers (tsx names functions) don't leak into the page.
const RECORD_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: "longtask", buffered: true });
})()`;

/** Navigation start -> ready, the part of it spent before the document's response had arrived, and long-task time after ready. */
async function timeToInteractive(
  page: Page,
  url: string,
): Promise<{ ready: number; response: number; busyAfter: number }> {
  await page.goto(url);
  await page.locator('[data-testid="canvas"][data-ready]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(AFTER_READY_MS);
  return page.evaluate((window_) => {
    const ready = performance.getEntriesByName("ib:editor-ready")[0].startTime;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return {
      ready,
      response: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseEnd,
      busyAfter: tasks
        .filter((task) => task.start >= ready && task.start < ready + window_)
        .reduce((sum, task) => sum + task.duration, 0),
    };
  }, AFTER_READY_MS);
}

/** Records requestAnimationFrame intervals while `interact` runs. */
async function frames(page: Page, interact: () => Promise<void>): Promise<{ fps: number; p95: number; count: number }> {
  // A string, so the bundler's helpers (tsx names functions) don't leak into the page.
  await page.evaluate(`(() => {
    const state = { intervals: [], last: performance.now(), on: true };
    window.__frames = state;
    requestAnimationFrame(function tick(now) {
      if (!state.on) return;
      state.intervals.push(now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  await interact();
  const intervals = await page.evaluate(() => {
    const state = (window as unknown as { __frames: { intervals: number[]; on: boolean } }).__frames;
    state.on = false;
    return state.intervals.slice(1);
  });
  return { fps: 1000 / median(intervals), p95: percentile(intervals, 95), count: intervals.length };
}

async function pan(page: Page) {
  const box = (await page.getByTestId("canvas").boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(x - step * 6, y - step * 4);
  for (let step = 59; step >= 0; step--) await page.mouse.move(x - step * 6, y - step * 4);
  await page.mouse.up();
}

async function zoomToFit(page: Page) {
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.waitForTimeout(500);
}

const zoom = (page: Page) =>
  page.evaluate(
    () => new DOMMatrixReadOnly(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a,
  );

/** Zooms in with the wheel around the first card until cards are drawn at 100%. */
async function zoomToActualSize(page: Page) {
  const first = (await page.locator(".react-flow__node-card").first().boundingBox())!;
  await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
  for (let attempt = 0; attempt < 80 && (await zoom(page)) < 1; attempt++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(30);
  }
}

async function dragCard(page: Page) {
  const box = (await page.getByTestId("canvas").boundingBox())!;
  const titles = page.locator(".react-flow__node-card .cv-title");
  const count = await titles.count();
  for (let index = 0; index < count; index++) {
    const title = (await titles.nth(index).boundingBox())!;
    if (
      !title ||
      title.x < box.x ||
      title.y < box.y ||
      title.x + title.width > box.x + box.width ||
      title.y + title.height > box.y + box.height
    )
      continue;
    const x = title.x + 20;
    const y = title.y + title.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 80; step++) await page.mouse.move(x + step * 2, y + step * 3);
    // Back where it started, so the drop changes nothing.
    for (let step = 79; step >= 0; step--) await page.mouse.move(x + step * 2, y + step * 3);
    await page.mouse.up();
    return;
  }
  throw new Error(`No card title in view to drag (zoom ${await zoom(page)}, ${count} cards drawn)`);
}

async function firstLoadScript(
  page: Page,
  url: string,
): Promise<{ transferred: number; decoded: number; files: number }> {
  await page.goto(url);
  await page.locator('[data-testid="canvas"][data-ready]').waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (entry) => entry.initiatorType === "script" || entry.name.endsWith(".js"),
    );
    return {
      transferred: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
      decoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      files: scripts.length,
    };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const { project } = await json<{ project: { id: string } }>("POST", "/api/projects", { name: "Canvas bench" });
    const urls = new Map<number, string>();
    for (const size of SIZES) {
      const { flow } = await json<{ flow: { id: string } }>(
        "POST",
        `/api/projects/${project.id}/flows`,
        pureCardFlow(`bench${size}`, size, { enabled: false }),
      );
      urls.set(size, `${BASE}/projects/${project.id}/flows/${flow.id}`);
    }
    console.log(
      `canvas bench on ${DIST}, ${VIEWPORT.width}x${VIEWPORT.height}, load average ${(await import("node:os")).loadavg()[0].toFixed(1)}`,
    );

    const cold = await browser.newContext({ viewport: VIEWPORT });
    const script = await firstLoadScript(await cold.newPage(), urls.get(SIZES[0])!);
    await cold.close();
    console.log(
      `editor first-load JS: ${kb(script.transferred)} transferred (${kb(script.decoded)} decoded) in ${script.files} files`,
    );

    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.addInitScript(RECORD_LONG_TASKS);
      const timings: { ready: number; response: number; busyAfter: number }[] = [];
      for (let load = 0; load < LOADS; load++) timings.push(await timeToInteractive(page, urls.get(size)!));
      const loads = timings.map((timing) => timing.ready);
      const first = await frames(page, () => pan(page));
      await zoomToFit(page);
      const fit = await frames(page, () => pan(page));
      await zoomToActualSize(page);
      const actual = await frames(page, () => pan(page));
      const drag = await frames(page, () => dragCard(page));
      console.log(
        `${size} cards: TTI median ${ms(median(loads))} (${loads.map(ms).join(", ")}; document response by ${ms(median(timings.map((timing) => timing.response)))}; ` +
          `long tasks in ${AFTER_READY_MS / 1000} s after ready ${ms(median(timings.map((timing) => timing.busyAfter)))}); ` +
          `pan at first view: ${first.fps.toFixed(0)} fps, p95 ${ms(first.p95)}; pan at fit: ${fit.fps.toFixed(0)} fps, p95 ${ms(fit.p95)}; pan at 100%: ${actual.fps.toFixed(0)} fps, p95 ${ms(actual.p95)}; ` +
          `drag at 100%: ${drag.fps.toFixed(0)} fps, p95 ${ms(drag.p95)}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

await main();
