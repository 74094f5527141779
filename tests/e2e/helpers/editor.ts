// Shared setup for the flow editor's browser tests: projects and flows through the JSON routes (fixture data only),
// and the few UI gestures every editor test repeats.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Card, FieldSpec, Flow } from "../../../lib/flow/model";

export const EDITOR_VIEWPORT = { width: 1800, height: 1000 };

export async function post<T>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const answer = await request.post(url, { data });
  expect(answer.ok(), `${url}: ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

export async function createProject(request: APIRequestContext, name: string): Promise<string> {
  return (await post<{ project: { id: string } }>(request, "/api/projects", { name })).project.id;
}

/** A helper flow document with the given event inputs and cards. */
export function helperFlow(
  name: string,
  cards: Card[] = [],
  inputs: FieldSpec[] = [{ key: "name", type: { type: "text" } }],
): Flow {
  return {
    schemaVersion: 1,
    name,
    kind: "helper",
    folder: "Shared Folder",
    enabled: false,
    saveAllData: true,
    version: 1,
    event: { type: "helperFlow", options: [], inputs, outputs: [] },
    cards,
  } as Flow;
}

export async function createFlow(request: APIRequestContext, projectId: string, flow: Flow): Promise<string> {
  return (await post<{ flow: { id: string } }>(request, `/api/projects/${projectId}/flows`, flow)).flow.id;
}

export async function storedFlow(request: APIRequestContext, flowId: string): Promise<Flow> {
  const answer = await request.get(`/api/flows/${flowId}`);
  expect(answer.ok()).toBe(true);
  return (await answer.json()).flow.flow as Flow;
}

export async function flowIdByName(request: APIRequestContext, projectId: string, name: string): Promise<string> {
  const { flows } = (await (await request.get(`/api/projects/${projectId}/flows`)).json()) as {
    flows: { id: string; name: string }[];
  };
  const found = flows.find((flow) => flow.name === name);
  expect(found, `flow ${name} among ${flows.map((flow) => flow.name).join(", ")}`).toBeTruthy();
  return found!.id;
}

export async function openEditor(page: Page, projectId: string, flowId: string) {
  await page.goto(`/projects/${projectId}/flows/${flowId}`);
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
}

export async function insertFromPalette(page: Page, search: string) {
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  await expect(page.getByTestId("palette-search")).toBeFocused();
  await page.keyboard.type(search);
  await page.keyboard.press("Enter");
}

export async function save(page: Page, version: number) {
  await page.getByTestId("save").click();
  await expect(page.getByText(`v${version} · saved`)).toBeVisible();
}
