import type {GlossaryEntry} from './types';

export const containersTerms: readonly GlossaryEntry[] = [];
