import { describe, expect, it } from 'vitest';
import { growth, linearGrowth } from '../../tests/support/growth.js';
import { findAttributions, isHedged, sourceMatcher, tidyName } from './attribution.js';

const cues = (sentence: string) =>
  findAttributions(sentence).map((a) => [a.kind, a.name, sentence.slice(a.start, a.end), a.present]);

describe('findAttributions', () => {
  it.each([
    ['Families were present in Pyongyang, KCNA said.', 'KCNA', 'KCNA said'],
    ['The NIS said 300 were killed.', 'NIS', 'The NIS said'],
    ['The KCNA report said the regiment cleared areas.', 'KCNA', 'The KCNA report said'],
    [
      'Last month, Russia’s Defense Ministry said troops were there.',
      'Russia’s Defense Ministry',
      'Russia’s Defense Ministry said',
    ],
    ['Zelensky told reporters on Friday that 4,000 were hit.', 'Zelensky', 'Zelensky told'],
    ['In a speech reported by KCNA, Kim praised the regiment.', 'KCNA', 'reported by KCNA'],
    ['According to the NIS, 300 were killed.', 'NIS', 'According to the NIS'],
    [
      'A ceremony was held, according to a report by the state-run Korean Central News Agency (KCNA).',
      'Korean Central News Agency (KCNA)',
      'according to a report by the state-run Korean Central News Agency (KCNA)',
    ],
    ['300 were killed, said Lee Seong-kweun, a lawmaker.', 'Lee Seong-kweun', 'said Lee Seong-kweun'],
    [
      'Yesterday the Russian Ministry of Defence said 250 arrived.',
      'Russian Ministry of Defence',
      'the Russian Ministry of Defence said',
    ],
  ])('%j names %j', (sentence, name, cue) => {
    expect(cues(sentence)).toEqual([['named', name, cue, false]]);
  });

  it('reads a list of sources, and a present-tense verb', () => {
    expect(cues('South Korean, Ukrainian, and Western sources estimate that more than 6,000 were killed.')).toEqual([
      [
        'named',
        'South Korean, Ukrainian, and Western sources',
        'South Korean, Ukrainian, and Western sources estimate',
        true,
      ],
    ]);
  });

  it('tells pronouns and "the agency" apart from names', () => {
    expect(cues('He announced that the regiment would be honoured.')).toEqual([
      ['pronoun', null, 'He announced', false],
    ]);
    expect(cues('We now assess that there are some 10,000.')).toEqual([['pronoun', null, 'We now assess', true]]);
    expect(cues('Fewer than 300 remain, the ministry said.')).toEqual([
      ['anaphora', 'ministry', 'the ministry said', false],
    ]);
  });

  it.each([
    'Kim acknowledged casualties, stating that nine soldiers were killed.',
    'according to preliminary data, the number has exceeded 3,000',
    'An estimated 2,000 soldiers were wounded.',
    'There was a report that there have been at least 100 deaths.',
    'North Korea is believed to have sent around 14,000 troops.',
  ])('finds no source in %j', (sentence) => {
    expect(cues(sentence)).toEqual([]);
  });
});

describe('isHedged', () => {
  it.each([
    ['North Korea is believed to have sent 14,000 troops', true],
    ['Some 2,000 more are reportedly on their way', true],
    ['It is thought 300 died', true],
    ['KCNA said nine soldiers were killed', false],
  ])('%j → %s', (sentence, hedged) => {
    expect(isHedged(sentence)).toBe(hedged);
  });
});

describe('findAttributions on hostile text', () => {
  it('reads no more than sixteen words back as one name', () => {
    const name = Array.from({ length: 20 }, (_, i) => `Name${i}`).join(' ');
    expect(findAttributions(`${name} said nine died.`)[0]?.name).toBe(name.split(' ').slice(4).join(' '));
  });

  it('reads a sentence of capitalised reporting verbs in time that grows linearly with its length', () => {
    // Each "Said" is a verb whose subject is every "Said" before it.
    expect(growth(findAttributions, (n) => 'Said '.repeat(n / 5), 1_000)).toBeLessThan(linearGrowth);
  });
});

describe('tidyName and sourceMatcher', () => {
  const sources = [
    { id: 1, name: 'Korean Central News Agency (KCNA)', shortName: 'KCNA' },
    { id: 4, name: 'National Intelligence Service of South Korea (NIS)', shortName: 'NIS' },
    { id: 9, name: 'US Department of Defense', shortName: 'Pentagon' },
    { id: 12, name: 'President of Ukraine (Volodymyr Zelensky)', aliases: ['Ukrainian President', 'Zelenskyy'] },
  ];

  it('drops articles, "state-run" and a trailing "report"', () => {
    expect(tidyName('the state-run Korean Central News Agency')).toBe('Korean Central News Agency');
    expect(tidyName('The KCNA report')).toBe('KCNA');
  });

  it.each([
    ['KCNA', 1],
    ['kcna', 1],
    ['Korean Central News Agency (KCNA)', 1],
    ['Korean Central News Agency', 1],
    ['the NIS', 4],
    ['South Korea’s National Intelligence Service (NIS)', 4],
    ['pentagon', 9],
    ['Ukrainian President', 12],
    ['zelenskyy', 12],
  ])('matches %j to source %d', (name, id) => {
    expect(sourceMatcher(sources)(name).id).toBe(id);
  });

  it('takes the first source listed when several have the name', () => {
    const both = [
      { id: 2, name: 'NIS' },
      { id: 4, name: 'National Intelligence Service of South Korea (NIS)' },
    ];
    expect(sourceMatcher(both)('the NIS').id).toBe(2);
    expect(sourceMatcher([...both].reverse())('the NIS').id).toBe(4);
  });

  it('proposes a name it cannot match, as written', () => {
    expect(sourceMatcher(sources)('Russia’s Defense Ministry')).toEqual({
      id: null,
      name: 'Russia’s Defense Ministry',
    });
  });
});
