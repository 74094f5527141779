"use client";
// The canvas header's ON/OFF: switches the stored flow at once (no Save, no draft) and follows switches made in the
// project panel or the Flows tab while the editor is open.
import { useRights } from "@/app/components/Allowed";
import { useEffect, useState } from "react";
import { FLOWS_CHANGED, type FlowSwitched, setFlowEnabled } from "@/app/components/flow-toggle";
import { useNotice } from "./notice";
import { useEditor } from "./store";

export function FlowSwitch({ enabled }: { enabled: boolean }) {
  const [switching, setSwitching] = useState(false);
  const rights = useRights()("POST /api/flows/[flowId]/enabled", { disabled: switching });
  useEffect(() => {
    const follow = (event: Event) => {
      const detail = (event as CustomEvent<FlowSwitched | undefined>).detail;
      if (detail && detail.flowId === useEditor.getState().flowId) useEditor.getState().setEnabled(detail.enabled);
    };
    window.addEventListener(FLOWS_CHANGED, follow);
    return () => window.removeEventListener(FLOWS_CHANGED, follow);
  }, []);

  // Shown at once; put back if the server refuses.
  const toggle = async (next: boolean) => {
    const editor = useEditor.getState();
    editor.setEnabled(next);
    setSwitching(true);
    const problem = await setFlowEnabled(editor.flowId, next);
    setSwitching(false);
    if (!problem) return;
    useEditor.getState().setEnabled(!next);
    useNotice.getState().show(problem, "error");
  };

  return (
    <label className="ed-check ed-inline">
      <input
        type="checkbox"
        checked={enabled}
        {...rights}
        onChange={(event) => void toggle(event.target.checked)}
        data-testid="flow-enabled"
      />{" "}
      Flow is {enabled ? "ON" : "OFF"}
    </label>
  );
}
