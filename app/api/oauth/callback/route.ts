// Where the authorization server sends the user back after Connect: back to the connection's page with the outcome.
import { log } from "@/lib/log";
import { finishConnect } from "@/lib/oauth/connect";

const text = (status: number, body: string) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  let outcome: Awaited<ReturnType<typeof finishConnect>>;
  try {
    outcome = await finishConnect(new URL(request.url).searchParams);
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
    headers: { location: `/projects/${encodeURIComponent(projectId)}/connections?${query}` },
  });
}
