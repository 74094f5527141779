"use client";
// The project's flows by folder with ON/OFF toggles; + New Flow with Add event; import and export as JSON.
import { useRights } from "@/app/components/Allowed";
import { useEffect, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import type { Flow } from "@/lib/flow/model";
import type { FlowSummary } from "@/lib/flows/summary";
import { callApi, type StoredFlowAnswer } from "@/app/canvas/api";
import { downloadFrom } from "@/app/components/download";
import { FLOWS_CHANGED } from "@/app/components/flow-toggle";
import { FlowOnOffCell } from "@/app/components/FlowOnOffCell";
import { describeLocation, type ProblemDetail } from "@/lib/errors";
import { CONTRACT_NAMES } from "@/lib/contracts/catalog";
import { EVENT_CHOICES, newFlowDocument } from "./new-flow";
import "@/app/canvas/canvas.css";

const ACTION_CHOICE = EVENT_CHOICES.findIndex((choice) => choice.kind === "action");

/**
 * `startAdding`: opened from a "+ New Flow" link elsewhere (`?new`), so the Add event form shows at once;
 * `contract`: from an action's Flows tab, so the action event of that contract is chosen.
 */
export function FlowsPanel({
  projectId,
  flows,
  startAdding = false,
  contract: startContract,
}: {
  projectId: string;
  flows: FlowSummary[];
  startAdding?: boolean;
  contract?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [adding, setAdding] = useState(startAdding);
  const [choice, setChoice] = useState(startContract ? ACTION_CHOICE : 0);
  const [contract, setContract] = useState(startContract ?? CONTRACT_NAMES[0]);
  const [name, setName] = useState(startContract ?? EVENT_CHOICES[0].name);
  const [message, setMessage] = useState<string | null>(null);
  const rights = useRights();
  useEffect(() => setAdding(startAdding), [startAdding]);
  // Flows switched in the project panel (or imported here): reload the list.
  useEffect(() => {
    const reload = () => router.refresh();
    window.addEventListener(FLOWS_CHANGED, reload);
    return () => window.removeEventListener(FLOWS_CHANGED, reload);
  }, [router]);
  const folders = [...new Set(["Shared Folder", "Actions", ...flows.map((flow) => flow.folder)])];

  const create = async (flow: Flow) => {
    const answer = await callApi<StoredFlowAnswer>(
      "POST",
      `/api/projects/${encodeURIComponent(projectId)}/flows`,
      flow,
    );
    if (!answer.ok) {
      setMessage(answer.body.message ?? `Could not create the flow (${answer.status})`);
      return undefined;
    }
    return answer.body.flow.id;
  };

  /** An action flow is made from its contract: typed event body and Return Outputs of the contract's outputs. */
  const createAction = async (contractName: string, flowName: string) => {
    const answer = await callApi<StoredFlowAnswer>(
      "POST",
      `/api/projects/${encodeURIComponent(projectId)}/actions/flows`,
      { contract: contractName, name: flowName },
    );
    if (!answer.ok) {
      setMessage(answer.body.message ?? `Could not create the flow (${answer.status})`);
      return undefined;
    }
    window.dispatchEvent(new Event(FLOWS_CHANGED));
    return answer.body.flow.id;
  };

  const base = `/api/projects/${encodeURIComponent(projectId)}/flows`;
  const exportFolder = (folder: string) => downloadFrom(`${base}/export?folder=${encodeURIComponent(folder)}`);

  const importFile = async (file: File) => {
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      return setMessage(`${file.name} is not JSON: ${(error as Error).message}`);
    }
    const answer = await callApi<{ flows: unknown[]; errors?: ProblemDetail[] }>("POST", `${base}/import`, document);
    if (!answer.ok) {
      const where = (answer.body.errors ?? []).map((problem) =>
        `${problem.message} (${describeLocation(problem.location)})`.replace(" ()", ""),
      );
      return setMessage([answer.body.message ?? `Import failed (${answer.status})`, ...where.slice(0, 5)].join(" · "));
    }
    setMessage(`Imported ${answer.body.flows.length} flow(s)`);
    window.dispatchEvent(new Event(FLOWS_CHANGED));
  };

  return (
    <section className="flows-panel" data-testid="flows-panel">
      <div className="ed-actions">
        <button
          type="button"
          className="primary"
          {...rights("POST /api/projects/[projectId]/flows")}
          onClick={() => setAdding(true)}
        >
          + New Flow
        </button>
        <label className="ed-inline">
          Import JSON{" "}
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import flows"
            {...rights("POST /api/projects/[projectId]/flows/import")}
            onChange={(event) => event.target.files?.[0] && importFile(event.target.files[0])}
          />
        </label>
      </div>
      {message && (
        <p className="ed-note" role="status">
          {message}
        </p>
      )}
      {adding && (
        <form
          className="ed-dialog"
          aria-label="Add event"
          onSubmit={async (event) => {
            event.preventDefault();
            const picked = EVENT_CHOICES[choice];
            const id =
              picked.kind === "action"
                ? await createAction(contract, name.trim() || contract)
                : await create(newFlowDocument(picked.kind, name.trim() || picked.name, picked.folder));
            if (id) router.push(`/projects/${encodeURIComponent(projectId)}/flows/${encodeURIComponent(id)}`);
          }}
        >
          <h3>Add event</h3>
          <div className="event-choices" role="radiogroup" aria-label="Event">
            {EVENT_CHOICES.map((event, index) => (
              <label key={event.kind} className="ed-check">
                <input
                  type="radio"
                  name="event"
                  checked={choice === index}
                  onChange={() => {
                    setChoice(index);
                    setName(event.kind === "action" ? contract : event.name);
                  }}
                />{" "}
                {event.label}
              </label>
            ))}
          </div>
          {EVENT_CHOICES[choice].kind === "action" && (
            <label>
              Contract
              <select
                aria-label="Contract"
                value={contract}
                onChange={(event) => {
                  setContract(event.target.value);
                  setName(event.target.value);
                }}
              >
                {CONTRACT_NAMES.map((contractName) => (
                  <option key={contractName}>{contractName}</option>
                ))}
              </select>
            </label>
          )}
          <label>
            Flow name
            <input aria-label="New flow name" value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <div className="ed-actions">
            <button className="primary" type="submit" {...rights("POST /api/projects/[projectId]/flows")}>
              Create flow
            </button>
            <button type="button" onClick={() => (startAdding ? router.replace(pathname) : setAdding(false))}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {folders.map((folder) => (
        <div key={folder} className="flows-folder">
          <h3>
            {folder}{" "}
            <button
              type="button"
              className="ed-small"
              onClick={() => exportFolder(folder)}
              aria-label={`Export ${folder}`}
            >
              Export
            </button>
          </h3>
          <table>
            <tbody>
              {flows
                .filter((flow) => flow.folder === folder)
                .map((flow) => (
                  <tr key={flow.id} data-testid={`flow-row-${flow.name}`}>
                    <FlowOnOffCell flow={flow} onProblem={setMessage} />
                    <td>
                      <a href={`/projects/${encodeURIComponent(projectId)}/flows/${encodeURIComponent(flow.id)}`}>
                        {flow.name}
                      </a>
                    </td>
                    <td className="ed-note">
                      {flow.kind}
                      {flow.edited ? " · edited" : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
