import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';

// plugins/code-highlight turns every fenced block into <CodeBlock html="…">;
// chapters use it without importing it.
export default {...MDXComponents, CodeBlock};
