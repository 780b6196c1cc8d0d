import { runPolitenessEval } from './politeness-eval';
import { formatSection } from './report';
console.log(formatSection(await runPolitenessEval('/work/shared/corpus')));
