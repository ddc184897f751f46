// For tests only (Node): every quiz file under src/data/quizzes/<part>/, found on disk, so a
// new quiz joins the balance and version checks without being listed anywhere.
import fs from 'node:fs';
import path from 'node:path';
import type {QuizData} from './types';

export interface QuizFile {
  /** The part folder, e.g. `docker-basics`. */
  readonly part: string;
  /** Path relative to src/data/quizzes, e.g. `docker-basics/networking.ts`. */
  readonly file: string;
  readonly quiz: QuizData;
}

const ROOT = path.resolve(__dirname);

/** Every quiz module's default export with its part folder, sorted by path. */
export async function loadAllQuizzes(): Promise<QuizFile[]> {
  const files = fs
    .readdirSync(ROOT, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir.name))
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .map((name) => ({part: dir.name, file: `${dir.name}/${name}`})),
    )
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  return Promise.all(
    files.map(async ({part, file}) => {
      const module = (await import(path.join(ROOT, file))) as {default: QuizData};
      return {part, file, quiz: module.default};
    }),
  );
}
