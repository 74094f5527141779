// Sign-in, sign-out, the current session, password change and OpenID Connect: better-auth's endpoints
// (lib/accounts), each sign-in, sign-out and password change audited (lib/audit).
import { handleAuditedAuthRequest } from "@/lib/audit/auth-audit";

export const GET = handleAuditedAuthRequest;
export const POST = handleAuditedAuthRequest;
