/**
 * Why a project file or a share link cannot be opened (project.ts, projectFile.ts, safeJson.ts,
 * shareLink.ts), as phrases the page words in the person's language (see core/text.ts). `what` is
 * `projectRead.file` or `projectRead.link`: the same checks read both.
 */
export const PROJECT_READ_TEXTS = {
  'projectRead.file': 'project file',
  'projectRead.link': 'share link',
  /** `size` and `max` are whole megabytes. */
  'projectRead.tooLarge': 'This {what} is too large ({size} MB of settings; at most {max} MB are accepted). It is probably not a Layerlab {what}.',
  'projectRead.notJson': 'This {what} is damaged: its settings are not valid JSON.',
  /** `marker` is the format's own name, which stays as it is in every language. */
  'projectRead.noMarker': 'This is not a Layerlab {what}: it lacks the "{marker}" marker.',
  'projectRead.badVersion': 'This {what} has an unreadable format version.',
  'projectRead.newer': 'This {what} was made by a newer Layerlab (format {version}); this one reads up to format {supported}. Open it with the newer version.',
  /** `problem` is a `modelFile.*` phrase. */
  'projectRead.layers': 'The layers in this {what} cannot be used: {problem}',
  /** `problem` is `projectRead.settingsMissing`, `projectRead.settingType` or the settings' own problems. */
  'projectRead.settings': 'The training settings in this {what} cannot be used: {problem}',
  'projectRead.settingsMissing': 'they are missing.',
  /** `key` is the setting's name in the file. */
  'projectRead.settingType': '"{key}" has the wrong type.',
  'projectRead.source': 'This {what} names its data in a way Layerlab does not understand.',
  'projectRead.target': 'The column to predict in this {what} is not a name.',
  /** `extension` is the file name's ending, as it is in every language. */
  'projectRead.notZip': 'This is not a Layerlab project file ({extension}): it is not even a zip archive. Choose a file saved with "Save project file".',
  'projectRead.damagedZip': 'This project file is damaged (the zip cannot be read). If you downloaded it, try downloading it again.',
  /** `limit` is a size written with its unit ("2 GB"). */
  'projectRead.unpacksTooBig': 'This project file unpacks to more than Layerlab accepts ({limit}), so it was not opened.',
  /** `file` is the part's name inside the zip. */
  'projectRead.noProject': 'This zip is not a Layerlab project: it has no {file}.',
  'projectRead.modelIncomplete': 'The trained model in this project file is incomplete; open the project without it by saving it again from Layerlab.',
  'projectRead.modelResults': 'The trained model in this project file has unreadable results.',
  'projectRead.linkTooLong': 'This share link is too long to be a Layerlab setup.',
  'projectRead.linkDamaged': 'This share link is damaged (it may have been cut off when copied). Ask for the link again.',
} as const;

