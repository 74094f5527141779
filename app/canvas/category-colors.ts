// Workflows-style title colours per card category.
import type { CardCategory } from "@/lib/cards/types";

export const CATEGORY_COLORS: Record<CardCategory | "Event", string> = {
  Event: "#2f3b52",
  "Flow Control": "#6b4fbb",
  Branching: "#8e44ad",
  "Error Handling": "#c0392b",
  HTTP: "#1769aa",
  Object: "#00796b",
  Text: "#2e7d32",
  Number: "#ef6c00",
  "True/False": "#5d4037",
  List: "#00838f",
  JSON: "#455a64",
  "Date & Time": "#ad1457",
  URL: "#3949ab",
};
