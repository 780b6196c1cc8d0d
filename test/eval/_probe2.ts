import { expandPattern } from '../../analyzers/sentiment/phrase-index';
console.log(JSON.stringify(expandPattern('makes (sense|a lot of sense)')), expandPattern('(kill|killed) {det} process').length);
console.log(JSON.stringify(expandPattern("(that's|that is|thats) (fair|a fair point)")));
