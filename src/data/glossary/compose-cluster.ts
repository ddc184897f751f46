import type {GlossaryEntry} from './types';

export const composeClusterTerms: readonly GlossaryEntry[] = [];
