import {createContext, useContext, useState, type ReactNode} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';

// Docusaurus' tab state needs the site's router and storage; these tests are about the tab
// list's keyboard, so the state is a plain useState with the same shape.
interface TabsState {
  readonly selectedValue: string;
  readonly selectValue: (value: string) => void;
  readonly tabValues: readonly {value: string; label: string}[];
  readonly block: boolean;
}
const blockScroll = vi.fn();
// Docusaurus memoises the list (useTabValues).
const TAB_VALUES = [
  {value: 'windows', label: 'Windows'},
  {value: 'mac', label: 'macOS'},
  {value: 'linux', label: 'Linux'},
];
/** Re-renders the Tabs without changing the selection, as Docusaurus' storage store does. */
let rerenderTabs: () => void = () => {};
const TabsContext = createContext<TabsState | null>(null);

vi.mock('@docusaurus/theme-common', () => ({ThemeClassNames: {tabs: {container: 'tabs'}}}));
vi.mock('@docusaurus/theme-common/internal', () => ({
  sanitizeTabsChildren: (children: ReactNode) => children,
  TabsProvider: ({value, children}: {value: TabsState; children: ReactNode}) => (
    <TabsContext.Provider value={value}>{children}</TabsContext.Provider>
  ),
  useTabs: () => useContext(TabsContext)!,
  useScrollPositionBlocker: () => ({blockElementScrollPositionUntilNextRender: blockScroll}),
  useTabsContextValue: ({defaultValue}: {defaultValue: string}): TabsState => {
    const [selectedValue, selectValue] = useState(defaultValue);
    const [, setTick] = useState(0);
    rerenderTabs = () => setTick((tick) => tick + 1);
    // A new object on every render, like Docusaurus' useTabsContextValue.
    return {
      selectedValue,
      selectValue,
      block: false,
      tabValues: TAB_VALUES,
    };
  },
}));

const {default: Tabs} = await import('.');

afterEach(cleanup);

function renderTabs() {
  render(
    <Tabs defaultValue="mac">
      <p>panels</p>
    </Tabs>,
  );
  return {
    selected: () => screen.getByRole('tab', {selected: true}).textContent,
    focused: () => document.activeElement?.textContent,
  };
}

describe('Tabs keyboard', () => {
  it('keeps only the selected tab in the tab order', () => {
    renderTabs();
    const tabbable = screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0);
    expect(tabbable.map((tab) => tab.textContent)).toEqual(['macOS']);
  });

  it('moves focus with Left/Right (wrapping), Home and End without selecting', () => {
    const tabs = renderTabs();
    fireEvent.keyDown(screen.getByRole('tab', {name: 'macOS'}), {key: 'ArrowRight'});
    expect(tabs.focused()).toBe('Linux');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowRight'});
    expect(tabs.focused()).toBe('Windows');
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowLeft'});
    expect(tabs.focused()).toBe('Linux');
    fireEvent.keyDown(document.activeElement!, {key: 'Home'});
    expect(tabs.focused()).toBe('Windows');
    fireEvent.keyDown(document.activeElement!, {key: 'End'});
    expect(tabs.focused()).toBe('Linux');
    // Up and Down belong to the page (a horizontal tab list).
    fireEvent.keyDown(document.activeElement!, {key: 'ArrowDown'});
    expect(tabs.focused()).toBe('Linux');
    expect(tabs.selected()).toBe('macOS');
  });

  it('selects the focused tab with Enter or Space, and with a click', () => {
    const tabs = renderTabs();
    fireEvent.keyDown(screen.getByRole('tab', {name: 'macOS'}), {key: 'ArrowRight'});
    fireEvent.keyDown(document.activeElement!, {key: 'Enter'});
    expect(tabs.selected()).toBe('Linux');
    expect(screen.getByRole('tab', {name: 'Linux'}).tabIndex).toBe(0);
    expect(blockScroll).toHaveBeenCalledWith(screen.getByRole('tab', {name: 'Linux'}));
    fireEvent.keyDown(document.activeElement!, {key: 'Home'});
    fireEvent.keyDown(document.activeElement!, {key: ' '});
    expect(tabs.selected()).toBe('Windows');
    fireEvent.click(screen.getByRole('tab', {name: 'macOS'}));
    expect(tabs.selected()).toBe('macOS');
  });
});

describe('Tabs context', () => {
  it('re-renders the panels only when the selection changes', () => {
    let panelRenders = 0;
    function Panel(): ReactNode {
      panelRenders += 1;
      return <p>{useContext(TabsContext)!.selectedValue}</p>;
    }
    render(
      <Tabs defaultValue="mac">
        <Panel />
      </Tabs>,
    );
    expect(panelRenders).toBe(1);
    act(() => rerenderTabs());
    expect(panelRenders).toBe(1);
    fireEvent.click(screen.getByRole('tab', {name: 'Linux'}));
    expect(panelRenders).toBe(2);
    expect(screen.getByText('linux')).toBeTruthy();
  });
});
