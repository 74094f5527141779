// Operations added / removed / changed between two spec versions (?from=&to=; default: the two newest).
import { route } from "@/app/api/_lib/respond";
import { positiveIntegerText } from "@/lib/body";
import { diffSpecVersions, latestSpecDiff } from "@/lib/specs-store/store";

export const GET = route<{ projectId: string }>(async (request, { projectId }) => {
  const query = new URL(request.url).searchParams;
  if (!query.has("from") && !query.has("to")) return { diff: await latestSpecDiff(projectId) };
  const from = positiveIntegerText(query.get("from"), "from", "a spec version number");
  const to = positiveIntegerText(query.get("to"), "to", "a spec version number");
  return { diff: await diffSpecVersions(projectId, from, to) };
});
