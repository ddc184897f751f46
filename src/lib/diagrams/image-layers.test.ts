import {describe, expect, it} from 'vitest';
import {
  EDITED_FILE,
  IMAGE_APP,
  IMAGE_TOOLS,
  LAYERS,
  sharedLayers,
  totalSizeMB,
  writableLayerAfterEdit,
} from './image-layers';

describe('image layers', () => {
  it('every Dockerfile line either makes a known layer or explains the config change', () => {
    for (const image of [IMAGE_APP, IMAGE_TOOLS]) {
      for (const line of image.dockerfile) {
        if (line.layer === null) expect(line.configNote).toBeTruthy();
        else expect(LAYERS[line.layer]).toBeDefined();
      }
      const fromLines = image.dockerfile.map((l) => l.layer).filter(Boolean);
      expect(fromLines).toEqual(image.layers);
    }
  });

  it('ENV and CMD make no layer', () => {
    expect(
      IMAGE_APP.dockerfile.filter((l) => l.layer === null).map((l) => l.text.split(' ')[0]),
    ).toEqual(['ENV', 'CMD']);
  });

  it('two images built FROM the same base share that layer only', () => {
    expect(sharedLayers(IMAGE_APP, IMAGE_TOOLS)).toEqual(['base']);
  });

  it('editing a file from a lower layer copies it up; lower layers stay as they were', () => {
    const before = JSON.stringify(LAYERS);
    const result = writableLayerAfterEdit(IMAGE_APP, EDITED_FILE);
    expect(result.copiedFrom).toBe('app');
    expect(result.entries[0]!.note).toContain('copy-up');
    expect(JSON.stringify(LAYERS)).toBe(before);
  });

  it('a new file needs no copy-up', () => {
    expect(writableLayerAfterEdit(IMAGE_APP, '/tmp/new.txt').copiedFrom).toBeNull();
  });

  it('adds up the example sizes', () => {
    expect(totalSizeMB(IMAGE_APP)).toBe(50.2);
  });
});
