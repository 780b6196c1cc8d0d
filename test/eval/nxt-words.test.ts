import { describe, expect, it } from 'vitest';
import { mrdaParts, mrdaQuestion, parseAmiDialogueActs, parseIcsiDialogueActs } from './nxt-dialogue-acts';
import {
  decodeLatin1,
  fillTimesFromSegments,
  parseNxtSegments,
  parseNxtWords,
  renderTokens,
  wordSeconds,
  wordsToCues,
} from './nxt-words';

// A few words in the shape of AMI's ES2004a.A.words.xml (written for this test).
const AMI = `<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>
<nite:root nite:id="X.A.words" xmlns:nite="http://nite.sourceforge.net/">
   <w nite:id="X.A.words0" starttime="0.5" endtime="0.9">Is</w>
   <w nite:id="X.A.words1" starttime="0.9" endtime="1.2">it</w>
   <w nite:id="X.A.words2" starttime="1.2" endtime="1.6">ready</w>
   <w nite:id="X.A.words3" starttime="1.6" endtime="1.6" punc="true">?</w>
   <vocalsound nite:id="X.A.words4" starttime="1.6" endtime="1.8" type="cough"/>
   <w nite:id="X.A.words5" starttime="2.0" endtime="2.3">We</w>
   <w nite:id="X.A.words6" starttime="2.3" endtime="2.6">could</w>
   <disfmarker nite:id="X.A.words7" starttime="2.6" endtime="2.6"/>
   <w nite:id="X.A.words8" starttime="3.5" endtime="3.8" trunc="true">sta</w>
   <w nite:id="X.A.words9" starttime="3.8" endtime="4.0">Caf&#233;</w>
</nite:root>`;

describe('NXT words reader', () => {
  it('parses words, punctuation, truncation and entities', () => {
    const tokens = parseNxtWords(AMI);
    expect(tokens.map((t) => t.text)).toEqual(['Is', 'it', 'ready', '?', '', 'We', 'could', '', 'sta', 'Café']);
    expect(tokens[3]).toMatchObject({ punc: true, startSec: 1.6 });
    expect(tokens[8]).toMatchObject({ truncated: true });
    expect(tokens[7]!.tag).toBe('disfmarker');
  });

  it('groups words into cues at sentence ends and pauses over 0.5 s', () => {
    // "Is it ready?" ends a sentence; "We could" then a 0.9 s pause (2.6 -> 3.5) starts a new cue.
    expect(wordsToCues(parseNxtWords(AMI), 'A')).toEqual([
      { speaker: 'A', startMs: 500, endMs: 1600, text: 'Is it ready?', line: null },
      { speaker: 'A', startMs: 2000, endMs: 2600, text: 'We could {disfmarker}', line: null },
      { speaker: 'A', startMs: 3500, endMs: 4000, text: 'sta- Café', line: null },
    ]);
  });

  it('sums word durations as the reference talk time', () => {
    // 0.4 + 0.3 + 0.4 + 0.3 + 0.3 + 0.3 + 0.2 = 2.2 s (punctuation and events excluded).
    expect(wordSeconds(parseNxtWords(AMI))).toBeCloseTo(2.2, 10);
  });

  it('decodes ISO-8859-1 bytes', () => {
    expect(decodeLatin1(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe('Zoë');
  });

  it('fills missing ICSI times inside their segment and renders clitics and hyphens', () => {
    const xml = `<w nite:id="w.1" starttime="" endtime="" c="W">I</w>
      <w nite:id="w.2" starttime="" endtime="10.8" c="W">'m</w>
      <w nite:id="w.3" starttime="10.8" endtime="11.2" c="W">twenty</w>
      <w nite:id="w.4" starttime="" endtime="" c="HYPH">-</w>
      <w nite:id="w.5" starttime="" endtime="" c="W">one</w>
      <w nite:id="w.6" starttime="12" endtime="12" c=".">.</w>`;
    const segs = parseNxtSegments(
      '<segment nite:id="s.1" starttime="10.0" endtime="12.0" participant="me003"><nite:child href="B.words.xml#id(w.1)..id(w.6)"/></segment>',
    );
    expect(segs).toEqual([{ startSec: 10, endSec: 12, participant: 'me003', from: 'w.1', to: 'w.6' }]);
    const tokens = parseNxtWords(xml);
    fillTimesFromSegments(tokens, segs);
    // "I" and "'m" share 10.0-10.8 (0.4 s each); "one" gets 11.2-12.0; the hyphen is punctuation.
    expect(tokens.map((t) => [t.startSec, t.endSec])).toEqual([
      [10, 10.4],
      [10.4, 10.8],
      [10.8, 11.2],
      [null, null],
      [11.2, 12],
      [12, 12],
    ]);
    expect(tokens[0]!.interpolated).toBe(true);
    expect(renderTokens(tokens)).toBe("I'm twenty-one.");
    expect(wordSeconds(tokens, true)).toBeCloseTo(0.4, 10); // only "twenty" was measured
  });
});

describe('NXT dialogue acts', () => {
  it('reads AMI acts with their type and word range', () => {
    const acts = parseAmiDialogueActs(
      '<dact nite:id="d1"><nite:pointer role="da-aspect"  href="da-types.xml#id(ami_da_5)"/><nite:child href="X.A.words.xml#id(X.A.words0)..id(X.A.words3)"/></dact>',
    );
    expect(acts).toEqual([
      {
        id: 'd1',
        type: 'ami_da_5',
        ranges: [{ from: 'X.A.words0', to: 'X.A.words3' }],
        startSec: null,
        endSec: null,
        participant: null,
      },
    ]);
  });

  it('reads ICSI acts and splits MRDA tags', () => {
    const [act] = parseIcsiDialogueActs(
      '<dialogueact nite:id="d2" starttime="1.5" endtime="2.0" type="s.%-:qy^rt" participant="me003"><nite:child href="B.words.xml#id(w.9)"/></dialogueact>',
    );
    expect(act).toMatchObject({
      type: 's.%-:qy^rt',
      startSec: 1.5,
      endSec: 2,
      participant: 'me003',
      ranges: [{ from: 'w.9', to: 'w.9' }],
    });
    expect(mrdaParts(act!.type)).toEqual([
      { general: 's', specific: [], disruption: '%-' },
      { general: 'qy', specific: ['rt'], disruption: null },
    ]);
    expect(mrdaQuestion(act!.type)).toBe('closed');
    expect(mrdaQuestion('qw')).toBe('open');
    expect(mrdaQuestion('qh')).toBe('rhetorical');
    expect(mrdaQuestion('s^bk')).toBeNull();
  });
});
