// `npm run add-story -- ...`: see scripts/lib/add-story-command.ts (and --help).
import { runAddStory } from './lib/add-story-command';

process.exitCode = runAddStory(process.argv.slice(2));
