// A project's logging: settings and recent lines (GET), new settings (PUT {level, syslog?}).
import { jsonBody, route } from "@/app/api/_lib/respond";
import { recentProjectLogLines } from "@/lib/project-log/lines";
import { getProjectLogging, setProjectLogging } from "@/lib/project-log/settings";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({
  logging: await getProjectLogging(projectId),
  lines: await recentProjectLogLines(projectId),
}));

export const PUT = route<Params>(async (request, { projectId }) => ({
  logging: await setProjectLogging(projectId, await jsonBody(request)),
}));
