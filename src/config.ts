// Every option of the planner, typed and documented with its default, in one place.

export interface PlanOptions {
  /**
   * Characters a slide title may have before it is cut at a clause boundary (the rest becomes the
   * subtitle). Two lines of 黑体 at the default size.
   * @default 30
   */
  titleMax: number;
  /**
   * Characters a bullet may have before it is cut at a clause boundary and ends in an ellipsis.
   * @default 44
   */
  bulletMax: number;
  /**
   * Characters of body text that fit on one line of a slide at the default size.
   * @default 32
   */
  lineChars: number;
  /**
   * Lines of bullets and callouts a slide holds; more continue on a "（续）" slide.
   * @default 9
   */
  maxLines: number;
  /**
   * Key sentences picked as bullets for a point without sub-points.
   * @default 3
   */
  keySentences: number;
  /**
   * Key figures shown as callouts on one slide.
   * @default 3
   */
  figures: number;
  /**
   * Characters a sub-point's heading may have for three to six of them to be shown as a grid of cards.
   * @default 18
   */
  cardMax: number;
  /**
   * Characters a point's statement may have to stand whole, alone and large, on a slide that has
   * nothing else to list or count (beyond it, the title is cut and the rest is its subtitle).
   * @default 90
   */
  statementMax: number;
  /**
   * Characters of opening text before the first point above which the opening gets slides of its
   * own, one a paragraph (below it, the cover's notes hold it).
   * @default 1200
   */
  openingSlidesFrom: number;
  /**
   * Speaking rate in characters per second, for each slide's data-timing (about 240 a minute).
   * @default 4
   */
  charsPerSecond: number;
}

export const defaultPlanOptions: PlanOptions = {
  titleMax: 30,
  bulletMax: 44,
  lineChars: 32,
  maxLines: 9,
  keySentences: 3,
  figures: 3,
  cardMax: 18,
  statementMax: 90,
  openingSlidesFrom: 1200,
  charsPerSecond: 4,
};

export const resolvePlanOptions = (options: Partial<PlanOptions> = {}): PlanOptions => ({ ...defaultPlanOptions, ...options });
