// A page of the current spec's operations: `?offset=&limit=` (at most 500) and `&search=` words.
import { route } from "@/app/api/_lib/respond";
import { notFound } from "@/lib/errors";
import { currentSpecOperations, parseOperationsQuery } from "@/lib/specs-store/operations";

type Params = { projectId: string };

export const GET = route<Params>(async (request, { projectId }) => {
  const params = new URL(request.url).searchParams;
  const query = parseOperationsQuery({
    offset: params.get("offset") ?? undefined,
    limit: params.get("limit") ?? undefined,
    search: params.get("search") ?? undefined,
  });
  const page = await currentSpecOperations(projectId, query);
  if (!page) throw notFound(`A spec for project ${projectId}`);
  return page;
});
