// `npm run bench`: every benchmark, printed as figures and ratios (never pass/fail on time).
import { benchArchive } from './archive.bench';

const benches: { name: string; run(): Promise<void> }[] = [{ name: 'archive: import, list, search', run: benchArchive }];

for (const b of benches) {
  console.log(`\n== ${b.name} ==`);
  await b.run();
}
