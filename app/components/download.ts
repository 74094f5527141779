// Saves the file a route answers as an attachment, without leaving the page (no unload, no unsaved-changes prompt).
export function downloadFrom(url: string): void {
  Object.assign(document.createElement("a"), { href: url, download: "" }).click();
}
