// Where the authorization server sends the user back after Connect: back to the connection's page with the outcome.
// The query holds the authorization code and state: neither is ever logged (next.config.js keeps this path out of
// the request log).
import { requestRefusal, requestFacts } from "@/lib/app-origin";
import { log } from "@/lib/log";
import { type ConnectOutcome, finishConnect, OAUTH_STATE_COOKIE, stateCookie } from "@/lib/oauth/connect";

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "set-cookie": stateCookie(undefined) },
  });

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export async function GET(request: Request): Promise<Response> {
  const refusal = requestRefusal(requestFacts(request));
  if (refusal) return text(refusal.httpStatus, refusal.message);
  let outcome: ConnectOutcome;
  try {
    outcome = await finishConnect(new URL(request.url).searchParams, cookie(request, OAUTH_STATE_COOKIE));
  } catch (error) {
    log.error("oauth.callback_unexpected", { message: (error as Error).message });
    return text(500, "Connect failed on the server; nothing was changed. Press Connect again.");
  }
  if (!outcome.connection) return text(400, `Connect failed: ${outcome.message}`);
  const { projectId, connectionId } = outcome.connection;
  const query = new URLSearchParams({
    connection: connectionId,
    ...(outcome.ok ? { oauth: "connected" } : { oauthError: outcome.message ?? "" }),
  });
  // A relative Location keeps the browser on the origin it used (behind a proxy too).
  return new Response(null, {
    status: 303,
    headers: {
      location: `/projects/${encodeURIComponent(projectId)}/connections?${query}`,
      "set-cookie": stateCookie(undefined),
    },
  });
}
