import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import ExampleDownloadBox from './ExampleDownloadBox';
import {EXAMPLE_ROUTES} from './routes';

const archive = {name: 'node-app', path: 'examples/node-app.zip', size: 4552, fileCount: 7};

function setController(controller: object | null): void {
  Object.defineProperty(navigator, 'serviceWorker', {value: {controller}, configurable: true});
}

/** Clicks the archive link; returns whether the page's handler kept the browser from following it. */
function clickLink(): boolean {
  let prevented = false;
  const record = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault(); // jsdom cannot navigate
  };
  document.addEventListener('click', record);
  fireEvent.click(screen.getByRole('link', {name: 'node-app.zip 내려받기'}));
  document.removeEventListener('click', record);
  return prevented;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setController(null);
});

describe('the archive link', () => {
  it('is a plain download link when no service worker controls the page', () => {
    setController(null);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<ExampleDownloadBox archive={archive} route={EXAMPLE_ROUTES['node-app']!} />);
    expect(clickLink()).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is fetched (the worker answers, offline too) and saved under its name when a worker controls the page', async () => {
    setController({});
    const fetchMock = vi.fn(async () => new Response(new Uint8Array([0x50, 0x4b])));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {createObjectURL: () => 'blob:zip', revokeObjectURL: () => {}}),
    );
    const saved: {href: string; download: string}[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({href: this.getAttribute('href')!, download: this.download});
    });
    render(<ExampleDownloadBox archive={archive} route={EXAMPLE_ROUTES['node-app']!} />);
    expect(clickLink()).toBe(true);
    expect(fetchMock).toHaveBeenCalledWith('http://localhost:3000/examples/node-app.zip');
    await waitFor(() => expect(saved).toEqual([{href: 'blob:zip', download: 'node-app.zip'}]));
  });
});
