import { setUserRole } from "@/lib/accounts/users";
import { jsonBody, route } from "../../_lib/respond";

export const PATCH = route<{ userId: string }>(async (request, { userId }, actor) => ({
  user: await setUserRole(actor, userId, await jsonBody(request)),
}));
