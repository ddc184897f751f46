import {describe, expect, it} from 'vitest';
import {timelineEvents} from '../../data/timeline';
import {
  ALL,
  TIMELINE_CATEGORIES,
  TIMELINE_ERAS,
  eraOf,
  filterEvents,
  filterSummary,
  isChronological,
  matchesFilter,
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

  it('puts every event in one era and every category has events', () => {
    for (const event of timelineEvents) expect(eraOf(event.year), event.id).toBeDefined();
    for (const era of TIMELINE_ERAS)
      expect(filterEvents(timelineEvents, era.id, ALL).length, era.id).toBeGreaterThan(0);
    for (const c of TIMELINE_CATEGORIES)
      expect(filterEvents(timelineEvents, ALL, c.id).length, c.id).toBeGreaterThan(0);
  });
});

describe('timeline filters', () => {
  it('lets everything through with both filters at "all"', () => {
    expect(filterEvents(timelineEvents, ALL, ALL)).toHaveLength(timelineEvents.length);
  });

  it('combines era and category', () => {
    const result = filterEvents(timelineEvents, 'x86', 'virtualization');
    expect(result.map((e) => e.id)).toEqual(['xen', 'intel-vt-x', 'amd-v', 'kvm']);
    expect(result.every((e) => matchesFilter(e, 'x86', 'virtualization'))).toBe(true);
  });

  it('splits the eras at decade boundaries', () => {
    expect(eraOf(1979)!.id).toBe('mainframe');
    expect(eraOf(1980)!.id).toBe('network');
    expect(eraOf(2000)!.id).toBe('x86');
    expect(eraOf(2015)!.id).toBe('cloud');
  });

  it('summarises the filter for the live region, including an empty result', () => {
    expect(filterSummary(4, 'x86', 'virtualization')).toBe(
      '2000년대 · x86 가상화, 가상화: 사건 4개를 보여 줍니다.',
    );
    expect(filterSummary(0, 'mainframe', 'network-cloud')).toContain('없습니다');
    expect(filterSummary(3, ALL, ALL)).toBe('모든 시대, 모든 분야: 사건 3개를 보여 줍니다.');
  });
});
