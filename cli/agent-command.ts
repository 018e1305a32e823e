/**
 * The agent's flags and action, shared by `kemu agent` (the full CLI) and `kemu-agent` (the
 * single-purpose entry that `kemu up` and docker compose run: bundled by scripts/bundle-agent.mjs
 * without the control plane's modules, to keep every emulated kubelet process small).
 */
import { CommanderError, type Command } from 'commander';
import { hostname } from 'node:os';
import { DEFAULT_CAPACITY } from '../agent/node-config.js';
import { runAgents } from './commands/agent-run.js';
import { parseSignalMap } from './eviction-flags.js';
import { durationFlag, intFlag, mapFlag, quantityFlag, taintsFlag, urlFlag } from './flags.js';
import { logLevel, setLogEnv } from './program.js';

export function defineAgentCommand(cmd: Command): Command {
  return cmd
    .description('run one (or --nodes N) emulated kubelet(s) connected to a control plane')
    .requiredOption('--server <url>', 'agent endpoint, ws://HOST:PORT/agent', urlFlag(['ws', 'wss']))
    .option('--token <token>', 'bootstrap token (default: $KEMU_TOKEN)')
    .option('--name <name>', 'node name (default: host name)')
    .option('--nodes <n>', 'kubelets in this process (names NAME-1 … NAME-N)', intFlag(1, 100_000), 1)
    .option('--cpu <q>', 'cpu capacity', quantityFlag, DEFAULT_CAPACITY.cpu)
    .option('--memory <q>', 'memory capacity', quantityFlag, DEFAULT_CAPACITY.memory)
    .option('--pods <n>', 'pod capacity', quantityFlag, DEFAULT_CAPACITY.pods)
    .option('--ephemeral-storage <q>', 'ephemeral-storage capacity', quantityFlag, DEFAULT_CAPACITY['ephemeral-storage'])
    .option('--labels <k=v,...>', 'node labels', mapFlag, {})
    .option('--annotations <k=v,...>', 'node annotations (e.g. usage.kemu.dev/memory=1Gi)', mapFlag, {})
    .option('--register-with-taints <key=value:Effect,...>', 'taints at registration', taintsFlag, [])
    .option('--eviction-hard <signal<value,...>', 'kubelet --eviction-hard, e.g. memory.available<100Mi')
    .option('--eviction-soft <signal<value,...>', 'kubelet --eviction-soft')
    .option('--eviction-soft-grace-period <signal=duration,...>', 'kubelet --eviction-soft-grace-period', mapFlag)
    .option('--eviction-pressure-transition-period <d>', 'kubelet --eviction-pressure-transition-period', '5m')
    .option('--pod-start-delay <d>', 'cluster time from a pod landing to Running', durationFlag, 1000)
    .option('--insecure-skip-tls-verify', 'accept any certificate from a wss:// control plane (self-signed)')
    .addOption(logLevel())
    .action(async (o: Record<string, unknown>) => {
      setLogEnv(o.logLevel as string);
      const token = (o.token as string | undefined) ?? process.env.KEMU_TOKEN;
      if (!token) throw new CommanderError(2, 'kemu.missingToken', "error: option '--token <token>' is required (or set KEMU_TOKEN)");
      const agents = runAgents({
        server: o.server as string, token, name: (o.name as string | undefined) ?? hostname().toLowerCase(), nodes: o.nodes as number,
        capacity: { ...DEFAULT_CAPACITY, cpu: o.cpu as string, memory: o.memory as string, pods: o.pods as string, 'ephemeral-storage': o.ephemeralStorage as string },
        labels: o.labels as Record<string, string>, annotations: o.annotations as Record<string, string>,
        taints: o.registerWithTaints as Array<{ key: string; effect: string }>,
        kubelet: {
          ...(o.evictionHard ? { evictionHard: parseSignalMap('--eviction-hard', o.evictionHard as string) } : {}),
          ...(o.evictionSoft ? { evictionSoft: parseSignalMap('--eviction-soft', o.evictionSoft as string) } : {}),
          ...(o.evictionSoftGracePeriod ? { evictionSoftGracePeriod: o.evictionSoftGracePeriod as Record<string, string> } : {}),
          evictionPressureTransitionPeriod: o.evictionPressureTransitionPeriod as string,
        },
        podStartDelayMs: o.podStartDelay as number,
        insecureSkipTlsVerify: o.insecureSkipTlsVerify === true,
      }, (code, reason) => {
        process.stderr.write(`kemu agent: the control plane refused this agent (${code}): ${reason}\n`);
        process.exit(1);
      });
      const stop = () => { agents.stop(); process.exit(0); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
