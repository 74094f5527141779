import { AllowedProvider } from "@/app/components/Allowed";
import { AppHeader } from "@/app/components/AppHeader";
import { currentActor } from "@/app/components/page-actor";
import { allowedRoutes } from "@/lib/routes/allowed";

export const dynamic = "force-dynamic";

export default async function OinAppsLayout({ children }: { children: React.ReactNode }) {
  return (
    <AllowedProvider routes={await allowedRoutes(await currentActor(), {})}>
      <AppHeader />
      <main className="page">{children}</main>
    </AllowedProvider>
  );
}
