"use client";
import { describeLocation } from "@/lib/errors";
import type { SpecOverview, SpecVersionSummary, SpecDiff } from "@/lib/specs-store/model";
import type { OperationIndex } from "@/lib/spec/types";
import { formatDate } from "@/app/components/format";
import { OperationsBrowser } from "./OperationsBrowser";
import { SpecUpload } from "./SpecUpload";

type Props = { projectId: string; spec: SpecOverview | null; versions: SpecVersionSummary[]; diff: SpecDiff | null };

export function SpecTab({ projectId, spec, versions, diff }: Props) {
  if (!spec) return <SpecUpload projectId={projectId} replacing={false} />;
  const { index, warnings } = spec;
  return (
    <div className="spec-layout">
      <div className="spec-main">
        <section className="card" aria-labelledby="spec-heading">
          <h2 id="spec-heading">{index.title}</h2>
          <dl className="details">
            <dt>OpenAPI version</dt>
            <dd>{index.oasVersion}</dd>
            <dt>API version</dt>
            <dd>{index.version}</dd>
            <dt>File</dt>
            <dd>
              {spec.fileName} (version {spec.version}, uploaded {formatDate(spec.createdAt)})
            </dd>
            <dt>Contents</dt>
            <dd>
              {count(spec.operationCount, "operation")}, {count(index.securitySchemes.length, "security scheme")},{" "}
              {count(index.servers.length, "server")}, {count(index.webhooks.length, "webhook")}
            </dd>
          </dl>
        </section>

        {diff && <DiffView diff={diff} />}

        <section className="card" aria-labelledby="servers-heading">
          <h2 id="servers-heading">Servers</h2>
          {index.servers.length === 0 ? (
            <p className="muted">No servers declared: requests are relative to where the spec is hosted.</p>
          ) : (
            <ul className="plain">
              {index.servers.map((server) => (
                <li key={server.url}>
                  <code>{server.url}</code>
                  {server.description && <span className="muted"> — {server.description}</span>}
                  {Object.entries(server.variables).map(([name, variable]) => (
                    <div key={name} className="muted small-text">
                      <code>{`{${name}}`}</code> default <code>{variable.default}</code>
                      {variable.enum && <> (one of {variable.enum.join(", ")})</>}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="schemes-heading">
          <h2 id="schemes-heading">Security schemes</h2>
          {index.securitySchemes.length === 0 ? (
            <p className="muted">This spec declares no security schemes.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Type</th>
                  <th>Details</th>
                </tr>
              </thead>
              <tbody>
                {index.securitySchemes.map((scheme) => (
                  <tr key={scheme.name}>
                    <td>{scheme.name}</td>
                    <td>{scheme.type}</td>
                    <td className="muted">
                      {[
                        scheme.scheme && `scheme ${scheme.scheme}`,
                        scheme.in && `${scheme.paramName ?? ""} in ${scheme.in}`,
                        scheme.flows?.map((flow) => flow.flow).join(", "),
                        scheme.openIdConnectUrl,
                      ]
                        .filter(Boolean)
                        .join("; ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <OperationsBrowser key={spec.id} projectId={projectId} total={spec.operationCount} />
        <SpecUpload projectId={projectId} replacing />
        {versions.length > 1 && <Versions versions={versions} />}
      </div>

      <aside className="card spec-warnings" aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">Warnings ({warnings.length})</h2>
        {warnings.length === 0 ? (
          <p className="muted">No warnings.</p>
        ) : (
          <ul className="plain">
            {warnings.map((warning, i) => (
              <li key={i} className="warning-item">
                {warning.location && <code className="location">{describeLocation(warning.location)}</code>}
                <span>{warning.message}</span>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const label = (operation: OperationIndex) => `${operation.method.toUpperCase()} ${operation.path}`;

function DiffView({ diff }: { diff: SpecDiff }) {
  const unchanged = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section className="card" aria-labelledby="diff-heading">
      <h2 id="diff-heading">
        Changes from version {diff.from} to {diff.to}
      </h2>
      {unchanged ? (
        <p className="muted">No operations were added, removed or changed.</p>
      ) : (
        <div className="diff">
          <DiffList
            title={`Added (${diff.added.length})`}
            className="added"
            items={diff.added.map((op) => ({ key: label(op), text: label(op) }))}
          />
          <DiffList
            title={`Removed (${diff.removed.length})`}
            className="removed"
            items={diff.removed.map((op) => ({ key: label(op), text: label(op) }))}
          />
          <DiffList
            title={`Changed (${diff.changed.length})`}
            className="changed"
            items={diff.changed.map((change) => ({
              key: label(change.after),
              text: `${label(change.after)}: ${change.changes.join("; ")}`,
            }))}
          />
        </div>
      )}
    </section>
  );
}

function DiffList({
  title,
  className,
  items,
}: {
  title: string;
  className: string;
  items: { key: string; text: string }[];
}) {
  return (
    <div className={`diff-list ${className}`}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <ul className="plain">
          {items.map((item) => (
            <li key={item.key}>
              <code>{item.text}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Versions({ versions }: { versions: SpecVersionSummary[] }) {
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <table className="table">
        <thead>
          <tr>
            <th>Version</th>
            <th>File</th>
            <th>Title</th>
            <th>Operations</th>
            <th>Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version}>
              <td>{version.version}</td>
              <td>{version.fileName}</td>
              <td>{version.title}</td>
              <td>{version.operationCount}</td>
              <td>{formatDate(version.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
