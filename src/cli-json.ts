/**
 * Where the command lines put their JSON (`--json PATH`, or `--json -` for stdout): indented by two
 * spaces, with a final newline.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes `value` as indented JSON and a newline to the file `target`, or to stdout when it is `-`.
 * The newline is written on its own: appended to the text first, it made V8 copy the whole JSON
 * (13 MB for a 250k-word meeting) into one new string.
 *
 * @example
 * writeJson('-', { ok: true }); // prints '{\n  "ok": true\n}\n'
 * writeJson('out/analysis.json', analysis);
 */
export function writeJson(target: string, value: unknown): void {
  const json = JSON.stringify(value, null, 2);
  if (target === '-') {
    process.stdout.write(json);
    process.stdout.write('\n');
    return;
  }
  const fd = openSync(target, 'w');
  try {
    writeSync(fd, json);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}
