// `ib project logging`: a project's log level, syslog forwarding and recent lines (lib/project-log/).
import { recentProjectLogLines } from "../../project-log/lines";
import type { ProjectLogging, ProjectLogRecord } from "../../project-log/model";
import { getProjectLogging, setProjectLogging } from "../../project-log/settings";
import { positiveIntegerText } from "../../body";
import { defineCommand, listText } from "../command";
import { readJsonFile } from "../files";

function settingsText({ level, syslog }: ProjectLogging): string {
  const forwarding = syslog
    ? `${syslog.protocol}://${syslog.host}:${syslog.port} facility ${syslog.facility}, level ${syslog.level}`
    : "off";
  return `level: ${level}\nsyslog: ${forwarding}`;
}

const lineText = ({ time, level, event, ...fields }: ProjectLogRecord) =>
  `${time} ${level.toUpperCase().padEnd(5)} ${event} ${JSON.stringify(fields)}`;

export const projectLogging = defineCommand({
  name: "project logging",
  usage: "PROJECT_ID [--level error|warn|info|debug] [--settings FILE.json] [--lines N]",
  options: { level: { type: "string" }, settings: { type: "string" }, lines: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [id] }) {
    const document = values.settings ? await readJsonFile(values.settings) : {};
    // --level wins over the file's level; a file that is not an object is refused by setProjectLogging.
    const changes =
      values.level !== undefined && document && typeof document === "object" && !Array.isArray(document)
        ? { ...document, level: values.level }
        : document;
    const changed = values.settings !== undefined || values.level !== undefined;
    const logging = changed ? await setProjectLogging(id, changes) : await getProjectLogging(id);
    if (values.lines === undefined) return { result: { logging }, text: settingsText(logging) };
    const lines = await recentProjectLogLines(id, positiveIntegerText(values.lines, "--lines", "a number of lines"));
    return {
      result: { logging, lines },
      text: `${settingsText(logging)}\n${listText(lines.map(lineText), "No log lines yet.")}`,
    };
  },
});
