/**
 * Where each chapter's transcript starts (tests/unit/transcripts.test.ts): the commands a reader
 * ran in earlier chapters that leave the images, containers and volumes this chapter uses, and
 * its working directory. Written as commands a reader types, run quietly before the chapter.
 * A chapter not listed starts on a fresh machine in ~.
 */
import type {StartState} from '../lib/transcript/replay';

export const TRANSCRIPT_START_STATES: Readonly<Record<string, StartState>> = {
  // node-app:1.0 from the Node.js practice, built in its folder
  'building-images/good-images': {
    setup: ['cd examples/node-app', 'docker build -t node-app:1.0 .'],
  },
};
