// The app's own address (IB_PUBLIC_URL) and the one rule every request to it passes, before who is asking: the Host
// must be the app's (a page on another name that resolves here, DNS rebinding, reads nothing), and a state-changing
// request a browser sends from another origin is refused (a page elsewhere cannot create projects or run flows).
import { AppError, invalid } from "./errors";

const DEFAULT_PUBLIC_URL = "http://127.0.0.1:3000";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** IB_PUBLIC_URL (the URL people and OAuth servers reach the app at), else http://127.0.0.1:3000. */
export function appPublicUrl(configured = process.env.IB_PUBLIC_URL): URL {
  const text = configured || DEFAULT_PUBLIC_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`IB_PUBLIC_URL must be the app's URL, like ${DEFAULT_PUBLIC_URL}; got "${text}"`, {
      field: "IB_PUBLIC_URL",
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalid(`IB_PUBLIC_URL must be an http or https URL; got "${text}"`, { field: "IB_PUBLIC_URL" });
  return url;
}

export interface RequestFacts {
  method: string;
  /** The Host header (or the request URL's host when there is none). */
  host: string;
  origin: string | null;
}

/**
 * Why the app refuses the request, or undefined. The app's hosts: IB_PUBLIC_URL's, and its loopback equivalents on
 * the same port (127.0.0.1, localhost, [::1]); with IB_PUBLIC_URL unset, any loopback host (whatever port it runs on).
 */
export function requestRefusal(request: RequestFacts, configured = process.env.IB_PUBLIC_URL): AppError | undefined {
  const publicUrl = appPublicUrl(configured);
  const isOwnHost = (host: string) => {
    let url: URL;
    try {
      url = new URL(`${publicUrl.protocol}//${host}`);
    } catch {
      return false;
    }
    if (url.host === publicUrl.host) return true;
    if (!LOOPBACK.has(url.hostname)) return false;
    return !configured || (LOOPBACK.has(publicUrl.hostname) && url.port === publicUrl.port);
  };
  if (!isOwnHost(request.host)) {
    return new AppError(
      "forbidden",
      `This app answers as ${publicUrl.host}, not "${request.host}": set IB_PUBLIC_URL to the URL you reach it at.`,
    );
  }
  if (SAFE_METHODS.has(request.method.toUpperCase()) || request.origin === null) return undefined;
  let origin: URL | undefined;
  try {
    origin = new URL(request.origin);
  } catch {
    origin = undefined;
  }
  if (origin && origin.protocol === publicUrl.protocol && origin.origin === request.origin && isOwnHost(origin.host))
    return undefined;
  return new AppError(
    "forbidden",
    `Refused a ${request.method.toUpperCase()} from the page at ${request.origin}: only this app's own pages (${publicUrl.origin}) may change things.`,
  );
}

/** The facts of a web request the rule looks at. */
export function requestFacts(request: Request): RequestFacts {
  return {
    method: request.method,
    host: request.headers.get("host") ?? new URL(request.url).host,
    origin: request.headers.get("origin"),
  };
}
