import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Integration Builder",
  description: "Build, test and submit API integrations",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
