import { pageActor } from "@/app/components/page-actor";
import { ChangePasswordForm } from "./ChangePasswordForm";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await pageActor();
  return (
    <section className="card auth-page">
      <h1>Your account</h1>
      <p>
        {actor.email} · <strong>{actor.role}</strong>
      </p>
      <h2>Change password</h2>
      <ChangePasswordForm />
    </section>
  );
}
