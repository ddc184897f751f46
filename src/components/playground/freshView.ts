import type {PanelData} from './simulatorSession';

// What a new engine shows, known without loading it: the terminal is drawn with these in the
// server HTML and while the engine downloads. freshView.test.ts checks them against the engine.

export const FRESH_PROMPT = 'user@playground:~$ ';

export const FRESH_PANEL: PanelData = {
  images: [],
  containers: [],
  volumes: [],
  networks: [
    {name: 'bridge', driver: 'bridge'},
    {name: 'host', driver: 'host'},
    {name: 'none', driver: 'null'},
  ],
};
