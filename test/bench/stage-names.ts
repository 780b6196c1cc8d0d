/**
 * Names of the stage rows that the budget and the report look up, in one place so a renamed
 * stage cannot silently turn a budget line into "NOT MEASURED".
 *
 * @example
 * rows.find((r) => r.stage === STAGE.allAnalysers && r.words === 20_000)
 */
export const STAGE = {
  allAnalysers: 'ALL analysers (incl. tokenise)',
  pdf: 'PDF report',
  vader: 'peer: vader-sentiment',
  alex: 'peer: alex (retext-equality)',
} as const;
