import { route } from "@/app/api/_lib/respond";
import { imageResponse, LOGO_UPLOAD_MAX_BYTES, uploadedFile } from "@/app/api/_lib/upload";
import { getOinAppLogo, setOinAppLogo } from "@/lib/oin/service";

type Params = { oinAppId: string };

export const GET = route<Params>(async (_request, { oinAppId }) => imageResponse(await getOinAppLogo(oinAppId)));

export const PUT = route<Params>(async (request, { oinAppId }) => ({
  oinApp: await setOinAppLogo(oinAppId, (await uploadedFile(request, LOGO_UPLOAD_MAX_BYTES)).bytes),
}));

export const POST = PUT;
