// Stand-alone photo-credit lines: "© STRINGER / AFP", "Photo: Jane Doe/Reuters", "Foto: dpa",
// credit fields next to images. Captions that describe the picture are kept.
import type { Block, Rule } from '../types';
import { phrases, startsWithPhrase } from '../text';
import { hinted } from '../signals';

export const PREFIXES = phrases(['photo', 'photos', 'foto', 'fotos', 'fot', 'crédit', 'crédits', 'credit',
  'credits', 'crédito', 'créditos', 'credito', 'crediti', 'bild', 'bilder', 'bildquelle', 'bildnachweis',
  'image', 'images', 'imagen', 'imagem', 'immagine', 'illustration', 'copyright', 'zdjęcie', 'zdjęcia',
  'afbeelding', 'beeld', 'source photo', 'photographie', 'picture', 'getty images', 'dpa', 'quelle', 'bildrechte',
  // the featured image's credit line ("Beitragsbild: …", "Featured image: …")
  'beitragsbild', 'titelbild', 'aufmacherbild', 'headerbild', 'featured image', 'header image', 'image de une',
  'imagen destacada', 'immagine in evidenza', 'imagem destacada', 'uitgelichte afbeelding', 'zdjęcie główne',
  // sv, da, nb ('foto', 'bild' above), fi, cs, ru
  'bildkälla', 'fotograf', 'kuva', 'kuvat', 'kuvaaja', 'snímek', 'zdroj foto', 'фото', 'фотография', 'источник фото']);

/** "Photograph by X", "Bild via X": a credit without a colon. */
export const BY = phrases(['photograph by', 'photographed by', 'photo by', 'photos by', 'image by', 'image via',
  'image courtesy', 'courtesy of', 'bild via', 'foto via', 'foto von', 'fotos von', 'photo de', 'photo d',
  'foto de', 'foto di', 'foto door', 'fot ', 'zdjęcie', 'foto af', 'kuva ', 'фото из', 'фото с']);

/** Picture agencies and stock libraries: a short "Name/Agency" line ending in one is a credit. */
export const AGENCIES = phrases(['getty images', 'getty', 'reuters', 'afp', 'ap', 'dpa', 'epa', 'efe', 'ansa',
  'imago', 'imago images', 'picture alliance', 'shutterstock', 'shutterstock com', 'istock', 'istockphoto',
  'unsplash', 'pexels', 'pixabay', 'adobe stock', 'keystone', 'anp', 'pap', 'lusa', 'belga', 'apa', 'sipa',
  'abaca', 'hans lucas', 'wikimedia commons', 'stock adobe com', 'colourbox', 'alamy', 'tt', 'ritzau scanpix',
  'scanpix', 'ntb', 'lehtikuva', 'čtk', 'тасс', 'риа новости']);

const HINTS = ['credit', 'credits', 'copyright', 'photographer', 'bildquelle', 'bildnachweis', 'fotograf',
  'image source', 'caption source', 'media credit', 'photo credit'];

function endsWithAgency(norm: string, text: string): boolean {
  // The agency is the first or the last name of the credit ("REUTERS/…", "…/Getty Images").
  const first = norm.slice(0, norm.indexOf(' ', 1) + 1);
  for (const a of AGENCIES) if (norm.endsWith(a) || first === a || norm.startsWith(a)) return text.length < 80;
  return false;
}

function test(b: Block): boolean {
  if (b.len > 120 || b.linkCount > 1 || b.tag === 'figure' || b.longParas > 0) return false;
  if (b.el.getElementsByTagName('img').length > 0) return false;
  const words = b.norm.split(' ').length - 2;
  if (words > 14) return false;
  if (b.text.startsWith('©') || b.text.startsWith('(c) ')) return true;
  // A credit class on a whole caption (caption + credit) must not take the caption along.
  if (hinted(b, HINTS) && words <= 6) return true;
  // "Photo : X", "Foto: dpa" — prefix followed by a colon or slash right after it.
  if (startsWithPhrase(b.norm, PREFIXES) && /^[^:/|]{0,24}[:/|]/.test(b.text)) return true;
  if (words <= 8 && startsWithPhrase(b.norm, BY)) return true;
  // "(REUTERS/Jane Doe)", "Augusta National/Getty Images": a slash-joined credit naming an agency.
  return words <= 8 && b.text.includes('/') && !b.text.includes('://') && endsWithAgency(b.norm, b.text);
}

export const rule: Rule = {
  id: 'photo-credit',
  description: 'Stand-alone photo-credit lines ("© AFP", "Photo: …")',
  test,
};
