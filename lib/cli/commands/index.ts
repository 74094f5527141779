// The command registry: "words" -> command module.
import type { CliIo } from "../io";

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, CliCommand> = {};
