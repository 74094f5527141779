// Drag-and-drop of an output field onto an input field (HTML5 drag data between card nodes and the inspector).
import type { Binding, ValueType } from "@/lib/flow/model";

const REF_MIME = "application/x-ib-ref";

export interface DraggedOutput {
  binding: Binding;
  type: ValueType;
  label: string;
}

export function startOutputDrag(event: React.DragEvent, output: DraggedOutput) {
  event.stopPropagation();
  event.dataTransfer.setData(REF_MIME, JSON.stringify(output));
  event.dataTransfer.setData("text/plain", output.label);
  event.dataTransfer.effectAllowed = "link";
}

export function readDraggedOutput(event: React.DragEvent): DraggedOutput | undefined {
  const raw = event.dataTransfer.getData(REF_MIME);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as DraggedOutput;
  } catch {
    return undefined;
  }
}

export const isOutputDrag = (event: React.DragEvent) => event.dataTransfer.types.includes(REF_MIME);
