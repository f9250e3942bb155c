// Where an outlet sends readers to hear its own podcast: "Listen to episode 48 · Apple Podcasts ·
// Spotify", "Escúchalo en iVoox, Spotify o Podimo". Knowledge, not rules: hosts as link fragments and
// names as texts write them. Two of them in a short box is the podcast's promo in any language; a
// story about a podcast names them in prose, in long paragraphs (house-ad.ts reads them).
import type { Block } from './types';
import { countPhrases, phrases } from './text';
import { reportedSpeech } from './signals';

export const PODCAST_HOSTS: readonly string[] = [
  'podcasts.apple.com', 'itunes.apple.com', 'open.spotify.com', 'spotify.link', 'deezer.com', 'deezer.page.link',
  'podcasts.google.com', 'music.amazon.', 'music.youtube.com', 'ivoox.com', 'castbox.fm', 'pocketcasts.com', 'pca.st',
  'overcast.fm', 'podimo.com', 'acast.com', 'shows.acast.com', 'spreaker.com', 'podbean.com', 'soundcloud.com', 'anchor.fm',
  'podcasters.spotify.com', 'player.fm', 'radiopublic.com', 'tunein.com', 'castro.fm', 'podcastaddict.com', 'audible.',
  'audioboom.com', 'ausha.co', 'podcloud.fr', 'podtail.com',
];

export const PODCAST_NAMES: readonly string[] = phrases([
  'apple podcasts', 'spotify', 'deezer', 'google podcasts', 'amazon music', 'youtube music', 'ivoox', 'castbox',
  'pocket casts', 'overcast', 'podimo', 'acast', 'spreaker', 'podbean', 'soundcloud', 'audible', 'tunein', 'podcast addict',
  'audioboom', 'ausha', 'castro',
]);

const BOX_MAX = 600;
const LINE_MAX = 160;

function platformLinks(el: Element): number {
  const seen = new Set<string>();
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    const host = PODCAST_HOSTS.find((h) => href.includes(h));
    if (host) seen.add(host);
  }
  return seen.size;
}

/** A short box or line sending the reader to two podcast platforms or more. */
export function podcastPromo(b: Block): boolean {
  // Cheapest first: most blocks are long or a paragraph without two links.
  if (b.len > (b.tag === 'p' ? LINE_MAX : BOX_MAX) * b.weight || (b.tag === 'p' && b.linkCount < 2)) return false;
  if (b.longParas > 1 || b.formish) return false;
  const sends = b.linkCount >= 2 && platformLinks(b.el) >= 2;
  if (!sends && (b.tag === 'p' || b.el.childElementCount < 2 || countPhrases(b.norm, PODCAST_NAMES, 2) < 2)) return false;
  return !reportedSpeech(b);
}
