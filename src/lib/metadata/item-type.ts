// Item type without site rules: schema.org types first, then blog generators, then
// OpenGraph article signals, else a web page (Zotero calls all news "Web Page", §2.6).
import type { ItemType } from '../types';
import type { MetaMap } from './candidates';

const NEWS_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting|Report)$/;
const BLOG_TYPES = /^(BlogPosting|Blog|SocialMediaPosting)$/;
const MAGAZINE_HINTS = /^(Periodical|PublicationIssue|PublicationVolume|MagazineArticle)$/;
const BLOG_GENERATOR = /\b(wordpress|blogger|ghost|medium|substack|hugo|jekyll|tumblr|wix)\b/i;
const MAGAZINE_NAME = /\b(magazine|magazin|revista|rivista|weekly|hebdo)\b/i;

export interface TypeSignals {
  jsonLdTypes: string[];
  publisherTypes: string[];
  partOfTypes: string[];
  meta: MetaMap;
  siteName?: string;
  publisher?: string;
  published?: string;
}

export function detectItemType(s: TypeSignals): ItemType {
  const types = s.jsonLdTypes;
  const magazine =
    s.partOfTypes.some((t) => MAGAZINE_HINTS.test(t)) ||
    types.some((t) => MAGAZINE_HINTS.test(t)) ||
    MAGAZINE_NAME.test(s.siteName ?? s.publisher ?? '');
  const newsOrg = s.publisherTypes.includes('NewsMediaOrganization');
  if (types.some((t) => NEWS_TYPES.test(t))) return magazine ? 'article-magazine' : 'article-newspaper';
  if (types.some((t) => BLOG_TYPES.test(t)) && !newsOrg) return 'post-weblog';
  const generator = s.meta.get('generator')?.join(' ') ?? '';
  const ogType = (s.meta.get('og:type')?.[0] ?? '').toLowerCase();
  const articleLike = ogType === 'article' || types.includes('Article');
  if (BLOG_GENERATOR.test(generator) && !newsOrg) return articleLike || types.length ? 'post-weblog' : 'webpage';
  if (articleLike && (newsOrg || (s.published && (s.publisher || s.siteName)))) {
    return magazine ? 'article-magazine' : 'article-newspaper';
  }
  return 'webpage';
}
