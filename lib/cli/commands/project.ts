// `ib project ...`: projects in the app's database (lib/projects/service.ts) and their bundles (lib/bundle/project.ts).
import { createProjectAs } from "../../access/creator";
import { exportProject, importBundle, importBundleAsProject, type ImportReport } from "../../bundle/project";
import { projectJourney } from "../../journey/service";
import type { JourneyStep } from "../../journey/steps";
import type { ProjectView } from "../../projects/model";
import {
  deleteProject,
  getProject,
  linkProject,
  listProjects,
  unlinkProject,
  updateProject,
} from "../../projects/service";
import { YES_OPTION, defineCommand, listText, requireYes, required } from "../command";
import { fromFile, readJsonFile, writeJsonFile } from "../files";

const projectLine = (project: ProjectView) =>
  `${project.id}  ${project.name}  [${project.oinApp ? `${project.oinApp.displayName}: ${project.status}` : project.status}]`;

function projectText(project: ProjectView): string {
  return [
    `${project.name} (${project.id})`,
    project.description && `description: ${project.description}`,
    `OIN app: ${project.oinApp ? `${project.oinApp.displayName} (${project.oinApp.id})` : "not linked"}`,
    `status: ${project.status}`,
    `updated: ${project.updatedAt}`,
  ]
    .filter(Boolean)
    .join("\n");
}

const projectOutput = (project: ProjectView, headline?: string) => ({
  result: { project },
  text: headline ? `${headline}\n${projectText(project)}` : projectText(project),
});

function importText(report: ImportReport): string {
  const names = (list: string[]) => (list.length ? list.join(", ") : "none");
  return [
    `auth configurations created: ${names(report.authConfigurations.created)}; updated: ${names(report.authConfigurations.updated)}`,
    `flows created: ${names(report.flows.created)}; updated: ${names(report.flows.updated)}`,
    ...report.warnings.map((warning) => `warning: ${warning}`),
  ].join("\n");
}

const projectsOutput = (projects: ProjectView[]) => ({
  result: { projects },
  text: listText(projects.map(projectLine), "No projects yet."),
});

export const projectList = defineCommand({
  name: "project list",
  usage: "",
  positionals: 0,
  run: async () => projectsOutput(await listProjects()),
  route: {
    call: () => ({}),
    output: (answer) => projectsOutput((answer.json as { projects: ProjectView[] }).projects),
  },
});

export const projectShow = defineCommand({
  name: "project show",
  usage: "PROJECT_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => projectOutput(await getProject(id)),
  route: {
    call: ({ positionals: [projectId] }) => ({
      params: { projectId },
    }),
    output: (answer) => projectOutput((answer.json as { project: ProjectView }).project),
  },
});

const journeyOutput = (journey: { projectId: string; steps: JourneyStep[] }) => ({
  result: journey,
  text: journey.steps.map((step, index) => `${index + 1}. [${step.state}] ${step.title}: ${step.detail}`).join("\n"),
});

export const projectJourneyCommand = defineCommand({
  name: "project journey",
  usage: "PROJECT_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => journeyOutput(await projectJourney(id)),
  route: {
    call: ({ positionals: [projectId] }) => ({ params: { projectId } }),
    output: (answer) => journeyOutput(answer.json as { projectId: string; steps: JourneyStep[] }),
  },
});

export const projectCreate = defineCommand({
  name: "project create",
  usage: "--name NAME [--description TEXT]",
  options: { name: { type: "string" }, description: { type: "string" } },
  positionals: 0,
  run: async ({ values }) =>
    projectOutput(await createProjectAs({ name: values.name, description: values.description }), "Created"),
  route: {
    call: ({ values }) => ({
      body: () => ({ name: values.name, description: values.description }),
    }),
    output: (answer) => projectOutput((answer.json as { project: ProjectView }).project, "Created"),
  },
});

export const projectRename = defineCommand({
  name: "project rename",
  usage: "PROJECT_ID NAME [--description TEXT]",
  options: { description: { type: "string" } },
  positionals: 2,
  run: async ({ values, positionals: [id, name] }) =>
    projectOutput(await updateProject(id, { name, description: values.description }), "Renamed"),
  route: {
    call: ({ values, positionals: [projectId, name] }) => ({
      params: { projectId },
      body: () => ({ name, description: values.description }),
    }),
    output: (answer) => projectOutput((answer.json as { project: ProjectView }).project, "Renamed"),
  },
});

const deletedOutput = (id: string) => ({ result: { ok: true }, text: `Deleted project ${id}.` });

export const projectDelete = defineCommand({
  name: "project delete",
  usage: "PROJECT_ID --yes",
  options: YES_OPTION,
  positionals: 1,
  async run({ values, positionals: [id] }) {
    requireYes(values.yes, `project ${id} and everything in it`);
    await deleteProject(id);
    return deletedOutput(id);
  },
  route: {
    call({ values, positionals: [projectId] }) {
      requireYes(values.yes, `project ${projectId} and everything in it`);
      return { params: { projectId } };
    },
    output: (_answer, { positionals: [id] }) => deletedOutput(id),
  },
});

export const projectLink = defineCommand({
  name: "project link",
  usage: "PROJECT_ID --oin-app OIN_APP_ID",
  options: { "oin-app": { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [id] }) => projectOutput(await linkProject(id, values["oin-app"]), "Linked"),
  route: {
    call: ({ values, positionals: [projectId] }) => ({
      params: { projectId },
      body: () => ({ oinAppId: values["oin-app"] }),
    }),
    output: (answer) => projectOutput((answer.json as { project: ProjectView }).project, "Linked"),
  },
});

export const projectUnlink = defineCommand({
  name: "project unlink",
  usage: "PROJECT_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => projectOutput(await unlinkProject(id), "Unlinked"),
  route: {
    call: ({ positionals: [projectId] }) => ({
      params: { projectId },
    }),
    output: (answer) => projectOutput((answer.json as { project: ProjectView }).project, "Unlinked"),
  },
});

type Bundle = Awaited<ReturnType<typeof exportProject>>;

/** Writes the bundle and says what it holds. */
async function exportedOutput(out: string, bundle: Bundle) {
  await writeJsonFile(out, bundle);
  const counts = {
    authConfigurations: bundle.authConfigurations.length,
    flows: bundle.flows.length,
    tenantVariables: bundle.tenantVariables.length,
  };
  return {
    result: { ok: true, file: out, project: bundle.project, ...counts },
    text: `Wrote ${out}: ${counts.authConfigurations} auth configuration(s), ${counts.flows} flow(s), ${counts.tenantVariables} tenant variable(s).`,
  };
}

export const projectExport = defineCommand({
  name: "project export",
  usage: "PROJECT_ID --out FILE",
  options: { out: { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [id] }) => exportedOutput(required(values.out, "out"), await exportProject(id)),
  route: {
    call({ values, positionals: [projectId] }) {
      required(values.out, "out");
      return { params: { projectId } };
    },
    output: (answer, { values }) => exportedOutput(values.out as string, answer.json as Bundle),
  },
});

export const projectImport = defineCommand({
  name: "project import",
  usage: "FILE [--into PROJECT_ID]",
  options: { into: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const document = await readJsonFile(file);
    const { project, report } = values.into
      ? await fromFile(file, async () => ({
          report: await importBundle(values.into!, document),
          project: await getProject(values.into!),
        }))
      : await importBundleAsProject(document, file);
    return { result: { project, report }, text: `${projectText(project)}\n${importText(report)}` };
  },
});
