// A token belongs to a user account: `ib token` on the database file names it by email.
import "server-only";
import { db } from "../db/client";
import { invalid, notFound } from "../errors";
import type { TokenOwner } from "./model";

export async function tokenOwnerByEmail(email: string | undefined): Promise<TokenOwner> {
  if (!email) throw invalid("--user EMAIL is required: a token belongs to a user account", { field: "user" });
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw notFound(`A user with the email ${email}`);
  return { userId: user.id, email: user.email };
}
