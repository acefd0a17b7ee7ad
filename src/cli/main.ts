#!/usr/bin/env node
// The marsad command. Each subcommand lives in commands/<name>.ts and only validates its
// arguments, calls one service function and prints; errors become one line (errors.ts).
import { Command } from 'commander';
import { fail } from './errors.js';
import { register as analyzeCmd } from './commands/analyze.js';
import { register as evalCmd } from './commands/eval.js';
import { register as demoCmd } from './commands/demo.js';
import { register as ingestCmd } from './commands/ingest.js';
import { register as serveCmd } from './commands/serve.js';
import { register as exportCmd } from './commands/export.js';
import { register as workerCmd } from './commands/worker.js';
import { register as gazetteerCmd } from './commands/gazetteer.js';

const program = new Command();
program
  .name('marsad')
  .description('Marsad (مرصد): Arabic news to an evidence-linked record of conflict and security events')
  .version('0.1.0')
  .showHelpAfterError()
  .configureOutput({ outputError: (s, write) => write(s) });

for (const register of [analyzeCmd, ingestCmd, serveCmd, exportCmd, workerCmd, evalCmd, gazetteerCmd, demoCmd]) register(program);

program.parseAsync(process.argv).catch(fail);
