"use client";

import { type FormEvent, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

export function SignInForm({ withOidc }: { withOidc: boolean }) {
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      await callApi("/api/auth/sign-in/email", { json: { email: form.get("email"), password: form.get("password") } });
      window.location.assign("/");
    } catch (error) {
      setProblems(problemsOf(error).problems);
      setBusy(false);
    }
  };

  const signInWithOidc = async () => {
    try {
      const { url } = await callApi<{ url: string }>("/api/auth/sign-in/social", {
        json: { provider: "oidc", callbackURL: "/", errorCallbackURL: "/sign-in" },
      });
      window.location.assign(url);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <Problems title="Sign-in failed" problems={problems} />
      <div className="actions start">
        <button type="submit" className="button primary" disabled={busy}>
          Sign in
        </button>
        {withOidc && (
          <button type="button" className="button" onClick={signInWithOidc}>
            Sign in with your organisation
          </button>
        )}
      </div>
    </form>
  );
}
