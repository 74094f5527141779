import { route } from "@/app/api/_lib/respond";
import { callbackUrlFor, startConnect } from "@/lib/oauth/connect";

type Params = { projectId: string; connectionId: string };

/** Starts Connect for an authorization code connection -> `{ authorizationUrl, expiresAt }` (send the user there). */
export const POST = route<Params>(async (request, { projectId, connectionId }) =>
  startConnect(projectId, connectionId, callbackUrlFor(request)),
);
