/** `kemu-agent`: the same as `kemu agent`, as its own small program (see cli/agent-command.ts). */
import { Command } from 'commander';
import { defineAgentCommand } from './agent-command.js';
import { runProgram } from './program.js';

export async function main(argv: string[]): Promise<void> {
  const program = defineAgentCommand(new Command('kemu-agent').version('0.1.0').showSuggestionAfterError(true).exitOverride());
  await runProgram(program, argv);
}
