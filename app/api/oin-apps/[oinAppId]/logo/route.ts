import { route } from "@/app/api/_lib/respond";
import { imageResponse, uploadedFile } from "@/app/api/_lib/upload";
import { getOinAppLogo, setOinAppLogo } from "@/lib/oin/service";

type Params = { oinAppId: string };

export const GET = route<Params>(async (_request, { oinAppId }) => imageResponse(await getOinAppLogo(oinAppId)));

export const PUT = route<Params>(async (request, { oinAppId }) => ({
  oinApp: await setOinAppLogo(oinAppId, (await uploadedFile(request)).bytes),
}));

export const POST = PUT;
