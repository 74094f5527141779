// `ib` entry point: dispatches to one module per command (lib/cli/commands/*), loading only that module.
import { processIo, reportFailure, type CliIo } from "./io";
import { remoteTargetFrom, type RemoteTarget } from "./remote-target";
import { COMMANDS } from "./commands";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ib ${name.padEnd(width)}  ${entry.summary}`);
  return `Integration Builder command line\n\nUsage:\n${lines.join("\n")}\n\nRun 'ib <command> --help' for a command's options.\nWith --url URL --token T (or IB_URL, IB_TOKEN) a command with a route runs on that instance; the others work\non the local database file only.`;
}

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  let argv: string[];
  let target: RemoteTarget | undefined;
  try {
    ({ target, rest: argv } = remoteTargetFrom(args));
  } catch (error) {
    return reportFailure(io, error, args.includes("--json"));
  }
  const names = Object.keys(COMMANDS).sort((a, b) => b.split(" ").length - a.split(" ").length);
  const name = names.find((candidate) => {
    const words = candidate.split(" ");
    return words.every((word, i) => argv[i] === word);
  });
  if (!name) {
    io.err(argv.length && argv[0] !== "--help" ? `unknown command: ${argv.join(" ")}\n\n${usage()}` : usage());
    return argv.length && argv[0] !== "--help" ? 2 : 0;
  }
  const command = await COMMANDS[name].load();
  const rest = argv.slice(name.split(" ").length);
  if (rest.includes("--help")) {
    io.out(`ib ${name} ${command.usage}\n\n${COMMANDS[name].summary}`);
    return 0;
  }
  return command.run(rest, io, target);
}
