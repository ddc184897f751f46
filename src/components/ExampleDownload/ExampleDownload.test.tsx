import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {
  archiveInfo,
  buildExampleArchives,
} from '@site/plugins/post-build-pipeline/example-archives';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import ExampleDownloadBox from './ExampleDownloadBox';
import {formatSize} from './format';
import {EXAMPLE_ROUTES} from './routes';

const archives = buildExampleArchives(path.resolve(__dirname, '../../../examples')).map(
  archiveInfo,
);
const box = (name: string) => {
  const archive = archives.find((a) => a.name === name)!;
  return <ExampleDownloadBox archive={archive} route={EXAMPLE_ROUTES[name]!} />;
};

describe('<ExampleDownloadBox>', () => {
  it.each(archives.map((a) => [a.name, a] as const))(
    '%s: the server HTML links the archive for download and says its size, where to unpack and where to cd',
    (name, archive) => {
      const html = renderToHtml(box(name));
      const text = textOf(html);
      // A plain link (no download attribute), which the service worker answers offline too.
      expect(html).toContain(`href="/examples/${name}.zip" type="application/zip"`);
      expect(html).not.toMatch(/<a[^>]* download/);
      expect(text).toContain(`${name}.zip 내려받기`);
      expect(text).toContain(`${formatSize(archive.size)} · 파일 ${archive.fileCount}개`);
      expect(text).toContain(`examples/${name}/ 폴더가 생깁니다`);
      expect(text).toContain(`cd examples/${name}`);
      expect(text).toContain(`~/examples/${name}/`);
      expect(text).toContain(EXAMPLE_ROUTES[name]!.image);
      // The box is labelled by its title, so screen readers can find it as a landmark.
      const labelledBy = /<aside[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
      expect(html).toContain(`id="${labelledBy}"`);
    },
  );

  it('gives the node example a container command for npm test, marked for the reader’s machine', () => {
    const html = renderToHtml(box('node-app'));
    expect(textOf(html)).toContain(
      'docker run --rm -v "$PWD":/app -w /app node:24-alpine npm test',
    );
    expect(html).toContain('data-host="host-toolchain"');
    expect(textOf(renderToHtml(box('java-app')))).not.toContain('docker run');
  });

  it('hydrates without changing the server HTML', async () => {
    await expectHydratesWithoutChange(box('node-app'));
  });
});
