import { NextResponse } from "next/server";
import { route } from "@/app/api/_lib/respond";
import { startConnect, stateCookie } from "@/lib/oauth/connect";

type Params = { projectId: string; connectionId: string };

/**
 * Starts Connect for an authorization code connection -> `{ authorizationUrl, expiresAt }` (send the user there), with
 * the cookie that lets only this browser finish the sign-in.
 */
export const POST = route<Params>(async (_request, { projectId, connectionId }) => {
  const { state, ...started } = await startConnect(projectId, connectionId);
  const response = NextResponse.json(started);
  response.headers.append("set-cookie", stateCookie(state));
  return response;
});
