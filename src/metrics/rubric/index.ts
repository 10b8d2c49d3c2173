/** The upper union's assessment rubric (考核细则), scored from our figures. */
export { computeRubric, EVIDENCE_SHOWN } from './compute.ts';
export { resolveRubric, type ResolvedRubricItem } from './resolve.ts';
export { resolveFigure, figureLabel, type FigureId } from './figures.ts';
export type { RubricResult, RubricItemResult, RubricItemStatus, RubricManualReason, RubricFigure, RubricPlace, RubricDimension } from './result.ts';
