// Developer aid: the removals Lectern makes on one saved page. Usage: npx tsx scripts/removed-on.ts <file> <url> [rule]
import { readFile, withDoc } from './eval-lib';
import { extractArticle } from '../src/lib/extract';

const [file, url, rule] = process.argv.slice(2) as [string, string, string | undefined];
const art = withDoc(readFile(file), url, (d) => extractArticle(d, url));
for (const r of art.removed) if (!rule || r.rule === rule) console.log(`${r.rule}: ${r.text.slice(0, 200)}`);
