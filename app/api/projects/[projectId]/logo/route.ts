import { route } from "@/app/api/_lib/respond";
import { imageResponse, LOGO_UPLOAD_MAX_BYTES, uploadedFile } from "@/app/api/_lib/upload";
import { getProjectLogo, setProjectLogo } from "@/lib/projects/service";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => imageResponse(await getProjectLogo(projectId)));

export const PUT = route<Params>(async (request, { projectId }) => ({
  project: await setProjectLogo(projectId, (await uploadedFile(request, LOGO_UPLOAD_MAX_BYTES)).bytes),
}));

export const POST = PUT;
