// Stand-alone photo-credit lines: "© STRINGER / AFP", "Photo: Jane Doe/Reuters", "Foto: dpa",
// credit fields next to images. Captions that describe the picture are kept.
import type { Block, Rule } from '../types';
import { phrases, startsWithPhrase } from '../text';
import { hinted } from '../signals';

export const PREFIXES = phrases(['photo', 'photos', 'foto', 'fotos', 'fot', 'crédit', 'crédits', 'credit',
  'credits', 'crédito', 'créditos', 'credito', 'crediti', 'bild', 'bilder', 'bildquelle', 'bildnachweis',
  'image', 'images', 'imagen', 'imagem', 'immagine', 'illustration', 'copyright', 'zdjęcie', 'zdjęcia',
  'afbeelding', 'beeld', 'source photo', 'photographie', 'picture', 'getty images', 'dpa']);

const HINTS = ['credit', 'credits', 'copyright', 'photographer', 'bildquelle', 'bildnachweis', 'fotograf',
  'image source', 'caption source', 'media credit', 'photo credit'];

function test(b: Block): boolean {
  if (b.len > 120 || b.linkCount > 1 || b.tag === 'figure' || b.longParas > 0) return false;
  if (b.el.getElementsByTagName('img').length > 0) return false;
  const words = b.norm.split(' ').length - 2;
  if (words > 14) return false;
  if (b.text.startsWith('©') || b.text.startsWith('(c) ')) return true;
  // A credit class on a whole caption (caption + credit) must not take the caption along.
  if (hinted(b, HINTS) && words <= 6) return true;
  // "Photo : X", "Foto: dpa" — prefix followed by a colon or slash right after it.
  return startsWithPhrase(b.norm, PREFIXES) && /^[^:/|]{0,24}[:/|]/.test(b.text);
}

export const rule: Rule = {
  id: 'photo-credit',
  description: 'Stand-alone photo-credit lines ("© AFP", "Photo: …")',
  test,
};
