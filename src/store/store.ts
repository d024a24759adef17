import { create } from 'zustand';
import { createDataSlice } from './dataSlice';
import { createLocaleSlice } from './localeSlice';
import { createModelSlice } from './modelSlice';
import { createPresenterSlice } from './presenterSlice';
import { createProjectSlice } from './projectSlice';
import { createResultSlice } from './resultSlice';
import { createTrainingSlice } from './trainingSlice';
import type { Store } from './types';

/** The app's one store, composed of typed slices; components read it through the hooks in `hooks.ts`. */
export const useStore = create<Store>()((...args) => ({
  ...createDataSlice(...args),
  ...createModelSlice(...args),
  ...createTrainingSlice(...args),
  ...createResultSlice(...args),
  ...createLocaleSlice(...args),
  ...createPresenterSlice(...args),
  ...createProjectSlice(...args),
}));
