// A headless user agent for the authorization code flow: follows redirects with a cookie jar, fills oidc-provider's
// development login and consent forms, and stops at the redirect back to the app (which it returns, unvisited).

const MAX_STEPS = 20;

export async function signInAndConsent(
  authorizationUrl: string,
  options: { redirectUri: string; login: string },
): Promise<URL> {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (`${url.origin}${url.pathname}` === options.redirectUri) return url;
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as object), cookie: cookieHeader() },
    });
    remember(response);
    init = {};
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?name="prompt" value="(\w+)"/.exec(html);
    if (response.status !== 200 || !form)
      throw new Error(`unexpected page at ${url.href} (${response.status}): ${html.slice(0, 500)}`);
    const fields: Record<string, string> =
      form[2] === "login" ? { prompt: "login", login: options.login, password: "any" } : { prompt: form[2] };
    url = new URL(form[1].replace(/&amp;/g, "&"), url);
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    };
  }
  throw new Error(`no redirect to ${options.redirectUri} after ${MAX_STEPS} steps`);
}
