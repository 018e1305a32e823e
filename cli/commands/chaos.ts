/** `kemu chaos FILE --server URL`: run chaos schedules against a live cluster until Ctrl-C. */
import { readFileSync } from 'node:fs';
import { parseChaosText } from '../chaos/parse.js';
import { ChaosRunner } from '../chaos/run.js';
import { ApiClient } from '../chaos/client.js';
import { ScenarioError } from '../../sim/scenario/validate.js';

export async function chaos(file: string, o: { server: string; apiToken?: string; once?: boolean }): Promise<number> {
  let parsed;
  try {
    parsed = parseChaosText(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err instanceof ScenarioError) {
      process.stderr.write(`${file}: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const log = (line: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  const runner = new ChaosRunner(parsed, new ApiClient(o.server.replace(/\/$/, ''), o.apiToken), log);
  if (o.once) {
    for (const s of parsed.schedules) await runner.fire(s);
    return 0;
  }
  runner.start();
  await new Promise<void>((resolve) => {
    const stop = () => void runner.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
