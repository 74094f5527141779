import { AppHeader } from "@/app/components/AppHeader";

export const dynamic = "force-dynamic";

export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      <main className="page">{children}</main>
    </>
  );
}
