/**
 * The seed story's texts for tests and benchmarks (loaded from content/, as published). Not used by the app.
 */
import path from 'node:path';
import { loadStory } from '../content/load-stories';

/** The wire text and the outlet texts of the seed story, by outlet id. */
export function seedTexts(): { wire: string; outlets: Record<string, string> } {
  const story = loadStory('nato-nordkorea-kursk-2024-10', path.join(process.cwd(), 'content'));
  if (!story) throw new Error('the seed story is missing from content/');
  return {
    wire: story.wireText,
    outlets: Object.fromEntries(story.outlets.map((outlet) => [outlet.id, outlet.text])),
  };
}
