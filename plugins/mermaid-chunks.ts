import type {LoadContext, Plugin} from '@docusaurus/types';

// Mermaid and its parsers otherwise land in the shared `common` chunk that
// every docs page runs (+140 KiB gzip). Excluding them keeps Mermaid in the
// chunks of the pages that draw a diagram.
export const MERMAID_PACKAGES =
  /^(?!.*node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|cytoscape|cytoscape-[^\\/]+|d3|d3-[^\\/]+|dagre|dagre-d3-es|khroma|katex|roughjs|lodash-es|vscode-[^\\/]+|@braintree|marked|dompurify|stylis)[\\/])/;

interface CacheGroup {
  test?: unknown;
}

export default function mermaidChunks(_context: LoadContext): Plugin {
  return {
    name: 'mermaid-chunks',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks;
      if (splitChunks && typeof splitChunks === 'object' && splitChunks.cacheGroups) {
        const common = (splitChunks.cacheGroups as Record<string, CacheGroup | false>).common;
        if (common) common.test = MERMAID_PACKAGES;
      }
      return {};
    },
  };
}
