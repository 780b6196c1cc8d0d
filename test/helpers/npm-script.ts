/**
 * The command an npm script runs, read from package.json: the bench times the built command lines exactly as
 * `npm run analyse` / `npm run progress` start them (Node's options included) without npm's own start, and
 * the bundle tests start them the same way. One home for those options: the scripts in package.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** A script's program and its arguments, split on spaces (the scripts run are plain `node FLAGS FILE`). */
export interface ScriptCommand {
  command: string;
  args: string[];
  /** The options among `args` (`--v8-pool-size=1`): what the script passes to Node itself. */
  nodeOptions: string[];
  /** As written in package.json, for the report. */
  text: string;
}

/**
 * @example
 * npmScriptCommand('analyse') // => { command: 'node', args: ['--v8-pool-size=1', 'dist/cli/cli.js'], nodeOptions: ['--v8-pool-size=1'], ... }
 */
export function npmScriptCommand(name: string): ScriptCommand {
  const scripts = (
    JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const text = scripts[name];
  if (text === undefined) throw new Error(`package.json has no "${name}" script`);
  if (/[;&|$`'"<>]/.test(text)) throw new Error(`the "${name}" script is not a plain command: ${text}`);
  const [command, ...args] = text.trim().split(/\s+/);
  return { command: command!, args, nodeOptions: args.filter((a) => a.startsWith('--')), text };
}
