/**
 * `npm run generate`: every generated file in the repository, rebuilt in the one order that respects
 * their dependencies (the lexicon before anything that reads it; the analysers' READMEs before the two
 * documents built from them). Each step is deterministic: running it twice changes nothing.
 * A step whose tools are missing (the fonts need Debian's fonttools) says so and is skipped.
 *
 * @example
 * // npm run generate            -> runs every step below, in order
 * // npm run generate -- readme  -> only the steps whose name contains "readme"
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

interface Step {
  name: string;
  /** What it writes. */
  writes: string;
  command: [string, ...string[]];
  /** Why the step cannot run on this machine, or null. */
  missing?: () => string | null;
}

/** The one order list. */
export const STEPS: Step[] = [
  {
    name: 'sentiment-lexicon',
    writes: 'analyzers/sentiment/data/vader-lexicon.generated.ts',
    command: ['npx', 'tsx', 'analyzers/sentiment/data/build-lexicon.ts'],
  },
  {
    name: 'docx-fixtures',
    writes: 'fixtures/docx/*.docx',
    command: ['npx', 'tsx', 'fixtures/docx/build-docx-fixtures.ts'],
  },
  {
    name: 'encoded-fixtures',
    writes: 'fixtures/plain/* (UTF-16, Latin-1 copies)',
    command: ['npx', 'tsx', 'fixtures/plain/build-encoded-fixtures.ts'],
  },
  {
    name: 'analyzers-readme',
    writes: 'analyzers/README.md',
    command: ['npx', 'tsx', 'analyzers/build-readme.ts'],
  },
  {
    name: 'report-metric-docs',
    writes: 'reports/methodology/metric-docs.generated.ts',
    command: ['npx', 'tsx', 'reports/methodology/build-metric-docs.ts'],
  },
  {
    name: 'page-script',
    writes: 'src/page/client-script.generated.ts',
    command: ['npx', 'tsx', 'src/page/build-client-script.ts'],
  },
  {
    name: 'report-fonts',
    writes: 'reports/fonts/*.ttf, reports/fonts/dejavu-sans.ts',
    command: ['bash', 'reports/fonts/build-fonts.sh'],
    missing: () =>
      existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') && hasFontTools()
        ? null
        : 'needs fonts-dejavu-core and python3-fonttools (apt-get install -y fonts-dejavu-core python3-fonttools)',
  },
];

function hasFontTools(): boolean {
  try {
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', ['-c', 'import fontTools.subset'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const only = process.argv[2];
for (const step of STEPS.filter((s) => !only || s.name.includes(only))) {
  const why = step.missing?.() ?? null;
  if (why) {
    console.log(`generate: ${step.name}: skipped, ${why}`);
    continue;
  }
  console.log(`generate: ${step.name} -> ${step.writes}`);
  execFileSync(step.command[0], step.command.slice(1), { cwd: ROOT, stdio: 'inherit' });
}
