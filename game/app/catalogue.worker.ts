// Checks shipped scenario folders off the main thread: those a ?play= start leaves for later (each is ~50 ms of
// schema checks, a long task on the page). Replies with all their catalogue entries at once, so that the page
// redraws once.
import { readFolder, type ScenarioFiles } from './catalogue';

self.onmessage = (event: MessageEvent<Record<string, ScenarioFiles>>) => {
  self.postMessage(Object.entries(event.data).map(([folder, files]) => readFolder(folder, files, 'bundled')));
};
