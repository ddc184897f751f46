import {describe, expect, it} from 'vitest';
import {timelineEvents} from '../../data/timeline';
import {
  LABEL_GAP_PX,
  SCALE_TOP_PX,
  TIMELINE_CATEGORIES,
  TIMELINE_LANES,
  fractionalYear,
  isChronological,
  layoutLanes,
  pictureHeight,
  yearToY,
} from './timeline';

describe('timeline data', () => {
  it('has a year, a category and a source with an https URL for every event', () => {
    const categories = new Set(TIMELINE_CATEGORIES.map((c) => c.id));
    for (const event of timelineEvents) {
      expect(Number.isInteger(event.year), event.id).toBe(true);
      expect(event.when, event.id).toMatch(String(event.year));
      expect(categories.has(event.category), event.id).toBe(true);
      expect(event.source.label.length, event.id).toBeGreaterThan(5);
      expect(event.source.url, event.id).toMatch(/^https:\/\/[^\s]+$/);
      if (event.source.factsId) expect(event.source.factsId).toMatch(/^S\d{1,2}$/);
      expect(event.description.length, event.id).toBeGreaterThan(30);
    }
  });

  it('is sorted oldest first, with unique kebab-case ids', () => {
    expect(isChronological(timelineEvents)).toBe(true);
    const ids = timelineEvents.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('runs from 1960s time-sharing to OCI, containerd and Engine 29', () => {
    expect(timelineEvents[0]!.year).toBeLessThan(1970);
    const ids = timelineEvents.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ctss',
        'cp-40',
        'popek-goldberg',
        'oci',
        'containerd-cncf',
        'docker-engine-29',
      ]),
    );
  });

  it('keeps the errata: "LO" from UCLA to SRI on 1969-10-29, IEA 415 TWh, CP-40 is software', () => {
    const lo = timelineEvents.find((e) => e.id === 'arpanet-lo')!;
    expect(lo.when).toBe('1969-10-29');
    expect(lo.description).toContain('UCLA');
    expect(lo.description).toContain('SRI');
    expect(timelineEvents.find((e) => e.id === 'iea-2024')!.description).toContain('415 TWh');
    expect(timelineEvents.find((e) => e.id === 'cp-40')!.description).toContain('소프트웨어');
  });

  it('draws the events that matter for Docker in two lanes, about fifteen to twenty of them', () => {
    const laneEvents = timelineEvents.filter((e) => e.lane);
    expect(laneEvents.length).toBeGreaterThanOrEqual(15);
    expect(laneEvents.length).toBeLessThanOrEqual(24);
    for (const lane of TIMELINE_LANES)
      expect(laneEvents.filter((e) => e.lane!.lane === lane.id).length, lane.id).toBeGreaterThan(5);
    // Network history stays in the list, not in the picture.
    expect(
      timelineEvents.filter((e) => e.category === 'network-cloud' && e.id !== 'ec2' && e.lane),
    ).toEqual([]);
    for (const id of [
      'user-namespaces',
      'kubernetes',
      'cgroup-v2',
      'wsl-2',
      'apple-silicon',
      'rootless-docker',
      'dockershim-removed',
    ])
      expect(laneEvents.map((e) => e.id)).toContain(id);
  });
});

describe('the two-lane picture', () => {
  it('scales years in two linear pieces that meet at 2000', () => {
    expect(yearToY(1960)).toBe(SCALE_TOP_PX);
    expect(yearToY(1980) - yearToY(1960)).toBe(60);
    expect(yearToY(2000)).toBe(SCALE_TOP_PX + 120);
    expect(yearToY(2010) - yearToY(2000)).toBe(270);
    // Monotonic everywhere, including across the break.
    for (let year = 1960; year < 2027; year += 0.5)
      expect(yearToY(year + 0.5)).toBeGreaterThan(yearToY(year));
  });

  it('orders events of one year by month', () => {
    const byId = (id: string) => timelineEvents.find((e) => e.id === id)!;
    expect(fractionalYear(byId('user-namespaces'))).toBeLessThan(fractionalYear(byId('docker')));
    expect(fractionalYear(byId('docker'))).toBeCloseTo(2013 + 2 / 12);
  });

  it('keeps the labels of each lane apart and never above their year', () => {
    const placed = layoutLanes(timelineEvents);
    for (const lane of TIMELINE_LANES) {
      const labels = placed.filter((p) => p.lane === lane.id);
      for (let i = 1; i < labels.length; i += 1)
        expect(labels[i]!.labelY - labels[i - 1]!.labelY).toBeGreaterThanOrEqual(LABEL_GAP_PX);
    }
    for (const p of placed) expect(p.labelY).toBeGreaterThanOrEqual(p.dotY);
    // Chronological order across both lanes: what a screen reader and the arrow keys follow.
    const years = placed.map((p) => fractionalYear(p.event));
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(pictureHeight(placed)).toBeGreaterThan(Math.max(...placed.map((p) => p.labelY)));
  });

  it('pushes a crowded label down only as far as needed', () => {
    const at = (id: string, when: string, lane: 'vm' | 'containers') =>
      ({
        id,
        year: Number(when.slice(0, 4)),
        when,
        title: id,
        description: '',
        category: 'containers',
        source: {label: '', url: ''},
        lane: {lane, label: id},
      }) as const;
    const placed = layoutLanes([
      at('a', '2013-01', 'containers'),
      at('b', '2013-02', 'containers'),
      at('c', '2013-02', 'vm'),
    ]);
    expect(placed[1]!.labelY).toBe(placed[0]!.labelY + LABEL_GAP_PX);
    // The other lane is not pushed.
    expect(placed[2]!.labelY).toBe(placed[2]!.dotY);
  });
});
