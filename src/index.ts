// speechdeck's public API: the five stages, and the pipeline that runs them on a file.
export type * from './types.js';
export { ingestText, ingestBytes, ingestFile } from './ingest/index.js';
export { parseOutline, formatOutline, outlineJson } from './outline/index.js';
export { planSlides } from './plan/index.js';
export { renderMarkdown, renderSections, renderDeck, renderPage } from './render/index.js';
export { deckFromSpeech, deckFromBytes, type DeckBuild } from './pipeline.js';
export { deckFromFile } from './pipeline-file.js';
export { defaultPlanOptions, type PlanOptions } from './config.js';
