import Link from "next/link";

export function AppHeader() {
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        Integration Builder
      </Link>
      <nav aria-label="Main">
        <Link href="/projects">Projects</Link>
        <Link href="/oin-apps">OIN apps</Link>
        <Link href="/audit">Audit</Link>
        <Link href="/settings/tokens">API tokens</Link>
      </nav>
    </header>
  );
}
