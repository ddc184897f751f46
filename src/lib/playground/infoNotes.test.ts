import {describe, expect, it} from 'vitest';
import {infoNote} from '../docker-sim/commands/login';
import {splitInfoNotes} from './infoNotes';

describe('splitInfoNotes', () => {
  it('marks a docker/cli note with its blank line and indented lines, and nothing else', () => {
    const note = infoNote(
      'A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit https://app.docker.com/settings',
    );
    const text = `Username: \n${note}Error: something failed\n`;
    expect(splitInfoNotes(text)).toEqual([
      {text: 'Username: \n', note: false},
      {text: note, note: true},
      {text: 'Error: something failed\n', note: false},
    ]);
  });

  it('leaves stderr without a note as one part, and keeps the text byte for byte', () => {
    const text =
      "docker: Error response from daemon: No such container: x\n\nRun 'docker run --help'";
    expect(splitInfoNotes(text)).toEqual([{text, note: false}]);
    expect(splitInfoNotes('')).toEqual([{text: '', note: false}]);
  });

  it('does not take an indented line that follows ordinary stderr', () => {
    const parts = splitInfoNotes('error\n         indented\n');
    expect(parts.every((p) => !p.note)).toBe(true);
  });
});
