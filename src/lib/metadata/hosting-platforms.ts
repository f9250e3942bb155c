// Hosts where each subdomain is someone's own site (a blog, a newsletter, a project page): there the
// site is the subdomain, not the platform. Knowledge, not rule code: add platforms here, with a test.
export const HOSTING_PLATFORMS: ReadonlySet<string> = new Set([
  'blogspot.com', 'wordpress.com', 'substack.com', 'tumblr.com', 'github.io', 'gitlab.io', 'wixsite.com',
  'weebly.com', 'livejournal.com', 'over-blog.com', 'canalblog.com', 'hatenablog.com', 'hatenablog.jp',
  'ghost.io', 'typepad.com', 'squarespace.com', 'jimdofree.com', 'jimdo.com', 'webnode.page', 'home.blog',
  'hypotheses.org', 'blog.jp', 'fc2.com', 'beehiiv.com', 'mailchimpsites.com', 'netlify.app', 'pages.dev',
  'vercel.app', 'blogs.fr', 'overblog.com', 'medium.com', 'ucoz.ru', 'narod.ru', 'blog.hu', 'blox.pl',
]);
