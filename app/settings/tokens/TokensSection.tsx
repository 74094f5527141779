"use client";
// Personal API tokens: create one (name, scope, expiry) and see its secret once, with a copy button; list and revoke.
import { useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { FieldError, Problems } from "@/app/components/Problems";
import { MAX_TOKEN_DAYS, TOKEN_SCOPES, type ApiTokenView, type CreatedApiToken } from "@/lib/api-tokens/model";
import type { ProblemDetail } from "@/lib/errors";

// UTC and fixed, so the server's render and the browser's agree whatever their time zones.
const date = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "—");

export function TokensSection({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<string>("read");
  const [days, setDays] = useState("30");
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [copied, setCopied] = useState(false);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const errors = problemsByField(problems);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    try {
      const answer = await callApi<CreatedApiToken>("/api/tokens", {
        json: { name, scope, expiresInDays: Number(days) },
      });
      setCreated(answer);
      setCopied(false);
      setTokens([answer.token, ...tokens]);
      setName("");
      setProblems([]);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  async function revoke(id: string) {
    try {
      const { token } = await callApi<{ token: ApiTokenView }>(`/api/tokens/${id}`, { method: "DELETE" });
      setTokens(tokens.map((entry) => (entry.id === id ? token : entry)));
      setProblems([]);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  async function copy(secret: string) {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  }

  return (
    <div className="general">
      <section className="card" aria-labelledby="new-token-heading">
        <h1 id="new-token-heading">API tokens</h1>
        <p className="hint">
          A personal token lets <code>ib --url URL --token TOKEN</code> and CI call this instance&apos;s JSON routes as
          you. Read tokens may only read (GET); write tokens may do everything your role allows.
        </p>
        <form onSubmit={create} className="oin-form" noValidate>
          <label htmlFor="token-name">Name</label>
          <input
            id="token-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="token-name-error"
          />
          <FieldError id="token-name-error" message={errors.name} />
          <label htmlFor="token-scope">Scope</label>
          <select id="token-scope" value={scope} onChange={(event) => setScope(event.target.value)}>
            {TOKEN_SCOPES.map((entry) => (
              <option key={entry}>{entry}</option>
            ))}
          </select>
          <label htmlFor="token-days">Expires in (days, at most {MAX_TOKEN_DAYS})</label>
          <input
            id="token-days"
            type="number"
            min={1}
            max={MAX_TOKEN_DAYS}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            aria-describedby="token-days-error"
          />
          <FieldError id="token-days-error" message={errors.expiresInDays} />
          <div className="actions">
            <button type="submit" className="button primary">
              Create token
            </button>
          </div>
        </form>
        <Problems title="The token was not changed" problems={problems} />
        {created && (
          <div role="status" className="alert">
            <p>
              <strong>Copy the token &quot;{created.token.name}&quot; now: it is not shown again.</strong>
            </p>
            <code data-testid="new-token">{created.secret}</code>{" "}
            <button type="button" onClick={() => copy(created.secret)}>
              {copied ? "Copied" : "Copy"}
            </button>{" "}
            <button type="button" onClick={() => setCreated(null)}>
              Done
            </button>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your tokens</h2>
        {tokens.length === 0 ? (
          <p className="muted">No tokens yet.</p>
        ) : (
          <table className="table tokens">
            <thead>
              <tr>
                <th>Name</th>
                <th>Token</th>
                <th>Scope</th>
                <th>Created</th>
                <th>Expires</th>
                <th>Last used</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{token.scope}</td>
                  <td>{date(token.createdAt)}</td>
                  <td>{date(token.expiresAt)}</td>
                  <td>{date(token.lastUsedAt)}</td>
                  <td>
                    <span className="badge">{token.status}</span>
                  </td>
                  <td>
                    {token.status === "active" && (
                      <button type="button" onClick={() => revoke(token.id)} aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
