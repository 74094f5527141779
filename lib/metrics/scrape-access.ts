// Who may read /api/metrics: a scraper presenting IB_METRICS_TOKEN as a bearer token. A route handler cannot see
// the peer's address (Next gives none), so "bound to loopback" cannot be checked here; without the setting the
// metrics are off rather than open.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Throws 404 when metrics are off, 401 when the token is missing or wrong; returns when the caller may scrape. */
export function assertMayScrape(headers: Headers, token = process.env.IB_METRICS_TOKEN ?? ""): void {
  if (!token) throw new AppError("not_found", "Metrics are off: set IB_METRICS_TOKEN to serve them at /api/metrics.");
  const presented = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
  // Digests have one length, so the comparison takes the same time whatever was presented.
  if (!timingSafeEqual(digest(presented), digest(token)))
    throw new AppError("unauthenticated", "Metrics need the bearer token set in IB_METRICS_TOKEN.");
}
