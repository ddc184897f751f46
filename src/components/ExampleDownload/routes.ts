/**
 * How each example runs for a reader who has Docker but not the example's language toolchain.
 * Each image is the one the example's own Dockerfile starts FROM (routes.test.ts checks), so
 * the text cannot drift from the files the reader downloads.
 */
export interface ExampleRoute {
  /** The image that does the toolchain's work, exactly as a FROM line of `dockerfile` names it. */
  readonly image: string;
  /** The Dockerfile below the example's folder that names `image`. */
  readonly dockerfile: string;
  /** One sentence for readers without the toolchain; `image` appears in it in backticks. */
  readonly note: string;
  /** A step the chapter runs on the host, and the same step run in a container of `image`. */
  readonly hostStep?: {readonly command: string; readonly inContainer: string};
}

export const EXAMPLE_ROUTES: Readonly<Record<string, ExampleRoute>> = {
  'static-site': {
    image: 'nginx:1.30-alpine',
    dockerfile: 'Dockerfile',
    note: 'HTML과 CSS뿐인 예제라 Docker 말고는 설치할 것이 없습니다. 페이지는 `nginx:1.30-alpine` 이미지의 nginx가 서비스합니다.',
  },
  'node-app': {
    image: 'node:24-alpine',
    dockerfile: 'Dockerfile',
    note: 'Node.js가 없어도 됩니다. 이미지는 `node:24-alpine` 위에서 빌드되고, 예제의 테스트(`npm test`)도 같은 이미지의 컨테이너에서 돌릴 수 있습니다.',
    hostStep: {
      command: 'npm test',
      inContainer: 'docker run --rm -v "$PWD":/app -w /app node:24-alpine npm test',
    },
  },
  'java-app': {
    image: 'maven:3.9-eclipse-temurin-25',
    dockerfile: 'Dockerfile',
    note: 'JDK와 Maven이 없어도 됩니다. 컴파일과 패키징은 Dockerfile의 빌드 단계가 `maven:3.9-eclipse-temurin-25` 이미지 안에서 합니다.',
  },
  'python-app': {
    image: 'python:3.13-slim',
    dockerfile: 'Dockerfile',
    note: 'Python이 없어도 됩니다. 패키지 설치와 실행은 `python:3.13-slim` 이미지 안에서 이루어집니다.',
  },
  advanced: {
    image: 'golang:1.27-alpine',
    dockerfile: 'Dockerfile',
    note: 'Go가 없어도 됩니다. 컴파일은 Dockerfile의 빌드 단계가 `golang:1.27-alpine` 이미지 안에서 합니다.',
  },
  k8s: {
    // The manifests run node-app's image: its Dockerfile is the one the chapter builds.
    image: 'node:24-alpine',
    dockerfile: '../node-app/Dockerfile',
    note: '클러스터를 만드는 kind와 kubectl은 설치해야 하지만 Node.js는 없어도 됩니다. 매니페스트가 실행하는 node-app 이미지는 `node:24-alpine` 위에서 빌드됩니다.',
  },
  'compose-app': {
    image: 'node:24-alpine',
    dockerfile: 'web/Dockerfile',
    note: 'Node.js, PostgreSQL, Redis를 설치하지 않아도 됩니다. web 이미지는 `node:24-alpine` 위에서 빌드되고, 데이터베이스와 캐시는 Compose가 이미지로 받아 띄웁니다.',
  },
};
