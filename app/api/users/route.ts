import { createUser, listUsers } from "@/lib/accounts/users";
import { jsonBody, route } from "../_lib/respond";

export const GET = route(async (_request, _params, actor) => ({ users: await listUsers(actor) }));

export const POST = route(async (request, _params, actor) =>
  Response.json({ user: await createUser(actor, await jsonBody(request)) }, { status: 201 }),
);
