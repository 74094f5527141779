import { route } from "@/app/api/_lib/respond";
import { testConnection } from "@/lib/flows/run";

/** Runs the project's `_authping` through this connection -> `{ working, message }`. */
export const POST = route<{ connectionId: string }>(async (_request, { connectionId }, actor) =>
  testConnection(connectionId, { actor }),
);
