// Runs the built `ingest` command on its own (node dist/test/ingest/run-ingest-cli.js ARGS…),
// so that tests can spawn and kill it as a child process whether or not the main CLI has
// wired it in yet.
import { Command } from 'commander';
import { fail } from '../../src/cli/errors.js';
import { register } from '../../src/cli/commands/ingest.js';

const program = new Command().name('marsad');
register(program);
program.parseAsync(['node', 'marsad', ...process.argv.slice(2)]).catch(fail);
