/**
 * WebVTT cue text to words: the cue-text tokenizer's output turned into pieces for speaker
 * attribution (split at line breaks and voice tags), and into one plain line.
 */
import type { CuePiece } from './cue-speakers';
import { collapseWhitespace, decodeEntities, tokenizeCueText } from './cue-text';

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
  // Most cues hold no tag: their lines are the pieces, without the tokenizer.
  if (!cueText.includes('<')) return linePieces(decodeEntities(cueText), firstLine);
  const pieces: CuePiece[] = [];
  let line = firstLine;
  let current: CuePiece = { text: '', line, startsLine: true };
  let rubyDepth = 0;
  let inRubyText = false;

  // Index loops and no closures: this runs once per cue, and closures, splits and tokens were 14 MB of
  // garbage at 250k words.
  const tokens = tokenizeCueText(cueText);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'text') {
      const text = token.text;
      let from = 0;
      for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
        if (!inRubyText) current.text += text.slice(from, newline);
        finishPiece(pieces, current);
        current = { text: '', line: ++line, startsLine: true };
        from = newline + 1;
      }
      if (!inRubyText) current.text += from === 0 ? text : text.slice(from);
      continue;
    }
    line += token.newlines;
    if (token.kind === 'start' && token.name === 'v') {
      finishPiece(pieces, current);
      current = { text: '', line, voice: token.annotation, startsLine: false };
    } else if (token.kind === 'start' && token.name === 'ruby') rubyDepth++;
    else if (token.kind === 'start' && token.name === 'rt') inRubyText = rubyDepth > 0;
    else if (token.kind === 'end' && token.name === 'rt') inRubyText = false;
    else if (token.kind === 'end' && token.name === 'ruby') {
      inRubyText = false;
      rubyDepth = Math.max(0, rubyDepth - 1);
    }
  }
  finishPiece(pieces, current);
  return pieces;
}

/** Text without tags: one piece per line that has any text. */
function linePieces(text: string, firstLine: number): CuePiece[] {
  const pieces: CuePiece[] = [];
  let line = firstLine;
  let from = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
    if (newline > from) pieces.push({ text: text.slice(from, newline), line, startsLine: true });
    line++;
    from = newline + 1;
  }
  if (from < text.length) pieces.push({ text: from === 0 ? text : text.slice(from), line, startsLine: true });
  return pieces;
}

/** A piece is kept when it has text or opened a voice (`<v Zoë></v>` still names who speaks next). */
function finishPiece(pieces: CuePiece[], piece: CuePiece): void {
  if (piece.text !== '' || piece.voice !== undefined) pieces.push(piece);
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
