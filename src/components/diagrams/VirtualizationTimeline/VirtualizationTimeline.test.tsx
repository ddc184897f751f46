import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {timelineEvents} from '@site/src/data/timeline';
import {TIMELINE_CATEGORIES, TIMELINE_ERAS} from '@site/src/lib/diagrams/timeline';
import VirtualizationTimeline from '.';

const hiddenIds = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLLIElement>('li[data-event]'))
    .filter((li) => li.hidden)
    .map((li) => li.dataset.event);
const shownIds = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLLIElement>('li[data-event]'))
    .filter((li) => !li.hidden)
    .map((li) => li.dataset.event);

describe('VirtualizationTimeline on the server', () => {
  const html = renderToHtml(<VirtualizationTimeline />);
  const text = textOf(html);

  it('renders every event with its date, title, description and source', () => {
    for (const event of timelineEvents) {
      expect(text).toContain(event.when);
      expect(text).toContain(event.title);
      expect(text).toContain(event.description);
      expect(html).toContain(`href="${event.source.url.replace(/&/g, '&amp;')}"`);
    }
    expect(html).not.toContain('hidden=""');
  });

  it('renders both filter groups as radio buttons and a caption', () => {
    for (const era of TIMELINE_ERAS) expect(text).toContain(era.label);
    for (const category of TIMELINE_CATEGORIES) expect(text).toContain(category.label);
    expect(html.match(/type="radio"/g)).toHaveLength(
      TIMELINE_ERAS.length + TIMELINE_CATEGORIES.length + 2,
    );
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-live="polite"');
  });
});

describe('VirtualizationTimeline interaction', () => {
  afterEach(cleanup);
  it('hides events outside the chosen era and announces the count', () => {
    const {container} = render(<VirtualizationTimeline />);
    fireEvent.click(screen.getByRole('radio', {name: '1960–70년대 · 메인프레임'}));
    const shown = shownIds(container);
    expect(shown).toContain('cp-40');
    expect(shown).not.toContain('kvm');
    expect(hiddenIds(container)).toContain('docker-engine-29');
    expect(screen.getByTestId('timeline-status').textContent).toBe(
      `1960–70년대 · 메인프레임, 모든 분야: 사건 ${shown.length}개를 보여 줍니다.`,
    );
  });

  it('combines era and category, and "전체" brings everything back', () => {
    const {container} = render(<VirtualizationTimeline />);
    fireEvent.click(screen.getByRole('radio', {name: '2000년대 · x86 가상화'}));
    fireEvent.click(screen.getByRole('radio', {name: '컨테이너'}));
    expect(shownIds(container)).toEqual([
      'freebsd-jail',
      'solaris-zones',
      'openvz',
      'cgroups',
      'lxc',
    ]);
    for (const radio of screen.getAllByRole('radio', {name: '전체'})) fireEvent.click(radio);
    expect(hiddenIds(container)).toEqual([]);
  });

  it('says so when nothing matches', () => {
    const {container} = render(<VirtualizationTimeline />);
    fireEvent.click(screen.getByRole('radio', {name: '1960–70년대 · 메인프레임'}));
    fireEvent.click(screen.getByRole('radio', {name: '컨테이너'}));
    expect(shownIds(container)).toEqual(['chroot']);
    fireEvent.click(screen.getByRole('radio', {name: '2010년대 이후 · 클라우드와 컨테이너'}));
    fireEvent.click(screen.getByRole('radio', {name: '가상화'}));
    expect(shownIds(container)).toEqual([]);
    expect(screen.getByTestId('timeline-status').textContent).toContain('없습니다');
  });
});

describe('VirtualizationTimeline hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<VirtualizationTimeline />);
  });
});
