"use client";
// How long audit events are kept: the saved setting wins over IB_AUDIT_RETENTION_DAYS; older events go at the next write.
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { AuditRetention } from "@/lib/audit/model";
import type { ProblemDetail } from "@/lib/errors";

export function RetentionForm({ initial }: { initial: AuditRetention }) {
  const [retention, setRetention] = useState(initial);
  const [days, setDays] = useState(String(initial.days));
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [saved, setSaved] = useState("");

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      const answer = await callApi<AuditRetention>("/api/audit/retention", {
        method: "PUT",
        json: { days: Number(days) },
      });
      setRetention(answer);
      setProblems([]);
      setSaved(`Saved: events are kept ${answer.days} day(s).`);
    } catch (error) {
      setProblems(problemsOf(error).problems);
      setSaved("");
    }
  }

  return (
    <section className="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      <p className="hint">
        Events are kept {retention.days} day(s) (
        {retention.source === "setting"
          ? "this setting"
          : retention.source === "env"
            ? "IB_AUDIT_RETENTION_DAYS"
            : "the default"}
        ).
      </p>
      <form onSubmit={save} noValidate>
        <label htmlFor="retention-days">Keep events for (days)</label>
        <input
          id="retention-days"
          type="number"
          min={1}
          value={days}
          onChange={(event) => setDays(event.target.value)}
        />
        <button type="submit" className="button primary">
          Save retention
        </button>
      </form>
      <Problems title="The retention was not changed" problems={problems} />
      {saved && <p role="status">{saved}</p>}
    </section>
  );
}
