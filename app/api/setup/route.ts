// Owner setup on first start: open only while no user exists (then 403).
import { setUpOwnerAndSignIn } from "@/lib/accounts/owner-setup";
import { hasUsers } from "@/lib/accounts/users";
import { jsonBody, openRoute } from "../_lib/respond";

export const GET = openRoute(async () => ({ needed: !(await hasUsers()) }));

export const POST = openRoute(async (request) => setUpOwnerAndSignIn(request, await jsonBody(request)));
