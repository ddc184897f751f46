import fs from 'node:fs';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import codeHighlight from './plugins/code-highlight';
import remarkHighlightCode from './plugins/code-highlight/remark';
import mermaidChunks from './plugins/mermaid-chunks';
import postBuildPipeline from './plugins/post-build-pipeline';
import rawImports from './plugins/raw-imports';
import hydrationTransitions from './plugins/hydration-transitions';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import remarkVersions from './plugins/remark-versions';
import {ssrTemplate} from './plugins/ssr-template';
import {earlyPlatformScript, earlyTabStyle} from './src/lib/platform/early';
import {siteStorageNamespace} from './plugins/storage-namespace';
import rehypeScrollableTables from './plugins/rehype-scrollable-tables';
import {darkCodeTheme, lightCodeTheme} from './src/data/prism-themes';

// Where the site is served from. Defaults serve it from the root of any host;
// GitHub Pages project sites set BASE_URL=/<repo>/.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = normalizeBaseUrl(process.env.BASE_URL ?? '/');

function normalizeBaseUrl(value: string): string {
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

// `docusaurus start` serves the search index of one earlier build (scripts/dev-search-index.mjs).
const isDevServer = process.argv.includes('start');

const config: Config = {
  title: '도커 길잡이',
  tagline: '가상화의 원리부터 Compose와 클러스터까지, 한국어로 배우는 Docker',
  favicon: 'img/favicon.svg',
  staticDirectories:
    isDevServer && fs.existsSync('.search-dev') ? ['static', '.search-dev'] : ['static'],
  url: siteUrl,
  baseUrl,
  // Its inline script shows a "wrong baseUrl" banner when main.js has not run by
  // DOMContentLoaded, which is always so here: the loader starts scripts after the first paint.
  baseUrlIssueBanner: false,
  trailingSlash: false,
  ssrTemplate,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
  },

  headTags: [
    {
      // Without JavaScript, tabs cannot switch: show every panel, each under its own label.
      // Code copy buttons and other .dg-js-only controls need JavaScript too; the playground's
      // reserved height is for a terminal that never loads.
      tagName: 'noscript',
      attributes: {},
      innerHTML:
        '<style>.tabs-container>[role=tablist]{display:none}.tabs-container [role=tabpanel][hidden]{display:block}.tabs-container [role=tabpanel]{margin-bottom:1.25rem}.tabs-container .dg-tab-label{display:block}.dg-code__buttons,.dg-js-only{display:none!important}.dg-nojs-only{display:block!important}.dg-nojs-reveal[hidden]{display:block!important}</style>',
    },
    {
      // Before the first paint: marks phones, tablets and ChromeOS on <html> (install pages'
      // notices) and settles which OS/shell/distribution tabs show (src/lib/platform/early.ts).
      tagName: 'script',
      attributes: {},
      innerHTML: earlyPlatformScript(siteStorageNamespace(siteUrl, baseUrl)),
    },
    {tagName: 'style', attributes: {}, innerHTML: earlyTabStyle()},
    {tagName: 'meta', attributes: {name: 'theme-color', content: '#1d63ed'}},
    {tagName: 'link', attributes: {rel: 'manifest', href: `${baseUrl}manifest.webmanifest`}},
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          breadcrumbs: true,
          remarkPlugins: [
            remarkGlossaryTerms,
            remarkVersions,
            [remarkHighlightCode, {siteDir: process.cwd()}],
          ],
          rehypePlugins: [rehypeScrollableTables],
        },
        blog: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css'],
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
        },
      } satisfies Preset.Options,
    ],
  ],

  clientModules: ['./src/client/index.ts'],

  themes: ['@docusaurus/theme-mermaid'],

  plugins: [codeHighlight, mermaidChunks, rawImports, hydrationTransitions, postBuildPipeline],

  themeConfig: {
    image: 'img/og-image.png',
    metadata: [
      {
        name: 'keywords',
        content: '도커, Docker, 컨테이너, 가상화, Docker Compose, Dockerfile, 쿠버네티스',
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: true,
      },
    },
    navbar: {
      title: '도커 길잡이',
      logo: {
        alt: '도커 길잡이 로고',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'course', position: 'left', label: '학습 과정'},
        {type: 'docSidebar', sidebarId: 'install', position: 'left', label: '설치 가이드'},
        {to: '/playground', label: '플레이그라운드', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '배우기',
          items: [
            {label: '이 과정에 대하여', to: '/docs/intro'},
            {label: '설치 가이드', to: '/docs/install'},
            {label: '플레이그라운드', to: '/playground'},
            {label: '검색', to: '/search'},
          ],
        },
        {
          title: '참고',
          items: [
            {label: '용어집', to: '/docs/glossary'},
            {label: '옛 명령과 새 명령', to: '/docs/command-map'},
            {label: '치트 시트', to: '/docs/cheat-sheet'},
            {label: '내 학습 현황', to: '/progress'},
            {label: '설치 문제 해결', to: '/docs/install/troubleshooting'},
          ],
        },
        {
          title: '공식 문서',
          items: [
            {label: 'Docker Docs', href: 'https://docs.docker.com/'},
            {label: 'OCI 명세', href: 'https://opencontainers.org/'},
          ],
        },
      ],
      copyright: `도커 길잡이 · 글과 그림은 직접 쓰고 그렸습니다. Docker는 Docker, Inc.의 상표입니다.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // Code is coloured at build time (plugins/code-highlight); the browser loads no Prism.
      additionalLanguages: [],
    },
    mermaid: {
      theme: {light: 'neutral', dark: 'dark'},
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
