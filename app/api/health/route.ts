import { openRoute } from "../_lib/respond";

// Liveness: the process answers. Whether it can serve (database reachable) is /api/ready.
export const GET = openRoute(async () => ({ ok: true }));
