/** Dates as people read them, the same on server and client (fixed locale and time zone). */
export function formatDate(iso: string): string {
  return `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
