import { formatHumanSection, humanSummary, sectionGap, type HumanSection } from '../format-human.js';
import { pieceOf, type StreamedFormat } from '../stream-format.js';

type Kind = HumanSection['kind'];

/** A section's text, and its kind (none when the view hid the file). */
const split = (section: HumanSection | null) => ({ text: section?.text ?? '', mark: section?.kind ?? null });

/** Only the previous section's kind is kept: it decides the gap before the next. */
const lead = (previous: Kind | null, kind: Kind | null) =>
  kind === null ? { text: '', state: previous } : { text: sectionGap(previous, kind), state: kind };

/** The human report, streamed: one section per file, the summary at the end. */
export const streamed: StreamedFormat<HumanSection | null, Kind | null, Kind | null> = {
  part: (report, _fileNumber, options) => formatHumanSection(report, options),
  head: () => ({ text: '', state: null }),
  piece: pieceOf(split, lead),
  split,
  lead,
  tail: (previous, ending, options) => humanSummary(previous !== null, ending.tally, { ...options, outcome: ending.outcome }),
};
