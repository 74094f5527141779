"use client";

import { type FormEvent, useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { formatDate } from "@/app/components/format";
import { FieldError, Problems } from "@/app/components/Problems";
import { INSTANCE_ROLES, type InstanceRole } from "@/lib/accounts/actor";
import type { UserView } from "@/lib/accounts/model";
import type { ProblemDetail } from "@/lib/errors";

export function UsersTable({ users: initial, actorRole }: { users: UserView[]; actorRole: InstanceRole }) {
  const [users, setUsers] = useState(initial);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [status, setStatus] = useState("");
  const byField = problemsByField(problems);
  const assignable = INSTANCE_ROLES.filter((role) => role !== "owner" || actorRole === "owner");

  const changeRole = async (user: UserView, role: string) => {
    setStatus("");
    try {
      const { user: changed } = await callApi<{ user: UserView }>(`/api/users/${encodeURIComponent(user.id)}`, {
        method: "PATCH",
        json: { role },
      });
      setUsers((all) => all.map((each) => (each.id === changed.id ? changed : each)));
      setProblems([]);
      setStatus(`${changed.email} is now ${changed.role}.`);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setStatus("");
    try {
      const { user } = await callApi<{ user: UserView }>("/api/users", {
        json: { email: form.get("email"), password: form.get("password"), role: form.get("role") },
      });
      setUsers((all) => [...all, user]);
      setProblems([]);
      setStatus(`Created ${user.email} (${user.role}): give them their password.`);
      formElement.reset();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };

  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th>Email</th>
            <th>Role</th>
            <th>Since</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>
                <select
                  aria-label={`Role of ${user.email}`}
                  value={user.role}
                  disabled={user.role === "owner" && actorRole !== "owner"}
                  onChange={(event) => changeRole(user, event.target.value)}
                >
                  {INSTANCE_ROLES.filter((role) => assignable.includes(role) || role === user.role).map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </select>
              </td>
              <td>{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status && <p role="status">{status}</p>}
      <Problems title="Not done" problems={problems.filter((problem) => !problem.location?.field)} />
      <h2>Add a user</h2>
      <form onSubmit={create} className="auth-page">
        <label htmlFor="new-email">Email</label>
        <input id="new-email" name="email" type="email" required aria-describedby="new-email-error" />
        <FieldError id="new-email-error" message={byField.email} />
        <label htmlFor="new-password">Initial password</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={12} required />
        <FieldError id="new-password-error" message={byField.password} />
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue="viewer">
          {assignable.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <div className="actions start">
          <button type="submit" className="button primary">
            Add user
          </button>
        </div>
      </form>
    </>
  );
}
