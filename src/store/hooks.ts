import { useMemo } from 'react';
import { describeTarget, type TargetInfo } from '../core/dataset/target';
import { useStore } from './store';
import type { Store } from './types';

/** Selectors as module constants, so components subscribe to exactly what they read. */
const selectDataset = (s: Store) => s.dataset;
const selectTarget = (s: Store) => s.target;
const selectStatus = (s: Store) => s.status;

export const useDataset = () => useStore(selectDataset);
export const useTrainingStatus = () => useStore(selectStatus);

/** What the chosen target means for the model: task, classes, or why it cannot be predicted. */
export function useTargetInfo(): TargetInfo | null {
  const dataset = useStore(selectDataset);
  const target = useStore(selectTarget);
  return useMemo(() => {
    const profile = dataset?.profiles.find((p) => p.name === target);
    return profile ? describeTarget(profile, dataset?.preferredPositive ?? undefined) : null;
  }, [dataset, target]);
}

export const isBusy = (status: Store['status']) => status === 'preparing' || status === 'training' || status === 'paused';
