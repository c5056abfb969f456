import { attributeFigures } from '../attribute/attribute-figures.js';
import { extractDocumentFigures } from './extract-document-figures.js';
import { reconcileClaims, type ReferenceData } from '../reconcile/reconcile-claims.js';
import { markStaleFindings } from '../reconcile/stale-data.js';
import { sortFindings } from '../report/sort-findings.js';
import type { ArticleDocument, FileReport, IsoDate } from '../types.js';

/** How the article's date was chosen: the user's `--date`, the document's own, or today. */
export interface DateChoice {
  readonly option: IsoDate | null;
  readonly today: IsoDate;
}

/** The whole pipeline for one document: extract → attribute → reconcile (stale records marked), pure. */
export function checkDocument(document: ArticleDocument, reference: ReferenceData, dates: DateChoice): FileReport {
  const [date, dateSource] =
    dates.option !== null
      ? ([dates.option, 'option'] as const)
      : document.statedDate !== null
        ? ([document.statedDate, 'document'] as const)
        : ([dates.today, 'default'] as const);
  const figures = extractDocumentFigures(document);
  const attribution = attributeFigures(document, figures, date);
  const findings = sortFindings(markStaleFindings(reconcileClaims(attribution, reference, date), reference.records, date, reference.dataThrough));
  return { document, date, dateSource, findings };
}
