// The editor's keyboard shortcuts, listed in the help overlay ("?").
export const SHORTCUTS: [string, string][] = [
  ["/", "Search the card palette (↑ ↓ to choose, Enter to insert)"],
  ["Ctrl/⌘ + S", "Save"],
  ["Ctrl/⌘ + Z", "Undo"],
  ["Shift + Ctrl/⌘ + Z", "Redo"],
  ["Ctrl/⌘ + C / X / V", "Copy, cut, paste cards (also between flows and tabs)"],
  ["Ctrl/⌘ + D", "Duplicate selected cards"],
  ["Delete / Backspace", "Delete selected cards"],
  ["Shift + click", "Add a card to the selection; Shift + drag selects an area"],
  ["F2", "Rename the selected card"],
  ["Shift + D", "Disable or enable the selected cards"],
  ["F", "Zoom to fit"],
  ["?", "Show this help"],
];
