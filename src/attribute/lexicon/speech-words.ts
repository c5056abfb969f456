/** Verbs of saying: "Trump said Meta will spend …" — the speaker is not the owner of what follows. */
import { wordPattern } from './word-pattern.js';

export const SPEECH_VERB_AFTER = new RegExp(
  `^[\\s,]*(?:[\\p{L}.'’-]+\\s+){0,3}?${wordPattern([
    'said', 'says', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'noted', 'notes', 'wrote', 'writes', 'posted', 'posts',
    'claimed', 'claims', 'stated', 'states', 'added', 'explained', 'argued', 'predicted', 'revealed', 'disclosed', 'confirmed', 'insisted',
    'sagte', 'sagt', 'erklärte', 'erklärt', 'teilte', 'kündigte', 'betonte', 'a déclaré', 'a annoncé', 'affirme', 'a affirmé', 'déclare', 'annonce',
    'dijo', 'afirmó', 'anunció', 'declaró', 'explicó', 'ha detto', 'ha annunciato', 'ha dichiarato', 'disse', 'afirmou', 'anunciou', 'declarou',
  ]).source}`,
  'iu',
);

/** "…, said Mark Zuckerberg", "laut Meta": a speaker or source named after a quoted figure owns it. */
export const SPEAKER_BEFORE = /(?:said|says|according to|wrote|posted|told|laut|selon|según|secondo|segundo|sagte|erklärte|a déclaré|dijo|disse)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;

/** "according to Meta": the company named is the source, and so the owner, of the figure. */
export const ACCORDING_TO_BEFORE = /(?:according to|laut|selon|según|secondo|segundo|d['’]après)\s+(?:the\s+)?$/iu;

/** A clause that refers back to the name before it: "…, a $500 billion venture", "…, which plans …". */
export const BACK_REFERENCE_OPENING = /^(?:a|an|the|its|which|who|whose|that|ein|eine|einer|der|die|das|un|une|le|la|el|los|las|il|lo|uno|una|um|uma|o|os|as|qui|que|cuyo|che)\s/iu;
