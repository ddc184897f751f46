import fs from 'node:fs';
import path from 'node:path';
import {DockerfileParser} from 'dockerfile-ast';
import {describe, expect, it} from 'vitest';
import {exampleNames} from '@site/plugins/post-build-pipeline/example-archives';
import {EXAMPLE_ROUTES} from './routes';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** The images a Dockerfile's FROM lines name (stage names dropped). */
function fromImages(file: string): string[] {
  const dockerfile = DockerfileParser.parse(fs.readFileSync(file, 'utf8'));
  return dockerfile.getFROMs().map((from) => from.getImage() ?? '');
}

describe('routes for readers without the toolchain', () => {
  it('exist for every example folder, and only for those', () => {
    expect(Object.keys(EXAMPLE_ROUTES).sort()).toEqual(exampleNames(EXAMPLES));
  });

  it.each(Object.entries(EXAMPLE_ROUTES))(
    '%s: names the image its Dockerfile starts FROM, in its note and its command',
    (name, route) => {
      expect(fromImages(path.join(EXAMPLES, name, route.dockerfile))).toContain(route.image);
      expect(route.note).toContain(`\`${route.image}\``);
      if (route.hostStep) {
        expect(route.hostStep.inContainer).toContain(` ${route.image} ${route.hostStep.command}`);
        expect(route.hostStep.inContainer).toMatch(/^docker run --rm -v "\$PWD":\/app -w \/app /);
      }
    },
  );
});
