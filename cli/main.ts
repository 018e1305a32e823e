/** The `kemu` command. */
import { Command, CommanderError, Option } from 'commander';
import { addControlPlaneFlags, controlPlaneConfigFrom } from './control-plane-flags.js';
import { intFlag, numberFlag, quantityFlag, urlFlag } from './flags.js';
import { defineAgentCommand } from './agent-command.js';
import { logLevel, runProgram, setLogEnv } from './program.js';

export function buildProgram(): Command {
  const program = new Command('kemu')
    .description('Real-time multi-node Kubernetes eviction emulator')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .exitOverride();

  addControlPlaneFlags(program.command('server')
    .description('run the control plane (API, agent gateway, controllers, scheduler, dashboard)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port', intFlag(0, 65535), 8080)
    .option('--time-scale <n>', 'cluster seconds per real second', numberFlag(0, true), 1)
    .option('--agent-token <token>', 'bootstrap token agents must present (default: $KEMU_TOKEN or generated)')
    .option('--api-token <token>', 'bearer token required on the Kubernetes API')
    .option('--tls-cert-file <file>', 'serve HTTPS with this PEM certificate (kubectl sends bearer tokens only over https)')
    .option('--tls-private-key-file <file>', 'the PEM private key for --tls-cert-file')
    .option('--seed <seed>', 'seed for uids, names and tie-breaks')
    .addOption(logLevel()))
    .action(async (o: Record<string, unknown>) => {
      setLogEnv(o.logLevel as string);
      if (!o.tlsCertFile !== !o.tlsPrivateKeyFile) {
        throw new CommanderError(2, 'kemu.badFlag', "error: options '--tls-cert-file' and '--tls-private-key-file' go together");
      }
      const { missingServerFlags, runServerChild, stopWithParent } = await import('./server-process.js');
      const missing = missingServerFlags();
      if (missing.length > 0) return runServerChild(missing);
      const { runServer } = await import('./commands/server-run.js');
      const token = (o.agentToken as string | undefined) ?? process.env.KEMU_TOKEN;
      const srv = await runServer({
        host: o.host as string, port: o.port as number, timeScale: o.timeScale as number, agentToken: token,
        apiToken: (o.apiToken as string | undefined) ?? process.env.KEMU_API_TOKEN, seed: o.seed as string | undefined, config: controlPlaneConfigFrom(o),
        tlsCertFile: o.tlsCertFile as string | undefined, tlsKeyFile: o.tlsPrivateKeyFile as string | undefined,
      });
      if (!token) process.stdout.write(`agent token: ${srv.agentToken}\n`);
      let stopping = false;
      // Ctrl-C reaches both the launcher and this process: stop once.
      const stop = async () => { if (stopping) return; stopping = true; await srv.close(); process.exit(0); };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
      stopWithParent(() => void stop());
    });

  defineAgentCommand(program.command('agent'));

  addControlPlaneFlags(program.command('up')
    .description('run a control plane and N local agent processes (no docker)')
    .option('--agents <n>', 'agent processes (node-1 … node-N)', intFlag(0, 1000), 12)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port', intFlag(0, 65535), 8080)
    .option('--time-scale <n>', 'cluster seconds per real second', numberFlag(0, true), 1)
    .option('--zones <n>', 'spread nodes over N zones (topology.kubernetes.io/zone)', intFlag(1, 26), 3)
    .option('--memory <q>', 'memory capacity per node', quantityFlag, '8Gi')
    .option('--cpu <q>', 'cpu capacity per node', quantityFlag, '4')
    .option('--seed <seed>', 'seed for uids, names and tie-breaks')
    .addOption(logLevel()))
    .action(async (o: Record<string, unknown>) => {
      const { up } = await import('./commands/up.js');
      await up({
        agents: o.agents as number, host: o.host as string, port: o.port as number, timeScale: o.timeScale as number,
        zones: o.zones as number, memory: o.memory as string, cpu: o.cpu as string, seed: o.seed as string | undefined,
        config: controlPlaneConfigFrom(o), logLevel: o.logLevel as string,
      });
    });

  const scenario = program.command('scenario').description('deterministic eviction experiments on the virtual clock');
  scenario.command('run <file>')
    .description('run a scenario; exit 0 when every expectation passed, 1 when one failed, 2 when the file is invalid')
    .option('--seed <seed>', 'override spec.seed')
    .addOption(new Option('--report <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file')
    .action(async (file: string, o: { seed?: string; report: 'text' | 'json'; output?: string }) => {
      const { scenarioRun } = await import('./commands/scenario.js');
      process.exitCode = scenarioRun(file, o);
    });
  scenario.command('validate <file>')
    .description('check a scenario file without running it (exit 2 when invalid)')
    .action(async (file: string) => {
      const { scenarioValidate } = await import('./commands/scenario.js');
      process.exitCode = scenarioValidate(file);
    });

  program.command('chaos <file>')
    .description('run chaos schedules (cron + actions) against a live cluster until Ctrl-C')
    .option('--server <url>', 'control plane URL', urlFlag(['http', 'https']), 'http://127.0.0.1:8080')
    .option('--api-token <token>', 'bearer token for the API (default: $KEMU_API_TOKEN)')
    .option('--once', 'fire every schedule once now and exit')
    .action(async (file: string, o: { server: string; apiToken?: string; once?: boolean }) => {
      const { chaos } = await import('./commands/chaos.js');
      process.exitCode = await chaos(file, { ...o, apiToken: o.apiToken ?? process.env.KEMU_API_TOKEN });
    });

  program.command('events')
    .description('print the cluster\'s Events, one coloured line each; -w follows them live (the dashboard\'s stream)')
    .option('-w, --watch', 'keep following: new events, and node/pod changes when --kinds includes Node or Pod')
    .option('--server <url>', 'control plane URL', urlFlag(['http', 'https', 'ws', 'wss']), 'http://127.0.0.1:8080')
    .option('--namespace <ns>', 'only pods and events of this namespace')
    .option('--node <name>', 'only this node, its pods and the events about them')
    .option('--kinds <kinds>', 'what to print: Event, Pod, Node (comma-separated)', 'Event')
    .option('--why', 'print the deciding facts of each event\'s why under it')
    .option('--api-token <token>', 'bearer token for the API (default: $KEMU_API_TOKEN)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: { watch?: boolean; server: string; namespace?: string; node?: string; kinds: string; why?: boolean; apiToken?: string; output: 'text' | 'json' }) => {
      const { runEvents } = await import('./commands/events.js');
      process.exitCode = await runEvents({
        server: o.server, watch: o.watch === true, namespace: o.namespace, node: o.node, kinds: o.kinds, why: o.why === true,
        apiToken: o.apiToken ?? process.env.KEMU_API_TOKEN, output: o.output, color: process.stdout.isTTY === true && !process.env.NO_COLOR,
      });
    });

  program.command('kubeconfig')
    .description('print a kubeconfig for kubectl and client libraries (KUBECONFIG=<file> kubectl get nodes)')
    .option('--server <url>', 'control plane URL', urlFlag(['http', 'https']), 'http://127.0.0.1:8080')
    .option('--api-token <token>', 'bearer token for the API (default: $KEMU_API_TOKEN)')
    .option('--name <name>', 'name of the cluster, user and context', 'kemu')
    .option('--namespace <ns>', 'default namespace of the context', 'default')
    .action(async (o: { server: string; apiToken?: string; name: string; namespace: string }) => {
      const { kubeconfigYaml, tokenOverHttpWarning } = await import('./commands/kubeconfig.js');
      const opts = { ...o, apiToken: o.apiToken ?? process.env.KEMU_API_TOKEN };
      const warning = tokenOverHttpWarning(opts);
      if (warning) process.stderr.write(`${warning}\n`);
      process.stdout.write(kubeconfigYaml(opts));
    });

  program.command('explain <kind> <ref>')
    .description('why a pod was evicted, preempted or rejected: its events with their recorded reasons (`kemu explain pod NS/NAME`)')
    .option('--server <url>', 'control plane URL', urlFlag(['http', 'https']), 'http://127.0.0.1:8080')
    .option('--report <file>', 'explain from a `kemu scenario run --report json` file instead')
    .option('--api-token <token>', 'bearer token for the API (default: $KEMU_API_TOKEN)')
    .option('--json', 'print JSON')
    .action(async (kind: string, ref: string, o: { server: string; report?: string; apiToken?: string; json?: boolean }) => {
      const { explain } = await import('./commands/explain.js');
      process.exitCode = await explain(kind, ref, { ...o, apiToken: o.apiToken ?? process.env.KEMU_API_TOKEN });
    });

  for (const op of ['kill', 'start'] as const) {
    program.command(`${op} <node>`)
      .description(op === 'kill' ? 'SIGKILL one agent process of the running `kemu up`' : 'start a killed agent of the running `kemu up` again')
      .option('--port <port>', 'port of the `kemu up` control plane', intFlag(0, 65535), 8080)
      .action(async (node: string, o: { port: number }) => {
        const { nodeControl } = await import('./commands/node-control.js');
        const r = await nodeControl(op, node, o.port);
        (r.ok ? process.stdout : process.stderr).write(`${r.message}\n`);
        process.exitCode = r.ok ? 0 : 1;
      });
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildProgram(), argv);
}
