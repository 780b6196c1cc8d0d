/**
 * WebVTT cue text to words: the cue-text tokenizer's output turned into pieces for speaker
 * attribution (split at line breaks and voice tags), and into one plain line.
 */
import type { CuePiece } from './cue-speakers';
import { collapseWhitespace, tokenizeCueText } from './cue-text';

/**
 * A cue's text as pieces for speaker attribution: markup removed, character references decoded, split
 * at line breaks and at voice tags. `<rt>` ruby annotations inside `<ruby>` are dropped: they spell
 * out how the base text is read, they are not more words.
 *
 * @example
 * webVttCuePieces('<v Li Na>你好</v>\nZoë: Hi &amp; welcome', 7)
 * // => [{ text: '你好', line: 7, voice: 'Li Na', startsLine: false },
 * //     { text: 'Zoë: Hi & welcome', line: 8, startsLine: true }]
 */
export function webVttCuePieces(cueText: string, firstLine: number): CuePiece[] {
  const pieces: CuePiece[] = [];
  let line = firstLine;
  let current: CuePiece = { text: '', line, startsLine: true };
  let rubyDepth = 0;
  let inRubyText = false;

  const finishPiece = () => {
    if (current.text !== '' || current.voice !== undefined) pieces.push(current);
  };

  for (const token of tokenizeCueText(cueText)) {
    if (token.kind === 'text') {
      token.text.split('\n').forEach((part, i) => {
        if (i > 0) {
          finishPiece();
          current = { text: '', line: ++line, startsLine: true };
        }
        if (!inRubyText) current.text += part;
      });
      continue;
    }
    line += token.newlines;
    if (token.kind === 'start' && token.name === 'v') {
      finishPiece();
      current = { text: '', line, voice: token.annotation, startsLine: false };
    } else if (token.kind === 'start' && token.name === 'ruby') rubyDepth++;
    else if (token.kind === 'start' && token.name === 'rt') inRubyText = rubyDepth > 0;
    else if (token.kind === 'end' && token.name === 'rt') inRubyText = false;
    else if (token.kind === 'end' && token.name === 'ruby') {
      inRubyText = false;
      rubyDepth = Math.max(0, rubyDepth - 1);
    }
  }
  finishPiece();
  return pieces;
}

/**
 * A cue's words as one line: markup removed, character references decoded, white space collapsed.
 *
 * @example
 * webVttPlainText('<c.yellow>Hello</c> <00:01.500>there,\n<i>Zoë</i> &amp; Tom') // => 'Hello there, Zoë & Tom'
 */
export function webVttPlainText(cueText: string): string {
  return collapseWhitespace(
    webVttCuePieces(cueText, 1)
      .map((p) => p.text)
      .join(' '),
  );
}
