import { runSentimentEval } from './sentiment-eval';
import { formatSection } from './report';
const t = performance.now();
console.log(formatSection(await runSentimentEval('/work/shared/corpus')));
console.log(Math.round(performance.now() - t), 'ms');
