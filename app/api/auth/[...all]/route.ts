// Sign-in, sign-out, the current session, password change and OpenID Connect: better-auth's endpoints (lib/accounts).
import { handleAuthRequest } from "@/lib/accounts/handler";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
