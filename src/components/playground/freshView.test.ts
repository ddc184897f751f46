import {describe, expect, it} from 'vitest';
import {createSession} from './simulatorSession';
import {FRESH_PANEL, FRESH_PROMPT} from './freshView';

describe('the terminal drawn before the engine arrives', () => {
  it('shows the prompt and state panel of a new engine', () => {
    for (const seed of [1, 42, 2 ** 31 - 1]) {
      const session = createSession({seed, commands: []});
      expect(session.engine.prompt()).toBe(FRESH_PROMPT);
      expect(session.panel()).toEqual(FRESH_PANEL);
    }
  });
});
