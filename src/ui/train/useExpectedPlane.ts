import { useMemo } from 'react';
import { choiceFor, roleOf } from '../../core/dataset/plan';
import { featureColumns } from '../../core/dataset/preprocessing';
import { planeColumns } from '../../core/teaching/plane';
import { useDataset, useTargetInfo } from '../../store/hooks';
import { useStore } from '../../store/store';
import type { Store } from '../../store/types';

const selectTarget = (s: Store) => s.target;
const selectPlan = (s: Store) => s.dataPlan;

/**
 * Whether the current data and column choices give a decision map, worked out on the page from the
 * column profiles, so that a person knows before training. The worker decides for the run itself, from
 * the fitted preprocessing; null while there is no usable target.
 */
export function useExpectedPlane(): ReturnType<typeof planeColumns> | null {
  const dataset = useDataset();
  const target = useStore(selectTarget);
  const plan = useStore(selectPlan);
  const info = useTargetInfo();
  return useMemo(() => {
    if (!dataset || !target || !info || info.problem) return null;
    const inputs = featureColumns(dataset.profiles, target, plan).map((profile) => ({ name: profile.name, kind: roleOf(profile, choiceFor(plan, profile.name)) }));
    return planeColumns(inputs, info.task);
  }, [dataset, target, plan, info]);
}
