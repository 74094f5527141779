import { route } from "@/app/api/_lib/respond";
import { connectionDraft } from "@/lib/connections/store";

/** `?authConfigId=`: a prefilled new connection (server from the spec, parameter defaults). */
export const GET = route<{ projectId: string }>(async (request, { projectId }) =>
  connectionDraft(projectId, new URL(request.url).searchParams.get("authConfigId") ?? undefined),
);
