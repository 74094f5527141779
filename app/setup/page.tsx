import { redirect } from "next/navigation";
import { hasUsers } from "@/lib/accounts/users";
import { SetupForm } from "./SetupForm";

export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await hasUsers()) redirect("/sign-in");
  return (
    <main className="auth-page">
      <section className="card">
        <h1>Set up the owner</h1>
        <p className="muted">
          The first user owns this instance: it manages users and roles and can do everything. There is no default
          password.
        </p>
        <SetupForm />
      </section>
    </main>
  );
}
