import type {GlossaryEntry} from './types';
import {startTerms} from './start';
import {virtualizationTerms} from './virtualization';
import {containersTerms} from './containers';
import {dockerBasicsTerms} from './docker-basics';
import {buildingImagesTerms} from './building-images';
import {composeClusterTerms} from './compose-cluster';
import {installTerms} from './install';

export type {GlossaryEntry} from './types';

// Each part of the course keeps its terms in its own module; this is the one list.
export const glossary: readonly GlossaryEntry[] = [
  ...startTerms,
  ...virtualizationTerms,
  ...containersTerms,
  ...dockerBasicsTerms,
  ...buildingImagesTerms,
  ...composeClusterTerms,
  ...installTerms,
];

export const glossaryById: ReadonlyMap<string, GlossaryEntry> = new Map(
  glossary.map((entry) => [entry.id, entry]),
);
