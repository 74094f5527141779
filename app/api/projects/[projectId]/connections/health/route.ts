import { route } from "@/app/api/_lib/respond";
import { undecryptableConnections } from "@/lib/connections/store";

/** Connections whose secrets cannot be decrypted with the current key. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => ({
  undecryptable: await undecryptableConnections(projectId),
}));
