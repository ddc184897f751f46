import type {GlossaryEntry} from './types';

export const buildingImagesTerms: readonly GlossaryEntry[] = [];
