// Building request URLs from the connection's base URL.
import { describe, expect, it } from "vitest";
import { buildUrl } from "../../../lib/http/url";

describe("buildUrl", () => {
  it.each([
    ["https://api.example.com/v1", "/users", "https://api.example.com/v1/users"],
    ["https://api.example.com/v1/", "users", "https://api.example.com/v1/users"],
    ["https://api.example.com", "/users?active=true", "https://api.example.com/users?active=true"],
    ["https://api.example.com/v1", "", "https://api.example.com/v1"],
    ["https://api.example.com/v1", "https://other.example.com/x", "https://other.example.com/x"],
  ])("%s + %s", (base, url, expected) => {
    expect(buildUrl(base, url).href).toBe(expected);
  });

  it("repeats array values, skips missing ones and JSON-encodes objects", () => {
    const url = buildUrl("https://api.example.com", "/s", { q: "a b", ids: [1, 2], none: null, filter: { on: true } });
    expect(url.search).toBe("?q=a+b&ids=1&ids=2&filter=%7B%22on%22%3Atrue%7D");
  });
});
