import { pageActor } from "@/app/components/page-actor";
import { can } from "@/lib/accounts/policy";
import { listUsers } from "@/lib/accounts/users";
import { UsersTable } from "./UsersTable";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await pageActor();
  if (!can(actor, "manage_users"))
    return (
      <section className="card">
        <h1>Users</h1>
        <p role="alert">Managing users needs the &quot;manage_users&quot; permission (owner or admin).</p>
      </section>
    );
  return (
    <section className="card">
      <h1>Users</h1>
      <p className="muted">
        Instance roles: viewers read and validate; builders also create projects and OIN apps, and change and run the
        projects they hold a role in (the creator holds its admin role; grant others on the Roles page); admins also
        manage users and hold every project role; owners everything (only an owner makes an owner).
      </p>
      <UsersTable users={await listUsers(actor)} actorRole={actor.role} />
    </section>
  );
}
