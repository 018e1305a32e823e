/** Disruption controller (pkg/controller/disruption): public surface. PDB math is in core/pdb.ts. */
export {
  disruptionController, DisruptionController, DISRUPTION_CONTROLLER_NAME, DISRUPTION_EVENT_COMPONENT, STALE_POD_DISRUPTION_TIMEOUT_MS,
  NO_PODS_REASON, UNMANAGED_PODS_REASON, CALCULATE_EXPECTED_POD_COUNT_FAILED_REASON, NOT_DELETED_REASON, MULTIPLE_PDBS_REASON,
} from './disruption.js';
export { storeScaleFinder, findDeployment, findReplicaSet, findScaleController, verifyGroupKind } from './finders.js';
