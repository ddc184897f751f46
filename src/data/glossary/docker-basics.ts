import type {GlossaryEntry} from './types';

export const dockerBasicsTerms: readonly GlossaryEntry[] = [];
