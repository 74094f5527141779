"use client";

import { callApi } from "./api";

export function SignOutButton() {
  const signOut = async () => {
    await callApi("/api/auth/sign-out", { json: {} }).catch(() => undefined);
    window.location.assign("/sign-in");
  };
  return (
    <button type="button" className="button" onClick={signOut}>
      Sign out
    </button>
  );
}
