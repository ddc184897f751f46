/**
 * Where each chapter's transcript starts (tests/unit/transcripts.test.ts): the commands a reader
 * ran in earlier chapters that leave the images, containers and volumes this chapter uses, and
 * its working directory. Written as commands a reader types, run quietly before the chapter.
 * A chapter not listed starts on a fresh machine in ~.
 */
import type {StartState} from '../lib/transcript/replay';

export const TRANSCRIPT_START_STATES: Readonly<Record<string, StartState>> = {
  // node-app:1.0 from the Node.js practice, built in its folder
  // The postgres practice's container and volume (the chapter asks to re-create them), and the
  // images it saves.
  'docker-basics/backup-and-move': {
    setup: [
      'docker volume create pgdata',
      'docker run -d --name db -e POSTGRES_PASSWORD=devpass -v pgdata:/var/lib/postgresql postgres:18',
      'docker pull nginx:1.30-alpine',
    ],
  },
  // An earlier nginx `web` holding port 8080 and an image built for one platform.
  'install/troubleshooting': {
    // The reader's own project: a Dockerfile in the current directory, built once for the
    // host's platform, which the chapter rebuilds for two platforms.
    setup: [
      'docker run -d --name web -p 8080:80 nginx',
      'mkdir myimage',
      'cd myimage',
      `printf 'FROM alpine\\nCMD ["echo", "hello"]\\n' > Dockerfile`,
      'docker build -t myimage:1.0 .',
    ],
  },
  // The reader's Docker Hub access token in their shell, which the chapters' `echo
  // "$DOCKERHUB_TOKEN" | docker login … --password-stdin` reads (empty, docker/cli refuses it).
  'building-images/build-tag-push': {setup: ['export DOCKERHUB_TOKEN=dckr_pat_reader']},
  'building-images/multi-platform': {setup: ['export DOCKERHUB_TOKEN=dckr_pat_reader']},
  'building-images/good-images': {
    setup: ['cd examples/node-app', 'docker build -t node-app:1.0 .'],
  },
};
