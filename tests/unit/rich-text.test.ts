import { describe, expect, it } from 'vitest';
import { richLinks, richParts } from '../../src/domain/rich-text.ts';

describe('richParts', () => {
  it('splits a sentence into text, code, emphasis, strong and links, in order', () => {
    expect(richParts('Each record is in the [public repository](repo), with a `date` and a *claim*; **never** zero.')).toEqual([
      { kind: 'text', text: 'Each record is in the ' },
      { kind: 'link', text: 'public repository', key: 'repo' },
      { kind: 'text', text: ', with a ' },
      { kind: 'code', text: 'date' },
      { kind: 'text', text: ' and a ' },
      { kind: 'em', text: 'claim' },
      { kind: 'text', text: '; ' },
      { kind: 'strong', text: 'never' },
      { kind: 'text', text: ' zero.' },
    ]);
  });

  it('keeps markup-like text as text when it is not markup, and angle brackets as plain characters', () => {
    expect(richParts('<script>alert(1)</script> [date] 3 * 4')).toEqual([{ kind: 'text', text: '<script>alert(1)</script> [date] 3 * 4' }]);
  });

  it('lists the link keys a string needs', () => {
    expect(richLinks('See [Data](data) and [the feed](changesFeed).')).toEqual(['data', 'changesFeed']);
  });
});
