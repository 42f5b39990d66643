import { LiveRefusal, type EngineConfig, type LiveCommand } from './engine-types.js';
import { LiveEngine } from './live-engine.js';

/** A command as recorded: its place in the round's one sequence and the server time it was applied at. */
export interface LoggedCommand {
  seq: number;
  at: number;
  command: LiveCommand;
}

export interface Replayed {
  engine: LiveEngine;
  /** commands the rules refused on replay: none unless the log was tampered with */
  refused: { seq: number; code: string }[];
}

/** Rebuilds a round from its log, in sequence order; `now` then closes a question whose time ran out meanwhile. */
export function replay(config: EngineConfig, log: readonly LoggedCommand[], now?: number): Replayed {
  const engine = new LiveEngine(config);
  const refused: Replayed['refused'] = [];
  for (const entry of [...log].sort((a, b) => a.seq - b.seq)) {
    try {
      engine.apply(entry.command, entry.at);
    } catch (error) {
      if (!(error instanceof LiveRefusal)) throw error;
      refused.push({ seq: entry.seq, code: error.code });
    }
  }
  if (now !== undefined) engine.tick(now);
  return { engine, refused };
}
