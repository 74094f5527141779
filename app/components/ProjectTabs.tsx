"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { label: "General", path: "" },
  { label: "API Spec", path: "/spec" },
  { label: "Authentication", path: "/authentication" },
  { label: "Connections", path: "/connections" },
  { label: "Flows", path: "/flows" },
  { label: "Logging", path: "/logging" },
  { label: "Validate and submit", path: "/validate" },
];

export function ProjectTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  const active = [...TABS]
    .reverse()
    .find((tab) => (tab.path === "" ? pathname === base : pathname.startsWith(base + tab.path)));
  return (
    <nav aria-label="Project" className="tabs">
      {TABS.map((tab) => (
        <Link
          prefetch={false}
          key={tab.label}
          href={base + tab.path}
          className="tab"
          aria-current={tab === active ? "page" : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
