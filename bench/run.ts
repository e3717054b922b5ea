// `npm run bench [-- WORD]`: every benchmark (or those whose name holds WORD), printed as
// figures and ratios (never pass/fail on time).
import { benchArchive } from './archive.bench';
import { benchImportFormats } from './importFormats.bench';
import { benchNer } from './ner.bench';

const benches: { name: string; run(): Promise<void> }[] = [
  { name: 'archive: import, list, search', run: benchArchive },
  { name: 'import: documents/s per format (1,000 each)', run: benchImportFormats },
  { name: 'extraction: NER model load and speed, whole pipeline', run: benchNer },
];

const only = process.argv[2];
for (const b of benches.filter((x) => !only || x.name.includes(only))) {
  console.log(`\n== ${b.name} ==`);
  await b.run();
}
