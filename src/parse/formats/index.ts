/**
 * The format registry: every parser we have, in one list each for text and JSON.
 * Detection asks each text parser how sure it is; JSON parsers recognise a parsed value's shape.
 */
import type { TextFormatParser } from '../types';
import { diarizedTxt } from './diarized-txt';
import { otterTxt } from './otter-txt';
import { plainText } from './plain-text';
import { sbv } from './sbv';
import { srt } from './srt';
import { teamsTxt } from './teams-txt';
import { table } from './table';
import { webvtt } from './webvtt';
import { zoomTxt } from './zoom-txt';

export { JSON_FORMATS } from './json/index';
export { describeJsonShape } from './json/describe';
export { isDocx, parseDocx } from './docx';

/** Text formats, most specific first (ties in detection go to the earlier one). */
export const TEXT_FORMATS: readonly TextFormatParser[] = [
  webvtt,
  srt,
  sbv,
  zoomTxt,
  otterTxt,
  teamsTxt,
  diarizedTxt,
  table,
  plainText,
];
