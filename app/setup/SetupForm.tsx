"use client";

import { type FormEvent, useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { PasswordFields, typedPassword } from "@/app/components/PasswordFields";
import { FieldError, Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

export function SetupForm() {
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [busy, setBusy] = useState(false);
  const byField = problemsByField(problems);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const typed = typedPassword(form, "password");
    if ("message" in typed) return setProblems([{ message: typed.message, location: { field: "password" } }]);
    setBusy(true);
    try {
      await callApi("/api/setup", { json: { email: form.get("email"), password: typed.password } });
      window.location.assign("/");
    } catch (error) {
      setProblems(problemsOf(error).problems);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required aria-describedby="email-error" />
      <FieldError id="email-error" message={byField.email} />
      <PasswordFields name="password" label="Password" />
      <FieldError id="password-error" message={byField.password} />
      <Problems title="Setup failed" problems={problems.filter((problem) => !problem.location?.field)} />
      <div className="actions start">
        <button type="submit" className="button primary" disabled={busy}>
          Create owner and sign in
        </button>
      </div>
    </form>
  );
}
