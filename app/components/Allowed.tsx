"use client";
// The signed-in user's rights on this page, by route (computed on the server by lib/routes/allowed.ts from the same
// manifest and policies the routes ask): a control whose route would answer 403 is disabled, the reason on hover.
import { createContext, useContext, useEffect } from "react";
import { create } from "zustand";
import type { RouteKey } from "@/lib/routes/manifest";
import type { AllowedRoutes } from "@/lib/routes/model";

const AllowedContext = createContext<AllowedRoutes>({});

/** Rights published by subject (a project's id), for controls rendered outside its page (the project panel). */
const usePublished = create<Record<string, AllowedRoutes>>(() => ({}));

export function AllowedProvider({
  routes,
  subject,
  children,
}: {
  routes: AllowedRoutes;
  /** The id of what the rights are about, when controls outside this tree need them too. */
  subject?: string;
  children: React.ReactNode;
}) {
  const outer = useContext(AllowedContext);
  useEffect(() => {
    if (subject) usePublished.setState({ [subject]: routes });
  }, [subject, routes]);
  return <AllowedContext.Provider value={{ ...outer, ...routes }}>{children}</AllowedContext.Provider>;
}

/** Props for a control that calls the route: `disabled` and the reason as its `title` when the route would refuse. */
export interface ControlRights {
  disabled: boolean;
  title?: string;
}

/**
 * `rights(route)` for each control, from the page's rights (or those published for `subject`). A route without an
 * answer is left to the server; `busy` adds the control's own reason to be disabled.
 */
export function useRights(
  subject?: string,
): (route: RouteKey, busy?: { disabled: boolean; title?: string }) => ControlRights {
  const page = useContext(AllowedContext);
  const published = usePublished((state) => (subject ? state[subject] : undefined));
  return (route, busy) => {
    const answer = page[route] ?? published?.[route];
    if (answer && !answer.allowed) return { disabled: true, title: answer.reason };
    return { disabled: busy?.disabled ?? false, ...(busy?.title !== undefined && { title: busy.title }) };
  };
}
