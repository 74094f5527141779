import { redirect } from "next/navigation";
import { currentActor } from "@/app/components/page-actor";
import { oidcSettings } from "@/lib/accounts/oidc";
import { hasUsers } from "@/lib/accounts/users";
import { SignInForm } from "./SignInForm";

export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (!(await hasUsers())) redirect("/setup");
  if (await currentActor()) redirect("/");
  return (
    <main className="auth-page">
      <section className="card">
        <h1>Sign in</h1>
        <SignInForm withOidc={Boolean(oidcSettings())} />
      </section>
    </main>
  );
}
