// The browser suite's `test`: every page fails its test on a console error, an uncaught exception or a React
// warning. A JSON route answering 4xx is the app's way of reporting bad input (shown in the page), so Chromium's
// "Failed to load resource" line for it is not an error of the page.
import { test as base, expect, type ConsoleMessage } from "@playwright/test";

function isExpectedApiRefusal(message: ConsoleMessage): boolean {
  const status = /Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text());
  if (!status || Number(status[1]) >= 500) return false;
  try {
    return new URL(message.location().url).pathname.startsWith("/api/");
  } catch {
    return false;
  }
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        const warnsReact = message.type() === "warning" && /React|Warning:/.test(message.text());
        if ((message.type() === "error" && !isExpectedApiRefusal(message)) || warnsReact) {
          errors.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
        }
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, "console errors and uncaught exceptions in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
