// Every rule, in the order the engine asks them: the specific appeals first (they take the credit for
// a block), the generic chrome last. Adding a rule = one file in rules/ + one line here + a fixture.
import type { Rule } from './types';
import { rule as extraSelectors } from './rules/extra-selectors';
import { rule as subscription } from './rules/subscription-paywall-prompt';
import { rule as donation } from './rules/donation-appeal';
import { rule as newsletter } from './rules/newsletter-signup';
import { rule as appPromo } from './rules/app-promo';
import { rule as houseAd } from './rules/house-ad';
import { rule as socialFollow } from './rules/social-follow';
import { rule as shareBar } from './rules/share-bar';
import { rule as comments } from './rules/comment-prompt';
import { rule as related } from './rules/related-links';
import { rule as authorBio } from './rules/author-bio';
import { rule as disclaimer } from './rules/disclaimer';
import { rule as photoCredit } from './rules/photo-credit';
import { rule as siteChrome } from './rules/site-chrome';
import { rule as outletPromo } from './rules/outlet-promo';

export const ALL_RULES: readonly Rule[] = [extraSelectors, subscription, donation, newsletter, appPromo,
  houseAd, socialFollow, shareBar, comments, related, authorBio, disclaimer, photoCredit, siteChrome, outletPromo];
