/** Every benchmark `npm run bench` knows, in run order. */
import type { Benchmark } from './types.js';
import { wireBytes } from './wire.js';
import { gatewayVsRaw } from './gateway.js';
import { schedulerBasic, schedulerPreemption } from './scheduler.js';
import { simSpeed100, simSpeed1000 } from './sim-speed.js';
import { agentRss } from './agent-rss.js';
import { controlPlane5k } from './controlplane.js';
import { streamFanout } from './stream.js';

export const BENCHMARKS: Benchmark[] = [wireBytes, agentRss, gatewayVsRaw, schedulerBasic, schedulerPreemption, simSpeed100, simSpeed1000, streamFanout, controlPlane5k];
