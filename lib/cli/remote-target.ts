// `ib --url URL --token T` (or IB_URL / IB_TOKEN): which instance the commands with a route call instead of the
// local database file (read before any command loads, so it costs nothing when absent).
import { invalid } from "../errors";

export interface RemoteTarget {
  /** The instance's base URL (scheme, host, port and any path prefix). */
  url: URL;
  token: string;
}

/**
 * `--url` / `--token` from the arguments (anywhere), else IB_URL / IB_TOKEN; the rest of the arguments. IB_TOKEN alone
 * changes nothing: without a URL the commands work locally.
 */
export function remoteTargetFrom(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { target?: RemoteTarget; rest: string[] } {
  const rest: string[] = [];
  let url = env.IB_URL || undefined;
  let token = env.IB_TOKEN || undefined;
  let tokenGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [option, inline] = argv[i].split(/=(.*)/s, 2);
    if (option !== "--url" && option !== "--token") {
      rest.push(argv[i]);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw invalid(`${option} needs a value`, { field: option.slice(2) });
    if (option === "--url") url = value;
    else {
      token = value;
      tokenGiven = true;
    }
  }
  if (url === undefined) {
    if (tokenGiven) throw invalid("--token is for a remote instance: give its --url too", { field: "url" });
    return { rest };
  }
  if (!token) throw invalid("--url needs a personal API token: --token T or IB_TOKEN", { field: "token" });
  return { target: { url: instanceUrl(url), token }, rest };
}

function instanceUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`--url must be an http(s) URL, not "${text}"`, { field: "url" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalid(`--url must be an http(s) URL, not ${url.protocol}`, { field: "url" });
  if (url.username || url.password)
    throw invalid("--url must not carry a user name or password: the token authenticates", { field: "url" });
  return url;
}
