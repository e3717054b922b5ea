#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('casefile: not built yet. Run "npm run build" in the project folder first.\n');
  process.exit(1);
}
require(cli);
