/**
 * Prints the claims extracted from article files, for reading the rules' output on articles
 * outside the gold set:  npx tsx tools/eval/claimsShow.ts <file.txt>... [--lang ar|en]
 */
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../shared/nlp/claims/index';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const forced = langAt >= 0 ? args[langAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const language = forced === 'ar' || forced === 'en' ? forced : /[\u0600-\u06ff]/.test(text.slice(0, 200)) ? 'ar' : 'en';
  console.log(`=== ${file}`);
  for (const c of extractClaims(text, { language })) {
    const cue = text.slice(c.cue[0], c.cue[1]);
    const content = text.slice(c.contentSpan[0], c.contentSpan[1]).replace(/\s+/g, ' ');
    const extra = [c.medium && `medium=${c.medium}`, c.outlet && `outlet=${c.outlet}`].filter(Boolean).join(' ');
    console.log(`- [${c.speaker}] ${c.speakerSpan ? '' : '(implicit) '}<${cue}> ${c.direct ? 'DIRECT' : 'indirect'} ${extra}`);
    console.log(`    ${content.length > 160 ? `${content.slice(0, 160)}…` : content}`);
  }
}
