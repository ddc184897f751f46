import {useEffect, useLayoutEffect, useState, type ReactNode} from 'react';
import {describe, expect, it} from 'vitest';
import useIsBrowser from '@docusaurus/useIsBrowser';
import BrowserOnly from '@docusaurus/BrowserOnly';
import {expectHydratesWithoutChange, hydrateServerHtml, renderToHtml} from './ssr';

function Static(): ReactNode {
  const [count, setCount] = useState(0);
  return (
    <button type="button" aria-pressed={false} onClick={() => setCount(count + 1)}>
      {count} 번
    </button>
  );
}

function Slider(): ReactNode {
  const [value, setValue] = useState(3);
  return (
    <label>
      값{' '}
      <input
        type="range"
        min={1}
        max={5}
        value={value}
        onChange={(e) => setValue(+e.target.value)}
      />
      <input type="radio" name="r" value="a" checked readOnly />
    </label>
  );
}

function EffectThatChangesNothing(): ReactNode {
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the case under test
  useEffect(() => setReady(true), []);
  return <p data-ready="always">{ready ? '준비' : '준비'}</p>;
}

function BrowserText(): ReactNode {
  return <p>{useIsBrowser() ? '브라우저' : '서버'}</p>;
}

function BrowserAttribute(): ReactNode {
  return <button type="button" disabled={!useIsBrowser()} />;
}

function EffectText(): ReactNode {
  const [text, setText] = useState('처음');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the case under test
  useEffect(() => setText('나중'), []);
  return <p>{text}</p>;
}

function LayoutEffectChild(): ReactNode {
  const [shown, setShown] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the case under test
  useLayoutEffect(() => setShown(true), []);
  return <div>{shown && <span>추가</span>}</div>;
}

let mismatchRenders = 0;
function Mismatch(): ReactNode {
  // The hydrating render already differs from the server one (as Date.now() or Math.random() would).
  // eslint-disable-next-line react-hooks/globals -- the impure render is the case under test
  mismatchRenders += 1;
  return <p>{mismatchRenders % 2 === 1 ? '서버' : '브라우저'}</p>;
}

describe('renderToHtml', () => {
  it('renders with useIsBrowser false and BrowserOnly showing its fallback', () => {
    expect(renderToHtml(<BrowserText />)).toBe('<p>서버</p>');
    expect(renderToHtml(<BrowserOnly fallback={<i>대체</i>}>{() => <b>앱</b>}</BrowserOnly>)).toBe(
      '<i>대체</i>',
    );
  });
});

describe('expectHydratesWithoutChange', () => {
  it('passes for components whose hydration changes nothing', async () => {
    await expectHydratesWithoutChange(<Static />);
    await expectHydratesWithoutChange(<EffectThatChangesNothing />);
    // React writes type, value and checked of inputs again with the same values.
    await expectHydratesWithoutChange(<Slider />);
  });

  it('fails when text depends on useIsBrowser (it turns true after hydration)', async () => {
    await expect(expectHydratesWithoutChange(<BrowserText />)).rejects.toThrow(
      /text "서버" → "브라우저"/,
    );
  });

  it('fails when an attribute depends on useIsBrowser', async () => {
    await expect(expectHydratesWithoutChange(<BrowserAttribute />)).rejects.toThrow(
      /attribute disabled "" → null/,
    );
  });

  it('fails when BrowserOnly swaps its fallback for the content', async () => {
    await expect(
      expectHydratesWithoutChange(
        <BrowserOnly fallback={<i>대체</i>}>{() => <b>앱</b>}</BrowserOnly>,
      ),
    ).rejects.toThrow(/children \+\[\] −\[<i>\][^]*children \+\[<b>\]/);
  });

  it('fails when an effect sets state that changes the text or adds elements', async () => {
    await expect(expectHydratesWithoutChange(<EffectText />)).rejects.toThrow(/"처음" → "나중"/);
    await expect(expectHydratesWithoutChange(<LayoutEffectChild />)).rejects.toThrow(
      /<div>: children \+\[<span>\]/,
    );
  });

  it('fails on a hydration mismatch, reported by React', async () => {
    const report = await hydrateServerHtml(<Mismatch />);
    expect(report.errors.join('\n')).toMatch(/recoverable: .*(hydrat|match)/i);
    await expect(expectHydratesWithoutChange(<Mismatch />)).rejects.toThrow(/error: /);
  });
});
