"use client";

import { type FormEvent, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { PasswordFields, typedPassword } from "@/app/components/PasswordFields";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

export function ChangePasswordForm() {
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setDone(false);
    const typed = typedPassword(form, "newPassword");
    if ("message" in typed) return setProblems([{ message: typed.message }]);
    try {
      await callApi("/api/auth/change-password", {
        json: { currentPassword: form.get("currentPassword"), newPassword: typed.password },
      });
      setProblems([]);
      setDone(true);
      formElement.reset();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor="currentPassword">Current password</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      <PasswordFields name="newPassword" label="New password" />
      <Problems title="The password was not changed" problems={problems} />
      {done && <p role="status">Password changed; your other sessions were signed out and your API tokens revoked.</p>}
      <div className="actions start">
        <button type="submit" className="button primary">
          Change password
        </button>
      </div>
    </form>
  );
}
