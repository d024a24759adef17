/** What the page says when something outside the person's control cuts in: a crashed worker, a reload, a full storage. */
export const faults = {
  'fault.workerCrashed':
    'Training stopped because the training worker crashed; it may have run out of memory. Your data and settings are kept: press Train to try again (a smaller batch size or a smaller model needs less memory).',
  'fault.keptAfterCrash': 'Training was interrupted by a crash of the training worker; the model from epoch {epoch} is kept. Press Train to train again.',
  'fault.keptAfterReload': 'Training was interrupted by a page reload; the model from epoch {epoch} is kept. Press Train to train again.',
  'fault.notRecovered': 'Training was interrupted, and the model trained so far could not be brought back: {reason} Your data and settings are kept: press Train to train again.',
  'fault.storageFull':
    "This browser's storage for Layerlab is full, so the project could not be saved here. Nothing on this page is lost and you can go on working. To keep your work, delete projects you no longer need (Projects), free disk space on this device, or use Save project file.",
  'fault.storageFailed': "The project could not be saved in this browser's storage ({reason}); private windows may not allow it. Nothing on this page is lost: use Save project file to keep your work.",
  'fault.sampleList': 'The list of sample data sets could not be loaded (HTTP {status}). Reload the page to try again, or load a CSV file of your own.',
} as const;
