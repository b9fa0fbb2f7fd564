// What the relay keeps on disk, in one SQLite file shared by every relay process on the machine: the rooms
// (id, join code, the facilitator key's hash), the Yjs documents, and every ballot. Contract: a ballot is
// written here, synchronously, before the phone hears "counted", so a relay killed at any moment loses no
// vote that a phone was told about.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { newJoinCode, newRoomId, newFacilitatorKey } from '../src/room/codes.ts';

export interface RoomRecord {
  room: string;
  code: string;
  keyHash: string;
  createdAt: number;
}

export interface Ballot {
  decision: string;
  voter: string;
  option: number;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class RelayStore {
  private readonly db: Database.Database;
  private closed = false;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // In WAL mode NORMAL survives a crashed or killed relay process (the OS holds the log); only a power
    // cut can take the last moments' ballots. FULL would fsync every ballot and cap a room's vote rate.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS rooms (
        room TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, key_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS ballots (
        room TEXT NOT NULL, decision TEXT NOT NULL, voter TEXT NOT NULL, option INTEGER NOT NULL,
        at INTEGER NOT NULL, PRIMARY KEY (room, decision, voter));
    `);
  }

  /** A new room: its id, join code and facilitator key (the key itself is never stored, only its hash). */
  createRoom(now: number): { room: string; code: string; key: string } {
    const insert = this.db.prepare(
      'INSERT INTO rooms (room, code, key_hash, created_at) VALUES (?, ?, ?, ?)',
    );
    for (let attempt = 0; attempt < 20; attempt++) {
      const room = newRoomId();
      const code = newJoinCode();
      const key = newFacilitatorKey();
      try {
        insert.run(room, code, sha256(key), now);
        return { room, code, key };
      } catch (error) {
        // A join code already in use: draw another.
        if (!(error instanceof Error) || !/UNIQUE/.test(error.message)) throw error;
      }
    }
    throw new Error('Could not find a free join code after 20 draws; the relay holds too many rooms');
  }

  room(room: string): RoomRecord | null {
    const row = this.db
      .prepare('SELECT room, code, key_hash AS keyHash, created_at AS createdAt FROM rooms WHERE room = ?')
      .get(room) as RoomRecord | undefined;
    return row ?? null;
  }

  roomByCode(code: string): RoomRecord | null {
    const row = this.db
      .prepare('SELECT room, code, key_hash AS keyHash, created_at AS createdAt FROM rooms WHERE code = ?')
      .get(code) as RoomRecord | undefined;
    return row ?? null;
  }

  private upsertBallot: Database.Statement | null = null;

  saveBallot(room: string, ballot: Ballot, now: number): void {
    this.upsertBallot ??= this.db.prepare(
      `INSERT INTO ballots (room, decision, voter, option, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (room, decision, voter) DO UPDATE SET option = excluded.option, at = excluded.at`,
    );
    this.upsertBallot.run(room, ballot.decision, ballot.voter, ballot.option, now);
  }

  ballots(room: string): Ballot[] {
    return this.db
      .prepare('SELECT decision, voter, option FROM ballots WHERE room = ?')
      .all(room) as Ballot[];
  }

  fetchDocument(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as
      { data: Buffer } | undefined;
    return row ? new Uint8Array(row.data) : null;
  }

  /** After close (a relay shutting down or crashed) late stores are dropped, as a dead process drops them. */
  storeDocument(name: string, state: Uint8Array): void {
    if (this.closed) return;
    this.db
      .prepare(
        'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data',
      )
      .run(name, Buffer.from(state));
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}
