import Link from "next/link";
import { can } from "@/lib/accounts/policy";
import { pageActor } from "./page-actor";
import { SignOutButton } from "./SignOutButton";

// Navigation links are not prefetched: every page shows them, and prefetching each one was most of a page's
// requests (about 50 of 64 on a project page). The same holds for the project panel, tabs and flow tree.
export async function AppHeader() {
  const actor = await pageActor();
  return (
    <header className="app-header">
      <Link prefetch={false} href="/" className="brand">
        Integration Builder
      </Link>
      <nav aria-label="Main">
        <Link prefetch={false} href="/projects">
          Projects
        </Link>
        <Link prefetch={false} href="/oin-apps">
          OIN apps
        </Link>
        <Link prefetch={false} href="/roles">
          Roles
        </Link>
        {can(actor, "manage_users") && (
          <Link prefetch={false} href="/users">
            Users
          </Link>
        )}
        {can(actor, "audit") && (
          <Link prefetch={false} href="/audit">
            Audit
          </Link>
        )}
        <Link prefetch={false} href="/settings/tokens">
          API tokens
        </Link>
      </nav>
      <div className="account-menu">
        <Link prefetch={false} href="/account" title="Your account">
          {actor.email} · {actor.role}
        </Link>
        <SignOutButton />
      </div>
    </header>
  );
}
