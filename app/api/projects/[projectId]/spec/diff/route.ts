// Operations added / removed / changed between two spec versions (?from=&to=; default: the two newest).
import { route } from "@/app/api/_lib/respond";
import { invalid } from "@/lib/errors";
import { diffSpecVersions, latestSpecDiff } from "@/lib/specs-store/store";

function version(value: string | null, field: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw invalid(`${field} must be a spec version number (1, 2, …)`, { field });
  return number;
}

export const GET = route<{ projectId: string }>(async (request, { projectId }) => {
  const query = new URL(request.url).searchParams;
  if (!query.has("from") && !query.has("to")) return { diff: await latestSpecDiff(projectId) };
  return {
    diff: await diffSpecVersions(projectId, version(query.get("from"), "from"), version(query.get("to"), "to")),
  };
});
