/**
 * `npm run check:cycles`: no file-level import cycle anywhere, and the layering the folders' headers
 * promise (see the map at the top of README.md). Ground floor first, each layer importing only those below it:
 *   src/model <- src/parse;  src/model <- analyzers/nlp <- analyzers/<name> <- analyzers/index, analyzers/analysis
 *   <- src/commentary, reports <- src/pipeline <- src/storage, src/queue, src/http, src/routes
 * src/parse reads only src/model. Type-only imports count too: a cycle of types is still a knot to untie.
 */
const ANALYSERS = '(turn-taking|inclusivity|inclusive-language|sentiment|listening)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and a folder impossible to read alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-ground-floor',
      severity: 'error',
      comment: 'src/model holds the shared shapes (zod); it imports nothing of ours outside src/model.',
      from: { path: '^src/model/' },
      to: { path: '^(src/(?!model/)|analyzers/|reports/)' },
    },
    {
      name: 'parse-reads-only-the-model',
      severity: 'error',
      comment: 'Parsing turns bytes into a Transcript; it knows nothing of analysis, reports or HTTP.',
      from: { path: '^src/parse/' },
      to: { path: '^(src/(?!model/|parse/)|analyzers/|reports/)' },
    },
    {
      name: 'analyzers-read-only-the-model',
      severity: 'error',
      comment: 'Analysers measure a Transcript; they import src/model and nothing else of ours outside analyzers/.',
      from: { path: '^analyzers/' },
      to: { path: '^(src/(?!model/)|reports/)' },
    },
    {
      name: 'nlp-is-shared',
      severity: 'error',
      comment: 'analyzers/nlp is the machinery every analyser shares: it imports no specific analyser.',
      from: { path: '^analyzers/nlp/' },
      to: { path: `^analyzers/${ANALYSERS}/` },
    },
    {
      name: 'data-is-data',
      severity: 'error',
      comment: 'Word lists and patterns (data/) import only their types and other data, never code.',
      from: { path: '^analyzers/[a-z-]+/data/(?!build-)' },
      to: { path: '^analyzers/', pathNot: ['^analyzers/[a-z-]+/data/', '^analyzers/nlp/types\\.ts$'] },
    },
    {
      name: 'reports-stay-out-of-the-service',
      severity: 'error',
      comment: 'The PDF renderer is pure: it reads the Analysis, never HTTP, storage, queues or the pipeline.',
      from: { path: '^reports/' },
      to: { path: '^src/(http|routes|storage|queue|pipeline|auth|page|openapi)/' },
    },
    {
      name: 'commentary-stays-out-of-the-service',
      severity: 'error',
      comment: 'Commentary is written from measurements; storage reaches it through the CommentaryCache interface.',
      from: { path: '^src/commentary/' },
      to: { path: '^(src/(http|routes|storage|queue|pipeline|page)/|reports/)' },
    },
    {
      name: 'pipeline-below-http',
      severity: 'error',
      comment:
        'The pipeline throws domain errors; src/http maps them to responses. create-analysis.ts is the service glue ' +
        '(it stores and links) and may read the service settings.',
      from: { path: '^src/pipeline/', pathNot: '^src/pipeline/create-analysis\\.ts$' },
      to: { path: '^src/(http|routes|queue)/' },
    },
    {
      name: 'storage-below-http',
      severity: 'error',
      comment: 'Storage throws StorageError (src/storage/errors.ts); src/http/errors.ts maps it to a response.',
      from: { path: '^src/storage/' },
      to: { path: '^src/(http|routes)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules/|\\.generated\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
