/** helper.DefaultNormalizeScore (pkg/scheduler/framework/plugins/helper/normalize_score.go). */
import { MAX_NODE_SCORE } from '../constants.js';

/**
 * Scales scores to 0..maxPriority relative to the highest one (integer division, as Go int64);
 * with reverse, a higher raw score becomes a lower final score. All-zero scores stay 0, or become
 * maxPriority when reversed.
 */
export function defaultNormalizeScore(scores: number[], reverse: boolean, maxPriority = MAX_NODE_SCORE): void {
  let maxCount = 0;
  for (const s of scores) if (s > maxCount) maxCount = s;
  if (maxCount === 0) {
    if (reverse) for (let i = 0; i < scores.length; i++) scores[i] = maxPriority;
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    let s = Math.trunc((maxPriority * scores[i]) / maxCount);
    if (reverse) s = maxPriority - s;
    scores[i] = s;
  }
}
