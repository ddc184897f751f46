import {describe, expect, it} from 'vitest';
import {displayablePorts} from './commands/containers';
import {ellipsis, goFormatG, humanDuration, humanSize, tabwrite} from './format';
import {familiarTagged, parseNormalizedNamed} from './reference';
import {parseYaml} from './yaml';

describe('Go formatting helpers', () => {
  it('formats durations like go-units HumanDuration', () => {
    expect(humanDuration(500)).toBe('Less than a second');
    expect(humanDuration(1000)).toBe('1 second');
    expect(humanDuration(59_000)).toBe('59 seconds');
    expect(humanDuration(60_000)).toBe('About a minute');
    expect(humanDuration(45 * 60_000)).toBe('45 minutes');
    expect(humanDuration(3_600_000)).toBe('About an hour');
    expect(humanDuration(5 * 3_600_000)).toBe('5 hours');
    expect(humanDuration(3 * 86_400_000)).toBe('3 days');
    expect(humanDuration(20 * 86_400_000)).toBe('2 weeks');
    expect(humanDuration(90 * 86_400_000)).toBe('3 months');
  });

  it('formats sizes like go-units HumanSizeWithPrecision(size, 3)', () => {
    expect(humanSize(10072)).toBe('10.1kB');
    expect(humanSize(192_000_000)).toBe('192MB');
    expect(humanSize(7_830_000)).toBe('7.83MB');
    expect(humanSize(1_120_000_000)).toBe('1.12GB');
    expect(humanSize(0)).toBe('0B');
    expect(goFormatG(999.7, 3)).toBe('1e+03');
  });

  it('aligns tables like text/tabwriter(minwidth 10, padding 3)', () => {
    expect(
      tabwrite([
        ['A', 'LONGER HEADER', 'X'],
        ['1', '2', '3'],
      ]),
    ).toBe('A         LONGER HEADER   X\n1         2               3\n');
  });

  it('shortens with an ellipsis like formatter.Ellipsis', () => {
    expect(ellipsis('/docker-entrypoint.sh nginx -g', 20)).toBe('/docker-entrypoint.…');
    expect(ellipsis('short', 20)).toBe('short');
  });

  it('prints ports like formatter.DisplayablePorts', () => {
    expect(
      displayablePorts([
        {ip: '0.0.0.0', privatePort: 80, publicPort: 8080, type: 'tcp'},
        {ip: '::', privatePort: 80, publicPort: 8080, type: 'tcp'},
      ]),
    ).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect(displayablePorts([{ip: '', privatePort: 5432, publicPort: 0, type: 'tcp'}])).toBe(
      '5432/tcp',
    );
    expect(
      displayablePorts([
        {ip: '0.0.0.0', privatePort: 80, publicPort: 80, type: 'tcp'},
        {ip: '0.0.0.0', privatePort: 81, publicPort: 81, type: 'tcp'},
      ]),
    ).toBe('0.0.0.0:80-81->80-81/tcp');
  });
});

describe('image references', () => {
  it('normalizes names like distribution/reference', () => {
    const r = parseNormalizedNamed('nginx');
    expect(typeof r !== 'string' && familiarTagged(r)).toBe('nginx:latest');
    const q = parseNormalizedNamed('localhost:5000/team/app:v2');
    expect(q).toMatchObject({domain: 'localhost:5000', path: 'team/app', tag: 'v2'});
  });

  it('rejects bad references with the library wording', () => {
    expect(parseNormalizedNamed('Nginx')).toBe(
      'invalid reference format: repository name (library/Nginx) must be lowercase',
    );
    expect(parseNormalizedNamed('a:b:c')).toBe('invalid reference format');
    expect(parseNormalizedNamed('nginx:')).toBe('invalid reference format');
  });
});

describe('compose YAML subset', () => {
  it('reads maps, lists, flow lists and quoted scalars', () => {
    expect(
      parseYaml(
        'services:\n  web:\n    image: "nginx:1.27"\n    ports: ["8080:80"]\n    environment:\n      - A=1\n',
      ),
    ).toEqual({
      services: {web: {image: 'nginx:1.27', ports: ['8080:80'], environment: ['A=1']}},
    });
  });

  it('reports indentation errors instead of guessing', () => {
    expect(() => parseYaml('services:\n  web:\n    image: x\n   bad: y\n')).toThrow(/yaml: line/);
  });
});
