import {describe, expect, it} from 'vitest';
import {listDocs} from '@site/tests/support/docs';

/** The examples a chapter sends the reader into with `cd examples/<name>`. */
function examplesEntered(source: string): string[] {
  return [...new Set([...source.matchAll(/^cd examples\/([\w-]+)\s*$/gm)].map((m) => m[1]!))];
}

/** The archives boxed above the chapter's first section. */
function boxesAtTop(source: string): string[] {
  const top = source.split(/^## /m)[0]!;
  return [...top.matchAll(/<ExampleDownload name="([\w-]+)" \/>/g)].map((m) => m[1]!);
}

const docs = listDocs();

describe('chapters that work in an example folder', () => {
  it('are the build chapter, the practice and practitioner chapters of part 4, the Compose chapters and the Kubernetes lab', () => {
    const entering = docs.filter((doc) => examplesEntered(doc.source).length > 0);
    expect(entering.map((doc) => doc.file.split('/').pop())).toEqual([
      '02-build-tag-push.mdx',
      '03-practice-static-site.mdx',
      '04-practice-node.mdx',
      '05-practice-java.mdx',
      '06-practice-python.mdx',
      '07-practice-advanced.mdx',
      '10-multi-platform.mdx',
      '11-ci-and-registries.mdx',
      '01-compose-intro.mdx',
      '02-compose-file.mdx',
      '03-compose-commands.mdx',
      '04-compose-practice.mdx',
      '05-compose-in-operation.mdx',
      '07-kubernetes-lab.mdx',
    ]);
  });

  it.each(docs.map((doc) => [doc.file, doc] as const))(
    '%s: opens with the download box of every example it cds into',
    (_file, doc) => {
      const boxes = boxesAtTop(doc.source);
      for (const name of examplesEntered(doc.source)) expect(boxes).toContain(name);
    },
  );

  it('the Compose practice opens with the compose-app box', () => {
    const practice = docs.find((doc) => doc.file.endsWith('04-compose-practice.mdx'))!;
    expect(boxesAtTop(practice.source)).toEqual(['compose-app']);
  });
});
