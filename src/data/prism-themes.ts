import type {PrismTheme} from 'prism-react-renderer';

// Code colours chosen for WCAG AA (4.5:1) on their own background; a unit test checks every one.
export const lightCodeTheme: PrismTheme = {
  plain: {color: '#24292f', backgroundColor: '#f6f8fa'},
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: {color: '#57606a', fontStyle: 'italic'},
    },
    {types: ['namespace'], style: {color: '#57606a'}},
    {types: ['string', 'attr-value', 'char'], style: {color: '#0a3069'}},
    {types: ['punctuation', 'operator'], style: {color: '#24292f'}},
    {
      types: [
        'entity',
        'url',
        'symbol',
        'number',
        'boolean',
        'variable',
        'constant',
        'property',
        'regex',
        'inserted',
        'environment',
      ],
      style: {color: '#0550ae'},
    },
    {types: ['atrule', 'keyword', 'attr-name', 'selector', 'important'], style: {color: '#a40e26'}},
    {types: ['function', 'deleted', 'builtin', 'class-name'], style: {color: '#6639ba'}},
    {types: ['parameter', 'function-variable'], style: {color: '#953800'}},
    {types: ['tag'], style: {color: '#116329'}},
  ],
};

export const darkCodeTheme: PrismTheme = {
  plain: {color: '#e6edf3', backgroundColor: '#161b22'},
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: {color: '#9da7b3', fontStyle: 'italic'},
    },
    {types: ['namespace'], style: {color: '#9da7b3'}},
    {types: ['string', 'attr-value', 'char'], style: {color: '#a5d6ff'}},
    {types: ['punctuation', 'operator'], style: {color: '#e6edf3'}},
    {
      types: [
        'entity',
        'url',
        'symbol',
        'number',
        'boolean',
        'variable',
        'constant',
        'property',
        'regex',
        'inserted',
        'environment',
      ],
      style: {color: '#79c0ff'},
    },
    {types: ['atrule', 'keyword', 'attr-name', 'selector', 'important'], style: {color: '#ff7b72'}},
    {types: ['function', 'deleted', 'builtin', 'class-name'], style: {color: '#d2a8ff'}},
    {types: ['parameter', 'function-variable'], style: {color: '#ffa657'}},
    {types: ['tag'], style: {color: '#7ee787'}},
  ],
};

/** Colours of a code block around its tokens, checked for contrast like the tokens. */
export interface CodeChrome {
  /** `--docusaurus-highlighted-code-line-bg`: every token colour stays AA on it. */
  readonly highlightedLineBackground: string;
  /** Line numbers, the "내 컴퓨터에서" label and captions: AA on both backgrounds. */
  readonly muted: string;
}

export const lightCodeChrome: CodeChrome = {highlightedLineBackground: '#fff8c5', muted: '#57606a'};

export const darkCodeChrome: CodeChrome = {highlightedLineBackground: '#3a3220', muted: '#9da7b3'};
