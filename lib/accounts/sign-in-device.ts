// The browser a user signed in from before: a cookie set at each successful sign-in, naming a random device id
// signed (HMAC) for that email. A sign-in attempt carrying it is counted apart from everyone else's attempts at the
// email, so strangers guessing the password cannot lock the owner's own browser out (OWASP's device cookies).
import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { appPublicUrl } from "../app-origin";
import { secretKey } from "../secrets/key";
import { COOKIE_PREFIX } from "./session-cookie";

const NAME = `${COOKIE_PREFIX}.sign_in_device`;
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const macOf = (id: string, email: string) =>
  createHmac("sha256", Buffer.from(hkdfSync("sha256", secretKey(), "", "integration-builder sign-in devices", 32)))
    .update(`${id}\n${email}`)
    .digest("base64url");

/** The device id of the request's cookie, when it was issued for `email` (lower case); else undefined. */
export function signInDevice(headers: Headers, email: string): string | undefined {
  const cookie = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${NAME}=`));
  const [id, mac] = (cookie?.slice(NAME.length + 1) ?? "").split(".");
  if (!id || !mac) return undefined;
  const expected = Buffer.from(macOf(id, email));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}

/** The Set-Cookie value naming a new device for `email`. */
export function signInDeviceCookie(email: string): string {
  const id = randomBytes(16).toString("base64url");
  const secure = appPublicUrl().protocol === "https:" ? "; Secure" : "";
  return `${NAME}=${id}.${macOf(id, email)}; Path=/api/auth; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
