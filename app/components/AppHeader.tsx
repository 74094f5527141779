import Link from "next/link";
import { can } from "@/lib/accounts/policy";
import { pageActor } from "./page-actor";
import { SignOutButton } from "./SignOutButton";

export async function AppHeader() {
  const actor = await pageActor();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        Integration Builder
      </Link>
      <nav aria-label="Main">
        <Link href="/projects">Projects</Link>
        <Link href="/oin-apps">OIN apps</Link>
        <Link href="/roles">Roles</Link>
        {can(actor, "manage_users") && <Link href="/users">Users</Link>}
        {can(actor, "audit") && <Link href="/audit">Audit</Link>}
        <Link href="/settings/tokens">API tokens</Link>
      </nav>
      <div className="account-menu">
        <Link href="/account" title="Your account">
          {actor.email} · {actor.role}
        </Link>
        <SignOutButton />
      </div>
    </header>
  );
}
