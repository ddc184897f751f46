import type {GlossaryEntry} from './types';

export const virtualizationTerms: readonly GlossaryEntry[] = [];
