import { route } from "../_lib/respond";
import { db } from "@/lib/db/client";

export const GET = route(async () => {
  await db().project.count();
  return { ok: true };
});
