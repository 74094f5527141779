// One-line messages the editor shows briefly (a refused mapping, a paste that dropped references...).
import { create } from "zustand";

interface NoticeState {
  text: string | null;
  tone: "info" | "error";
  show(text: string, tone?: "info" | "error"): void;
  clear(): void;
}

export const useNotice = create<NoticeState>()((set) => ({
  text: null,
  tone: "info",
  show: (text, tone = "info") => set({ text, tone }),
  clear: () => set({ text: null }),
}));
