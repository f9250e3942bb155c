// The outlet speaking about itself: a short block in which it names itself or says "we" and "our"
// and asks the reader to act (join, write in, follow, sign up), in any language. Asked last, so that
// a block a specific rule knows (an appeal, a sign-up, a follow box) is filed under that rule.
import type { Rule } from '../types';
import { selfPromo } from '../outlet-voice';

export const rule: Rule = {
  id: 'outlet-promo',
  description: 'The outlet speaking about itself and asking the reader to act ("we are funded by readers like you: join us")',
  test: selfPromo,
};
