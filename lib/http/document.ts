// A document fetched by URL for a person (an OpenAPI description on the vendor's site): GET through the one address
// guard (every hop of a redirect checked again after DNS), a deadline, and a size cap counted as the body streams.
import { request } from "undici";
import { formatBytes } from "../bytes";
import { invalid } from "../errors";
import { refusedHost } from "../net/address-policy";
import { guardedAgent } from "./dispatcher";
import { HttpLimitError, readCappedText } from "./limits";

const TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

function checkedUrl(text: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw invalid(`"${text}" is not a URL (write e.g. https://api.example.com/openapi.json)`, { field });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw invalid(`Only http and https URLs can be fetched, not ${url.protocol}`, { field });
  if (url.username || url.password)
    throw invalid("A URL with a user name or password in it is refused: credentials do not belong in URLs", { field });
  const refused = refusedHost(url.hostname);
  if (refused) throw invalid(`${url.origin} ${refused.message}`, { field });
  return url;
}

/** The text at `address` (following up to 5 redirects) and a file name from its path; a clear error at `field` otherwise. */
export async function fetchDocument(
  address: string,
  maxBytes: number,
  field = "url",
): Promise<{ fileName: string; text: string }> {
  let url = checkedUrl(address, field);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(url, {
        dispatcher: guardedAgent(TIMEOUT_MS),
        headers: { accept: "application/json, application/yaml, text/yaml, */*" },
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
    } catch (error) {
      throw invalid(`GET ${url.origin}${url.pathname} failed: ${(error as Error).message}`, { field });
    }
    const location = response.headers.location;
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === "string") {
      await response.body.dump();
      url = checkedUrl(new URL(location, url).href, field);
      continue;
    }
    if (response.statusCode >= 400) {
      await response.body.dump();
      throw invalid(`GET ${url.origin}${url.pathname} answered HTTP ${response.statusCode}`, { field });
    }
    try {
      const text = await readCappedText(response.body, maxBytes, response.headers["content-length"]);
      return { fileName: decodeURIComponent(url.pathname.split("/").pop() || "") || url.hostname, text };
    } catch (error) {
      if (error instanceof HttpLimitError)
        throw invalid(`${url.origin}${url.pathname} is larger than ${formatBytes(maxBytes)}`, { field });
      throw invalid(`GET ${url.origin}${url.pathname} failed while reading: ${(error as Error).message}`, { field });
    }
  }
  throw invalid(`${address} redirects more than ${MAX_REDIRECTS} times`, { field });
}
