/** What every kemu command line shares: the log flags and how commander errors become exit codes. */
import { CommanderError, Option, type Command } from 'commander';

export function setLogEnv(level: string | undefined): void {
  if (level) process.env.KEMU_LOG_LEVEL = level;
  if (process.env.KEMU_LOG_PRETTY === undefined && process.stdout.isTTY) process.env.KEMU_LOG_PRETTY = '1';
}

export const logLevel = () => new Option('--log-level <level>', 'log level').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info');

/** Parses and runs; a bad flag exits 2 with commander's one-line message naming it, help/version exit 0. */
export async function runProgram(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(0);
      // commander already printed its one-line message naming the flag (except for our own errors).
      if (err.code.startsWith('kemu.')) process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
