import { openRoute } from "../_lib/respond";
import { db } from "@/lib/db/client";

export const GET = openRoute(async () => {
  await db().project.count();
  return { ok: true };
});
