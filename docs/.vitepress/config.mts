import { defineConfig } from 'vitepress';

// The documentation site: the hand-written guides, the rules catalogue generated from the rule data
// and the API reference generated from the sources by TypeDoc (docs/api). Built by `pnpm run docs`.
export default defineConfig({
  title: 'Tremplin',
  description: 'SDK for job retention after health problems (maintien dans l’emploi, PDP)',
  lang: 'en',
  cleanUrls: true,
  srcExclude: ['**/test/**'],
  // Links to the repository's examples and packages (outside the site) are right on GitHub.
  ignoreDeadLinks: [/^\.?\.?\/?\.\.\//],
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/getting-started' },
      { text: 'Rules catalogue', link: '/rules-catalogue' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Getting started', link: '/getting-started' },
          { text: 'Data model', link: '/schemas' },
          { text: 'Medical secrecy', link: '/secrecy' },
          { text: 'Decisions', link: '/rules' },
          { text: 'Forms', link: '/elements' },
          { text: 'Documents', link: '/pdf' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Rules catalogue', link: '/rules-catalogue' },
          { text: 'API', link: '/api/' },
          { text: 'Benchmarks', link: '/benchmarks' },
          { text: 'Releasing', link: '/releasing' },
        ],
      },
    ],
    search: { provider: 'local' },
  },
});
