"use client";
// The current project's folders in the left panel: each flow with its ON/OFF switch, its name (opens the editor) and kind.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/app/canvas/api";
import type { FlowSummary } from "@/lib/flows/summary";
import { PROJECT_FOLDERS } from "@/lib/projects/model";
import { useRights } from "./Allowed";
import { FLOWS_CHANGED, setFlowEnabled } from "./flow-toggle";
import { AddActionDialog, actionPageUrl } from "./AddActionDialog";

/** What the panel needs of a project's action: its folders, to show them even while empty. */
interface ActionFolders {
  contract: string;
  folder: string;
  testFolder: string;
}

interface Folder {
  name: string;
  path: string;
  folders: Folder[];
  flows: FlowSummary[];
}

/**
 * Nests "Actions/<contract>/Test Folder" under "Actions"; the project's fixed folders come first, even when empty,
 * and so does every action's folder and Test Folder (`emptyFolders` false: only folders holding a flow).
 */
function folderTree(flows: FlowSummary[], actionFolders: string[], emptyFolders: boolean): Folder {
  const root: Folder = { name: "", path: "", folders: [], flows: [] };
  const folderAt = (path: string) =>
    path
      .split("/")
      .filter(Boolean)
      .reduce((parent, name) => {
        let child = parent.folders.find((folder) => folder.name === name);
        if (!child) {
          child = { name, path: parent.path ? `${parent.path}/${name}` : name, folders: [], flows: [] };
          parent.folders.push(child);
        }
        return child;
      }, root);
  if (emptyFolders) for (const folder of [...PROJECT_FOLDERS, ...actionFolders]) folderAt(folder);
  for (const flow of flows) folderAt(flow.folder).flows.push(flow);
  return root;
}

export function ProjectFlowTree({ projectId, projectName }: { projectId: string; projectName: string }) {
  const pathname = usePathname();
  const base = `/projects/${encodeURIComponent(projectId)}`;
  // Keyed by project so a slow answer for the previous project is never shown under this one.
  const [listing, setListing] = useState<{ projectId: string; flows: FlowSummary[]; actions: ActionFolders[] }>();
  const [addingAction, setAddingAction] = useState(false);
  const [problem, setProblem] = useState<string>();
  // The panel sits outside the project's page: it reads the rights the page published for this project.
  const rights = useRights(projectId);
  const [switching, setSwitching] = useState<string>();
  const [filter, setFilter] = useState("");

  const load = useCallback(async () => {
    try {
      const [answer, actions] = await Promise.all([
        callApi<{ flows: FlowSummary[] }>("GET", `/api${base}/flows`),
        callApi<{ actions: ActionFolders[] }>("GET", `/api${base}/actions`),
      ]);
      if (answer.ok)
        setListing({ projectId, flows: answer.body.flows, actions: actions.ok ? actions.body.actions : [] });
      else setProblem(answer.body.message ?? "Could not load the flows");
    } catch (error) {
      setProblem(`Could not reach the server: ${(error as Error).message}`);
    }
  }, [base, projectId]);
  // Reload on navigation too: the editor and the Flows tab create and rename flows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => void load(), [load, pathname]);
  useEffect(() => {
    const reload = () => void load();
    window.addEventListener(FLOWS_CHANGED, reload);
    return () => window.removeEventListener(FLOWS_CHANGED, reload);
  }, [load]);

  const toggle = async (flow: FlowSummary) => {
    setProblem(undefined);
    setSwitching(flow.id);
    const failure = await setFlowEnabled(flow.id, !flow.enabled);
    setSwitching(undefined);
    if (failure) setProblem(failure);
  };

  const flowItem = (flow: FlowSummary) => {
    const href = `${base}/flows/${encodeURIComponent(flow.id)}`;
    return (
      <li key={flow.id} className="tree-flow" data-testid={`panel-flow-${flow.name}`}>
        <button
          type="button"
          role="switch"
          aria-checked={flow.enabled}
          aria-label={`${flow.name} ON/OFF`}
          className="flow-switch"
          {...rights("POST /api/flows/[flowId]/enabled", { disabled: switching === flow.id })}
          onClick={() => toggle(flow)}
        >
          {flow.enabled ? "ON" : "OFF"}
        </button>
        <Link
          prefetch={false}
          href={href}
          className="tree-item"
          aria-current={pathname === href ? "page" : undefined}
          title={flow.name}
        >
          {flow.name}
        </Link>
        <span className="badge muted flow-kind">{flow.kind}</span>
      </li>
    );
  };

  const actionOf = (path: string) => listing?.actions.find((action) => action.folder === path);
  const folderItem = (folder: Folder) => (
    <li key={folder.path}>
      <details open>
        <summary className="tree-item folder" title={folder.path}>
          {actionOf(folder.path) ? (
            <Link
              prefetch={false}
              href={actionPageUrl(projectId, actionOf(folder.path)!.contract)}
              data-testid={`panel-action-${folder.name}`}
            >
              {folder.name}
            </Link>
          ) : (
            folder.name
          )}
        </summary>
        {(folder.folders.length > 0 || folder.flows.length > 0) && (
          <ul className="tree" aria-label={`Flows in ${folder.path}`}>
            {folder.flows.map(flowItem)}
            {folder.folders.map(folderItem)}
          </ul>
        )}
      </details>
    </li>
  );

  const current = listing?.projectId === projectId ? listing : undefined;
  // Words of the filter, each found in the flow's folder and name, in any letter case.
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (current?.flows ?? []).filter((flow) =>
    words.every((word) => `${flow.folder}/${flow.name}`.toLowerCase().includes(word)),
  );
  const tree = folderTree(
    shown,
    (current?.actions ?? []).flatMap((action) => [action.folder, action.testFolder]),
    words.length === 0,
  );
  return (
    <>
      <input
        type="search"
        className="tree-filter"
        aria-label={`Filter the flows of ${projectName}`}
        placeholder="Filter flows"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {words.length > 0 && shown.length === 0 && <p className="muted small-text">No flow matches.</p>}
      <ul className="tree" aria-label={`Folders of ${projectName}`}>
        {tree.folders.map(folderItem)}
        {tree.flows.map(flowItem)}
      </ul>
      {problem && (
        <p className="error small-text" role="alert">
          {problem}
        </p>
      )}
      <Link prefetch={false} href={`${base}/flows?new`} className="tree-item new-flow">
        + New Flow
      </Link>
      <details className="new-component">
        <summary className="tree-item">New Component</summary>
        <button
          type="button"
          className="tree-item"
          {...rights("POST /api/projects/[projectId]/actions")}
          onClick={() => setAddingAction(true)}
        >
          Add Action
        </button>
      </details>
      {addingAction && <AddActionDialog projectId={projectId} onClose={() => setAddingAction(false)} />}
    </>
  );
}
