import { useMemo } from 'react';
import { estimateFeatureCount } from '../../core/dataset/preprocessing';
import { outputFor } from '../../core/model/spec';
import type { ValidationContext } from '../../core/model/validation';
import { useDataset, useTargetInfo } from '../../store/hooks';
import { useStore } from '../../store/store';

/** The model's two ends as the data sets them: the number of inputs and the task's output layer. */
export function useModelContext(): ValidationContext | null {
  const dataset = useDataset();
  const target = useStore((s) => s.target);
  const info = useTargetInfo();
  return useMemo(() => {
    if (!dataset || !target || !info || info.problem) return null;
    return { inputDim: estimateFeatureCount(dataset.profiles, target), output: outputFor(info.task, info.classes.length) };
  }, [dataset, target, info]);
}
