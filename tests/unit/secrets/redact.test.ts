// The key-based redaction rule: a key names a secret by its last word, and only text can be one.
import { describe, expect, it } from "vitest";
import { isSecretEntry, isSecretKey } from "@/lib/secrets/redact";

describe("isSecretKey", () => {
  it.each([
    "password",
    "client_secret",
    "clientSecret",
    "access_token",
    "refreshToken",
    "Authorization",
    "Proxy-Authorization",
    "X-API-Key",
    "api_key",
    "apiKey",
    "private_key",
    "Cookie",
    "set-cookie",
    "credentials",
    "passphrase",
    "otp",
    "sms_otp",
    "passcode",
  ])("%s names a secret", (key) => expect(isSecretKey(key)).toBe(true));

  it.each([
    "client_secret_expires_at",
    "token_endpoint_auth_method",
    "token_type",
    "tokenUrl",
    "password_changed",
    "key",
    "access-control-allow-credentials",
    "secretary",
    "expires_in",
  ])("%s does not", (key) => expect(isSecretKey(key)).toBe(false));
});

describe("isSecretEntry", () => {
  it("redacts text and lists of text under a secret key, never numbers, flags or objects", () => {
    expect(isSecretEntry("client_secret", "abc-123")).toBe(true);
    expect(isSecretEntry("set-cookie", ["a=1", "b=2"])).toBe(true);
    expect(isSecretEntry("token", 12345)).toBe(false);
    expect(isSecretEntry("password", true)).toBe(false);
    expect(isSecretEntry("credentials", { user: "x" })).toBe(false);
    expect(isSecretEntry("client_secret_expires_at", "0")).toBe(false);
  });
});
