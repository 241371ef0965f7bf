import type { Command } from 'commander';
import { rosterSolveCommand } from './roster.js';

/** `atrium roster …` subcommands. */
export const registerRosterCommands = (program: Command): void => {
  program
    .command('roster')
    .description('staff planning')
    .command('solve')
    .description('solve a roster instance and print the JSON result (objective, bound, gap, violations, assignments)')
    .argument('<instance>', 'instance file (JSON, see docs/roster-instance-format.md)')
    .option('--time-limit <seconds>', 'time limit', '60')
    .option('--format <format>', 'json | shift-benchmark (Curtois–Qu text format)', 'json')
    .option('--gap <ratio>', 'stop at this relative gap to the proven bound', '0')
    .option('--seed <n>', 'random seed', '1')
    .option('--progress', 'print progress on stderr')
    .action(rosterSolveCommand);
};
