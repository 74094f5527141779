// Issue 20, finding 1: better-auth's endpoints under /api/auth take bodies with the same kind of cap as the app's own
// routes: a body past 16 KB is answered 413 at once and read no further (no sign-in needed to send one).
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn("builder");
const authRoute = await import("@/app/api/auth/[...all]/route");

const MB = 1024 * 1024;

/** A JSON body streamed in 64 KB chunks without Content-Length; `pulled()` says how many bytes were asked for. */
function streamed(totalBytes: number) {
  const chunk = new TextEncoder().encode(`{"email":"${"a".repeat(64 * 1024 - 11)}`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
  return { stream, pulled: () => sent };
}

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  authRoute.POST(
    owner.request(`http://127.0.0.1:3000/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      duplex: "half",
    } as RequestInit),
  );

describe("bodies sent to /api/auth", () => {
  for (const path of ["sign-in/email", "change-password", "sign-out"])
    it(`answers a streamed body over 16 KB to ${path} with 413 without reading it to the end`, async () => {
      const body = streamed(100 * MB);
      const response = await post(path, body.stream);
      expect(response.status).toBe(413);
      expect((await response.json()).message).toBe("The request body is larger than 16 KB, this route's limit.");
      expect(body.pulled()).toBeLessThan(MB);
    }, 10_000);

  it("refuses a declared Content-Length over 16 KB before reading", async () => {
    const response = await post("sign-in/email", "{}", { "content-length": String(100 * MB) });
    expect(response.status).toBe(413);
  });

  it("still answers a small body as before", async () => {
    const response = await post("sign-in/email", JSON.stringify({ email: owner.email, password: owner.password }));
    expect(response.status).toBe(200);
  });
});
