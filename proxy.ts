// Runs before every page and route: a request for another host name (DNS rebinding) or a state-changing request
// from another site's page is refused, by the one rule in lib/app-origin.ts.
import { type NextRequest, NextResponse } from "next/server";
import { requestFacts, requestRefusal } from "@/lib/app-origin";

export function proxy(request: NextRequest) {
  const refusal = requestRefusal(requestFacts(request));
  if (refusal) return NextResponse.json(refusal.toJSON(), { status: refusal.httpStatus });
  return NextResponse.next();
}
