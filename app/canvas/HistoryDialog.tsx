"use client";
// Saved versions of the flow: view one's differences from the editor's document and restore it (an undoable edit).
import { useEffect, useState } from "react";
import type { Flow } from "@/lib/flow/model";
import { diffFlows, type FlowDiff } from "@/lib/flow-diff";
import { describeBinding } from "./describe";
import { callApi, flowUrl } from "./api";
import { useEditor } from "./store";
import { Loading } from "@/app/components/Loading";

function DiffView({ diff }: { diff: FlowDiff }) {
  const cards = useEditor.getState().cards;
  if (diff.identical) return <p>Same as the editor's flow.</p>;
  return (
    <ul className="ed-diff" data-testid="version-diff">
      {diff.flow.map((property) => (
        <li key={property}>Flow {property} changed</li>
      ))}
      {diff.added.map((card) => (
        <li key={`+${card.id}`} className="ed-added">
          + {card.title}
        </li>
      ))}
      {diff.removed.map((card) => (
        <li key={`-${card.id}`} className="ed-removed">
          − {card.title}
        </li>
      ))}
      {diff.changed.map((change) => (
        <li key={`~${change.id}`}>
          ~ {change.title}
          {change.properties.length > 0 && `: ${change.properties.join(", ")}`}
          {change.moved && " (moved)"}
          {change.mappings.map((mapping) => (
            <div key={mapping.field} className="ed-note">
              {mapping.field}: {describeBinding(mapping.before, cards) || "∅"} →{" "}
              {describeBinding(mapping.after, cards) || "∅"}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function HistoryDialog({ onClose }: { onClose(): void }) {
  const flowId = useEditor((state) => state.flowId);
  const [versions, setVersions] = useState<{ version: number; createdAt: string }[] | null>(null);
  const [problem, setProblem] = useState<string>();
  const [chosen, setChosen] = useState<{ version: number; flow: Flow } | null>(null);

  useEffect(() => {
    void callApi<{ versions: { version: number; createdAt: string }[] }>("GET", `${flowUrl(flowId)}/versions`).then(
      (answer) => (answer.ok ? setVersions(answer.body.versions) : setProblem("The versions could not be loaded.")),
    );
  }, [flowId]);

  const open = async (version: number) => {
    const answer = await callApi<{ version: { version: number; flow: Flow } }>(
      "GET",
      `${flowUrl(flowId)}/versions/${version}`,
    );
    if (answer.ok) setChosen({ version, flow: answer.body.version.flow });
  };

  return (
    <div className="ed-dialog" role="dialog" aria-label="Version history" data-testid="history-dialog">
      <h3>Version history</h3>
      {!versions && !problem && <Loading what="versions" />}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ul className="ed-history">
        {versions?.map((item) => (
          <li key={item.version}>
            <button type="button" className="ed-small" onClick={() => open(item.version)}>
              Version {item.version}
            </button>{" "}
            {new Date(item.createdAt).toLocaleString()}
          </li>
        ))}
      </ul>
      {chosen && (
        <>
          <h4>Version {chosen.version} → the editor&apos;s flow</h4>
          <DiffView diff={diffFlows(chosen.flow, useEditor.getState().flow)} />
          <button
            type="button"
            onClick={() => {
              useEditor.getState().apply((flow) => ({ ...chosen.flow, version: flow.version }));
              onClose();
            }}
          >
            Restore version {chosen.version}
          </button>
        </>
      )}
      <div className="ed-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
