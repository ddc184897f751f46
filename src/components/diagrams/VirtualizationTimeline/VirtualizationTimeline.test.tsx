import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {timelineEvents} from '@site/src/data/timeline';
import {layoutLanes} from '@site/src/lib/diagrams/timeline';
import VirtualizationTimeline from '.';

const LANE_EVENTS = layoutLanes(timelineEvents);
const mark = (id: string): HTMLButtonElement =>
  document.querySelector<HTMLButtonElement>(`button[data-event="${id}"]`)!;

describe('VirtualizationTimeline on the server', () => {
  const html = renderToHtml(<VirtualizationTimeline />);
  const text = textOf(html);

  it('lists every event with its date, title, description and source', () => {
    for (const event of timelineEvents) {
      expect(text).toContain(event.when);
      expect(text).toContain(event.title);
      expect(text).toContain(event.description);
      expect(html).toContain(`href="${event.source.url.replace(/&/g, '&amp;')}"`);
    }
    expect(html).toContain('<details');
    expect(html).toContain('<figcaption');
  });

  it('draws the lane events as buttons in time order, with Docker explained first', () => {
    const ids = [...html.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(LANE_EVENTS.map((p) => p.event.id));
    expect(html).toMatch(
      /data-event="docker"[^>]*aria-pressed="true"|aria-pressed="true"[^>]*data-event="docker"/,
    );
    // One tab stop for the whole picture.
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(text).toContain('dotCloud');
    expect(text).toContain('가상 머신');
    expect(text).toContain('오늘:');
  });

  it('places each label at its year on the two-piece scale', () => {
    const kvm = LANE_EVENTS.find((p) => p.event.id === 'kvm')!;
    expect(html).toContain(`top:${kvm.labelY}px`);
  });
});

describe('VirtualizationTimeline interaction', () => {
  afterEach(cleanup);

  it('explains the event a reader clicks', () => {
    render(<VirtualizationTimeline />);
    fireEvent.click(mark('wsl-2'));
    const detail = screen.getByTestId('timeline-detail');
    expect(detail.textContent).toContain('WSL 2');
    expect(detail.textContent).toContain('Comparing WSL Versions');
    expect(mark('wsl-2').getAttribute('aria-pressed')).toBe('true');
    expect(mark('docker').getAttribute('aria-pressed')).toBe('false');
  });

  it('moves through the events in time order with the arrow keys, across both lanes', () => {
    render(<VirtualizationTimeline />);
    const order = LANE_EVENTS.map((p) => p.event.id);
    const docker = order.indexOf('docker');
    mark('docker').focus();
    fireEvent.keyDown(mark('docker'), {key: 'ArrowDown'});
    expect(document.activeElement).toBe(mark(order[docker + 1]!));
    expect(screen.getByTestId('timeline-detail').textContent).toContain(
      timelineEvents.find((e) => e.id === order[docker + 1])!.title,
    );
    fireEvent.keyDown(document.activeElement!, {key: 'Home'});
    expect(document.activeElement).toBe(mark(order[0]!));
    fireEvent.keyDown(document.activeElement!, {key: 'End'});
    expect(document.activeElement).toBe(mark('docker-engine-29'));
    expect(mark('docker-engine-29').tabIndex).toBe(0);
    expect(mark('docker').tabIndex).toBe(-1);
  });
});

describe('VirtualizationTimeline hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<VirtualizationTimeline />);
  });
});
