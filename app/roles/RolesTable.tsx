"use client";
// The Roles page: every project's roles (admin, one per HTTP verb) with their holders, filtered by project; a role is
// granted to a user by email and revoked from a holder.
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { ProjectRoleView } from "@/lib/access/model";
import type { ProblemDetail } from "@/lib/errors";

interface ProjectOption {
  id: string;
  name: string;
}

const roleValue = (role: ProjectRoleView) => `${role.project.id} ${role.key}`;

export function RolesTable(props: {
  projects: ProjectOption[];
  initialFilter: string;
  initialRoles: ProjectRoleView[];
}) {
  const [filter, setFilter] = useState(props.initialFilter);
  const [roles, setRoles] = useState(props.initialRoles);
  const [chosen, setChosen] = useState("");
  const [email, setEmail] = useState("");
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [status, setStatus] = useState("");

  async function load(project: string) {
    const query = project ? `?project=${encodeURIComponent(project)}` : "";
    setRoles((await callApi<{ roles: ProjectRoleView[] }>(`/api/roles${query}`)).roles);
  }

  async function changeFilter(project: string) {
    setFilter(project);
    setChosen("");
    window.history.replaceState(null, "", project ? `/roles?project=${encodeURIComponent(project)}` : "/roles");
    try {
      await load(project);
      setProblems([]);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  async function change(action: "grant" | "revoke", role: ProjectRoleView, user: string) {
    try {
      const answer = await callApi<{ role: ProjectRoleView }>(`/api/roles/${action}`, {
        json: { role: role.key, projectId: role.project.id, email: user },
      });
      await load(filter);
      setProblems([]);
      setStatus(
        action === "grant"
          ? `Granted ${answer.role.name} to ${user.trim().toLowerCase()}.`
          : `Revoked ${answer.role.name} from ${user}.`,
      );
      if (action === "grant") setEmail("");
    } catch (error) {
      setProblems(problemsOf(error).problems);
      setStatus("");
    }
  }

  const granting = roles.find((role) => roleValue(role) === chosen);

  return (
    <div className="general">
      <section className="card" aria-labelledby="roles-heading">
        <div className="section-heading">
          <h1 id="roles-heading">Roles</h1>
          <div>
            <label htmlFor="roles-project">Project</label>
            <select id="roles-project" value={filter} onChange={(event) => changeFilter(event.target.value)}>
              <option value="">All projects</option>
              {props.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint">
          Each project has an admin role and one role per HTTP verb its spec and flows use. Running a flow needs the
          role of every verb it sends through the connection; the admin role holds them all. Instance owners and admins
          hold every role.
        </p>
        {roles.length === 0 ? (
          <p className="muted">No projects yet, so no roles.</p>
        ) : (
          <table className="table roles">
            <thead>
              <tr>
                <th>Role</th>
                <th>Project</th>
                <th>Held by</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={roleValue(role)}>
                  <td>
                    {role.name}
                    {!role.inUse && <span className="muted"> (no longer used by the spec or flows)</span>}
                  </td>
                  <td>{role.project.name}</td>
                  <td>
                    {role.holderCount === 0 && <span className="muted">nobody</span>}
                    {role.holders.map((holder) => (
                      <span key={holder.email} className="badge">
                        {holder.email}{" "}
                        <button
                          type="button"
                          aria-label={`Revoke ${role.name} from ${holder.email}`}
                          onClick={() => change("revoke", role, holder.email)}
                        >
                          Revoke
                        </button>
                      </span>
                    ))}
                    {role.holderCount > role.holders.length && (
                      <span className="muted">
                        {role.holders.length > 0 ? " and " : ""}
                        {role.holderCount - role.holders.length} other holder(s)
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="grant-heading">
        <h2 id="grant-heading">Grant a role</h2>
        <label htmlFor="grant-role">Role</label>
        <select id="grant-role" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">Choose a role</option>
          {roles.map((role) => (
            <option key={roleValue(role)} value={roleValue(role)}>
              {role.name}
            </option>
          ))}
        </select>
        <label htmlFor="grant-email">User email</label>
        <input id="grant-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        <div className="actions start">
          <button
            type="button"
            className="primary"
            disabled={!granting}
            onClick={() => granting && change("grant", granting, email)}
          >
            Grant
          </button>
        </div>
        {status && (
          <p role="status" className="ok">
            {status}
          </p>
        )}
        <Problems title="The roles were not changed" problems={problems} />
      </section>
    </div>
  );
}
