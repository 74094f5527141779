// First start: while no user exists, whoever opens the app creates the owner and is signed in as it.
import { accountsAuth } from "./auth";
import { setUpOwner } from "./users";

/** Creates the owner from `{ email, password, name? }` and answers with its session cookie set. */
export async function setUpOwnerAndSignIn(request: Request, input: unknown): Promise<Response> {
  const owner = await setUpOwner(input);
  const { password } = input as { password: string };
  const signedIn = await accountsAuth().api.signInEmail({
    body: { email: owner.email, password },
    headers: request.headers,
    asResponse: true,
  });
  const response = Response.json({ user: owner }, { status: 201 });
  for (const cookie of signedIn.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
}
