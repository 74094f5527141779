// Builds the request URL: relative paths keep the base URL's path; query objects become repeated parameters.

export function buildUrl(baseUrl: string, url: string, query?: Record<string, unknown>): URL {
  const target = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url) : joinToBase(baseUrl, url);
  if (query) appendQuery(target.searchParams, query);
  return target;
}

function joinToBase(baseUrl: string, path: string): URL {
  // The common case (no query or fragment on either side) parses once; the setter below would parse twice.
  if (path !== "" && !/[?#\\]/.test(path) && /^https?:\/\/[^/?#\\]+(\/[^?#\\]*)?$/i.test(baseUrl))
    return new URL(`${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const [pathPart, search = ""] = splitOnce(path, "?");
  base.pathname = pathPart ? `${basePath}/${pathPart.replace(/^\/+/, "")}` : basePath || "/";
  if (search) {
    for (const [key, value] of new URLSearchParams(search)) base.searchParams.append(key, value);
  }
  return base;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function appendQuery(params: URLSearchParams, query: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      params.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
}
