"use client";
// The Logging tab: the project's level (applied from the next run on), its settings as Advanced JSON (syslog
// forwarding), and its recent structured log lines.
import { useRights } from "@/app/components/Allowed";
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";
import { LOG_LEVELS, type LogLevel, type ProjectLogging, type ProjectLogRecord } from "@/lib/project-log/model";

export function LoggingTab(props: {
  projectId: string;
  initialSettings: ProjectLogging;
  initialLines: ProjectLogRecord[];
}) {
  const url = `/api/projects/${props.projectId}/logging`;
  const [settings, setSettings] = useState(props.initialSettings);
  const [lines, setLines] = useState(props.initialLines);
  const [json, setJson] = useState<string | null>(null);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [saved, setSaved] = useState("");
  const canSave = useRights()("PUT /api/projects/[projectId]/logging");

  async function save(body: unknown) {
    try {
      const answer = await callApi<{ logging: ProjectLogging }>(url, { method: "PUT", json: body });
      setSettings(answer.logging);
      setProblems([]);
      setSaved(`Saved: level ${answer.logging.level}, from the next run on.`);
      return true;
    } catch (error) {
      setProblems(problemsOf(error).problems);
      setSaved("");
      return false;
    }
  }

  async function saveJson() {
    let body: unknown;
    try {
      body = JSON.parse(json ?? "");
    } catch (error) {
      setProblems([{ message: `The JSON cannot be read: ${(error as Error).message}`, location: { pointer: "" } }]);
      return;
    }
    if (await save(body)) setJson(null);
  }

  async function refresh() {
    try {
      setLines((await callApi<{ lines: ProjectLogRecord[] }>(url)).lines);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  const forwarding = settings.syslog
    ? `Forwarding to ${settings.syslog.protocol}://${settings.syslog.host}:${settings.syslog.port} (facility ${settings.syslog.facility}, level ${settings.syslog.level}).`
    : "Not forwarded to a syslog server.";

  return (
    <div className="general">
      <section className="card" aria-labelledby="logging-settings-heading">
        <div className="section-heading">
          <h2 id="logging-settings-heading">Logging settings</h2>
          <button type="button" onClick={() => setJson(json === null ? JSON.stringify(settings, null, 2) : null)}>
            {json === null ? "Advanced JSON view" : "Form view"}
          </button>
        </div>
        {json === null ? (
          <>
            <label htmlFor="log-level">Log level</label>
            <select
              id="log-level"
              value={settings.level}
              {...canSave}
              onChange={(event) => save({ level: event.target.value as LogLevel })}
            >
              {LOG_LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
            <p className="hint">
              Runs and HTTP calls (method, URL, status, duration) are logged at info; request and response bodies,
              truncated, at debug. Secrets are redacted. {forwarding}
            </p>
          </>
        ) : (
          <>
            <label htmlFor="logging-json">Logging settings JSON</label>
            <textarea
              id="logging-json"
              rows={12}
              style={{ width: "100%", fontFamily: "monospace" }}
              value={json}
              onChange={(event) => setJson(event.target.value)}
            />
            <p className="hint">
              {`"syslog": { "host", "port", "protocol": "udp" | "tcp", "facility": "user" | "local0"…, "level" }`}{" "}
              forwards lines as RFC 5424; <code>null</code> stops forwarding.
            </p>
            <div className="actions start">
              <button type="button" className="primary" {...canSave} onClick={saveJson}>
                Save
              </button>
            </div>
          </>
        )}
        {saved && (
          <p role="status" className="ok">
            {saved}
          </p>
        )}
        <Problems title="The logging settings were not saved" problems={problems} />
      </section>
      <section className="card" aria-labelledby="log-lines-heading">
        <div className="section-heading">
          <h2 id="log-lines-heading">Recent log lines</h2>
          <button type="button" onClick={refresh}>
            Refresh
          </button>
        </div>
        {lines.length === 0 ? (
          <p className="muted">No log lines yet: run a flow of this project.</p>
        ) : (
          <table className="log-lines">
            <thead>
              <tr>
                <th>Time</th>
                <th>Level</th>
                <th>Event</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ time, level, event, ...fields }, index) => (
                <tr key={`${time}-${index}`}>
                  <td>{time}</td>
                  <td>{level}</td>
                  <td>{event}</td>
                  <td>
                    <code>{JSON.stringify(fields)}</code>
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
