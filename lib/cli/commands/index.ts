// The command registry: "words" -> command module.
import type { CliIo } from "../io";
import { specCheck } from "./spec-check";
import { authGenerate } from "./auth-generate";
import { generate } from "./generate";
import { run } from "./run";
import { projectCreate, projectDelete, projectExport, projectImport, projectLink, projectList, projectRename, projectShow, projectUnlink } from "./project";
import { oinAppCreate, oinAppDelete, oinAppList, oinAppShow, oinAppStartBuilding, oinAppUpdate } from "./oin-app";
import { specDiff, specOperations, specUpload, specVersions } from "./spec";
import { authList, authMapping } from "./auth";
import { connectionClone, connectionCreate, connectionDelete, connectionList, connectionShow, connectionUpdate } from "./connection";
import { flowExecutions, flowExport, flowGenerateCore, flowImport, flowList, flowRun } from "./flow";

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, CliCommand> = {
  "spec check": specCheck,
  "auth generate": authGenerate,
  generate,
  run,
  "project list": projectList,
  "project show": projectShow,
  "project create": projectCreate,
  "project rename": projectRename,
  "project delete": projectDelete,
  "project link": projectLink,
  "project unlink": projectUnlink,
  "project export": projectExport,
  "project import": projectImport,
  "oin-app list": oinAppList,
  "oin-app show": oinAppShow,
  "oin-app create": oinAppCreate,
  "oin-app update": oinAppUpdate,
  "oin-app delete": oinAppDelete,
  "oin-app start-building": oinAppStartBuilding,
  "spec upload": specUpload,
  "spec versions": specVersions,
  "spec diff": specDiff,
  "spec operations": specOperations,
  "auth list": authList,
  "auth mapping": authMapping,
  "connection list": connectionList,
  "connection show": connectionShow,
  "connection create": connectionCreate,
  "connection update": connectionUpdate,
  "connection clone": connectionClone,
  "connection delete": connectionDelete,
  "flow list": flowList,
  "flow export": flowExport,
  "flow import": flowImport,
  "flow generate-core": flowGenerateCore,
  "flow run": flowRun,
  "flow executions": flowExecutions,
};
