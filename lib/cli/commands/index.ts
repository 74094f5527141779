// The command registry: "words" -> a loader of its module, so each command starts with only what it needs.
import type { CliIo } from "../io";

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  "spec check": () => import("./spec-check").then((module) => module.specCheck),
  "auth generate": () => import("./auth-generate").then((module) => module.authGenerate),
  generate: () => import("./generate").then((module) => module.generate),
  run: () => import("./run").then((module) => module.run),
  contracts: () => import("./contracts").then((module) => module.contracts),
  "actions plan": () => import("./actions").then((module) => module.actionsPlan),
  test: () => import("./test").then((module) => module.test),
  "action add": () => import("./action").then((module) => module.actionAdd),
  "action list": () => import("./action").then((module) => module.actionList),
  validate: () => import("./validate").then((module) => module.validate),
  "project list": () => import("./project").then((module) => module.projectList),
  "project show": () => import("./project").then((module) => module.projectShow),
  "project create": () => import("./project").then((module) => module.projectCreate),
  "project rename": () => import("./project").then((module) => module.projectRename),
  "project delete": () => import("./project").then((module) => module.projectDelete),
  "project link": () => import("./project").then((module) => module.projectLink),
  "project unlink": () => import("./project").then((module) => module.projectUnlink),
  "project export": () => import("./project").then((module) => module.projectExport),
  "project import": () => import("./project").then((module) => module.projectImport),
  "oin-app list": () => import("./oin-app").then((module) => module.oinAppList),
  "oin-app show": () => import("./oin-app").then((module) => module.oinAppShow),
  "oin-app create": () => import("./oin-app").then((module) => module.oinAppCreate),
  "oin-app update": () => import("./oin-app").then((module) => module.oinAppUpdate),
  "oin-app delete": () => import("./oin-app").then((module) => module.oinAppDelete),
  "oin-app start-building": () => import("./oin-app").then((module) => module.oinAppStartBuilding),
  "spec upload": () => import("./spec").then((module) => module.specUpload),
  "spec versions": () => import("./spec").then((module) => module.specVersions),
  "spec diff": () => import("./spec").then((module) => module.specDiff),
  "spec operations": () => import("./spec").then((module) => module.specOperations),
  "auth list": () => import("./auth").then((module) => module.authList),
  "auth mapping": () => import("./auth").then((module) => module.authMapping),
  "connection list": () => import("./connection").then((module) => module.connectionList),
  "connection show": () => import("./connection").then((module) => module.connectionShow),
  "connection create": () => import("./connection").then((module) => module.connectionCreate),
  "connection update": () => import("./connection").then((module) => module.connectionUpdate),
  "connection clone": () => import("./connection").then((module) => module.connectionClone),
  "connection delete": () => import("./connection").then((module) => module.connectionDelete),
  "flow list": () => import("./flow").then((module) => module.flowList),
  "flow export": () => import("./flow").then((module) => module.flowExport),
  "flow import": () => import("./flow").then((module) => module.flowImport),
  "flow enable": () => import("./flow").then((module) => module.flowEnable),
  "flow disable": () => import("./flow").then((module) => module.flowDisable),
  "flow generate-core": () => import("./flow").then((module) => module.flowGenerateCore),
  "flow save": () => import("./flow").then((module) => module.flowSave),
  "flow run": () => import("./flow").then((module) => module.flowRun),
  "flow executions": () => import("./flow").then((module) => module.flowExecutions),
  "flow execution": () => import("./flow").then((module) => module.flowExecution),
};
