import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';

// plugins/code-highlight turns every fenced block into <CodeBlock html="…">,
// which chapters use without importing it. What is left of `code` is inline
// code, and `pre` no longer wraps fences: both render as plain elements, which
// spares hydration two components for every inline `code` (over 200 on some chapters).
const {code: _inlineCode, pre: _fencePre, ...components} = MDXComponents;

export default {...components, CodeBlock};
