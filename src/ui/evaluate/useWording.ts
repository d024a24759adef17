import { useT } from '../../i18n/useT';
import { wordingFor, type Wording } from './wording';

/** The wording of the person's language (see wording.ts); the same object until the language changes. */
export const useWording = (): Wording => wordingFor(useT());
